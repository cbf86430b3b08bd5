package nl.veerkracht.gis.render.bench;

import java.awt.image.BufferedImage;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import nl.veerkracht.gis.ui.internal.ImageDataConverter;

/**
 * Measures the SWT side of the Map view on a real display (Xvfb will do): handing a rendered frame over
 * ({@link ImageDataConverter} off the UI thread, then {@code new Image(display, data)}), once per frame, and
 * repainting a canvas like {@code MapCanvas} does on every pan event: clear, then draw the cached frame moved
 * by the drag distance. Each repaint is {@code redraw(); update();} followed by a query of the pointer position,
 * an X round trip, so that the X server has drawn the frame before the clock stops.
 */
final class SwtPanRepaint {

	private int offsetX;
	private int offsetY;
	private int paints;

	/**
	 * The measured SWT timings.
	 *
	 * @param handover converting one frame to SWT image data and an SWT image
	 * @param repaint one pan repaint of the canvas
	 */
	record Result(Samples handover, Samples repaint) {
	}

	/**
	 * Runs the measurement if a display is available.
	 *
	 * @param frame the cached frame, as the render job produces it
	 * @param warmUps runs not measured
	 * @param runs runs measured
	 * @param why receives the reason when there is no display
	 * @return the timings, or empty without a display
	 */
	Optional<Result> measure(BufferedImage frame, int warmUps, int runs, StringBuilder why) {
		if (System.getenv("DISPLAY") == null) {
			why.append("no X display (run under xvfb-run for the SWT figures)");
			return Optional.empty();
		}
		Display display;
		try {
			display = new Display();
		} catch (SWTError | UnsatisfiedLinkError e) {
			why.append("SWT display unavailable: ").append(e.getMessage());
			return Optional.empty();
		}
		try {
			return Optional.of(measure(display, frame, warmUps, runs));
		} finally {
			display.dispose();
		}
	}

	private Result measure(Display display, BufferedImage frame, int warmUps, int runs) {
		int width = frame.getWidth();
		int height = frame.getHeight();
		Samples handover = new Samples(runs);
		Image image = null;
		for (int run = -warmUps; run < runs; run++) {
			long start = System.nanoTime();
			ImageData data = ImageDataConverter.toImageData(frame);
			Image converted = new Image(display, data);
			long done = System.nanoTime();
			if (run >= 0) {
				handover.addNanos(done - start);
			}
			if (image != null) {
				image.dispose();
			}
			image = converted;
		}
		Image cached = image;
		Shell shell = new Shell(display, SWT.NO_TRIM);
		shell.setBounds(0, 0, width, height);
		Canvas canvas = new Canvas(shell, SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED);
		canvas.setBounds(0, 0, width, height);
		canvas.addPaintListener(event -> {
			event.gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
			event.gc.fillRectangle(canvas.getClientArea());
			event.gc.drawImage(cached, offsetX, offsetY);
			paints++;
		});
		shell.open();
		settle(display);
		Samples repaint = new Samples(runs);
		try {
			for (int run = -warmUps; run < runs; run++) {
				int index = run + warmUps;
				offsetX = index * 7 % 160 - 80;
				offsetY = index * 5 % 120 - 60;
				int before = paints;
				long start = System.nanoTime();
				canvas.redraw();
				canvas.update();
				long deadline = System.nanoTime() + 1_000_000_000L;
				while (paints == before && System.nanoTime() < deadline) {
					if (!display.readAndDispatch()) {
						Thread.onSpinWait();
					}
				}
				display.getCursorLocation();
				long done = System.nanoTime();
				if (paints == before) {
					throw new AssertionError("the canvas did not repaint within a second");
				}
				if (run >= 0) {
					repaint.addNanos(done - start);
				}
			}
		} finally {
			shell.dispose();
			cached.dispose();
		}
		return new Result(handover, repaint);
	}

	private static void settle(Display display) {
		long until = System.nanoTime() + 500_000_000L;
		while (System.nanoTime() < until) {
			if (!display.readAndDispatch()) {
				Thread.onSpinWait();
			}
		}
	}
}
