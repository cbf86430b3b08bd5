package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;

import nl.veerkracht.gis.ui.WidgetKeys;

/**
 * Drives the real workbench the way SWTBot does, without SWTBot (which is not on Maven Central):
 * finds widgets by their {@code org.eclipse.swtbot.widget.key} id, runs the event loop until a
 * condition holds, sends real pointer events through {@code xdotool} (SWT's {@code Display.post}
 * mouse buttons land at (0,0) on GTK3), and reads real screen pixels. Use on the UI thread.
 */
final class Robot {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final Display display;

	Robot(Display display) {
		this.display = display;
	}

	/** Runs the event loop until the condition holds, failing after a timeout. */
	void waitUntil(String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				fail("Timed out after " + TIMEOUT.toSeconds() + " s waiting for: " + what);
			}
			if (!display.readAndDispatch()) {
				sleep(10);
			}
		}
	}

	/** Lets the event loop run for a while, e.g. so that posted events and repaints are handled. */
	void settle(long millis) {
		long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
		while (System.nanoTime() < deadline) {
			if (!display.readAndDispatch()) {
				sleep(5);
			}
		}
	}

	/** Waits until no job of the family is scheduled or running, dispatching events meanwhile. */
	void waitForJobs(String what, Object family) {
		waitUntil(what, () -> Job.getJobManager().find(family).length == 0);
		settle(50);
	}

	/** Finds the one widget with an id below a shell, or fails. */
	<W extends Widget> W widget(Shell shell, String id, Class<W> type) {
		List<Widget> found = new ArrayList<>();
		collect(shell, id, found);
		assertEquals(1, found.size(), "widgets with id " + id);
		return type.cast(found.get(0));
	}

	private static void collect(Control control, String id, List<Widget> found) {
		if (id.equals(WidgetKeys.get(control))) {
			found.add(control);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, id, found);
			}
		}
	}

	/** Sends real X pointer events with xdotool, e.g. {@code "mousemove", "10", "20", "click", "4"}. */
	void xdotool(String... arguments) {
		List<String> command = new ArrayList<>();
		command.add("xdotool");
		command.addAll(List.of(arguments));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(20, TimeUnit.SECONDS) || process.exitValue() != 0) {
				fail("xdotool " + String.join(" ", arguments) + " failed: " + output);
			}
		} catch (IOException e) {
			fail("xdotool is needed for real pointer events (apt-get install xdotool): " + e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			fail("interrupted");
		}
	}

	/** Copies what the X server shows in a display rectangle. */
	ImageData capture(Rectangle area) {
		GC gc = new GC(display);
		Image image = new Image(display, area.width, area.height);
		try {
			gc.copyArea(image, area.x, area.y);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** The colour the screen shows at a display coordinate. */
	RGB pixel(int x, int y) {
		ImageData data = capture(new Rectangle(x, y, 1, 1));
		return data.palette.getRGB(data.getPixel(0, 0));
	}

	/** Saves a screenshot of the whole screen as a PNG build artefact and returns its path. */
	Path screenshot(String name) {
		Path folder = Path.of(System.getProperty("veerkracht.test.artifacts", "target/test-artifacts"));
		Path file = folder.resolve(name + ".png");
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			fail("cannot create " + folder + ": " + e);
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { capture(display.getBounds()) };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		return file;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
