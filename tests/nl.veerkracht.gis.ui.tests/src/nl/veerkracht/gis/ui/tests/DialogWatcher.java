package nl.veerkracht.gis.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Catches a modal dialog by its title: a modal dialog runs its own event loop, so the test's
 * code cannot continue until it closes. A timer inside that loop reads the dialog's texts and
 * closes it, as a user pressing OK would.
 */
final class DialogWatcher implements Runnable {

	private static final int POLL_MS = 50;

	private final Display display;
	private final String title;
	private final List<String> texts = new ArrayList<>();
	private boolean caught;
	private boolean stopped;

	private DialogWatcher(Display display, String title) {
		this.display = display;
		this.title = title;
	}

	/** Starts watching for a shell with this title. */
	static DialogWatcher watch(Display display, String title) {
		DialogWatcher watcher = new DialogWatcher(display, title);
		display.timerExec(POLL_MS, watcher);
		return watcher;
	}

	@Override
	public void run() {
		if (stopped || caught) {
			return;
		}
		for (Shell shell : display.getShells()) {
			if (title.equals(shell.getText()) && shell.isVisible()) {
				collectTexts(shell);
				caught = true;
				shell.close();
				return;
			}
		}
		display.timerExec(POLL_MS, this);
	}

	private void collectTexts(Control control) {
		if (control instanceof Label label) {
			texts.add(label.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectTexts(child);
			}
		}
	}

	boolean caught() {
		return caught;
	}

	/** @return all label texts of the dialog, joined by newlines */
	String text() {
		return String.join("\n", texts);
	}

	void stop() {
		stopped = true;
	}
}
