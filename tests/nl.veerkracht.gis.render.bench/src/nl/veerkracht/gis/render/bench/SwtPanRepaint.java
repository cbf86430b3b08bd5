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
 * by the drag distance.
 * <p>
 * The repaint is timed twice. The paint work is timed inside the paint listener and ends with a query of the
 * pointer position, an X round trip, so that the X server has executed the drawing before the clock stops.
 * The latency from {@code redraw(); update();} until the listener has run is timed as well: GTK 3 paints on its
 * frame clock (60 Hz), so that figure is bounded below by the clock's tick, not by the work.
 */
final class SwtPanRepaint {

	private int offsetX;
	private int offsetY;
	private int paints;
	private long paintNanos;

	/**
	 * The measured SWT timings.
	 *
	 * @param handover converting one frame to SWT image data and an SWT image
	 * @param paint the work of one pan repaint: the canvas's paint listener, X round trip included
	 * @param latency from asking for the repaint until it was painted, frame clock included
	 */
	record Result(Samples handover, Samples paint, Samples latency) {
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
			long start = System.nanoTime();
			event.gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
			event.gc.fillRectangle(canvas.getClientArea());
			event.gc.drawImage(cached, offsetX, offsetY);
			display.getCursorLocation();
			paintNanos = System.nanoTime() - start;
			paints++;
		});
		shell.open();
		settle(display);
		Samples paint = new Samples(runs);
		Samples latency = new Samples(runs);
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
					paint.addNanos(paintNanos);
					latency.addNanos(done - start);
				}
			}
		} finally {
			shell.dispose();
			cached.dispose();
		}
		return new Result(handover, paint, latency);
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
