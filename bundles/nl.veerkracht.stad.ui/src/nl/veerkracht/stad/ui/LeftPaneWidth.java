package nl.veerkracht.stad.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Control;

/**
 * Keeps the left pane of a horizontal two-pane sash at least as wide as a control in it needs, so that a row of
 * buttons is never cut off when the view opens narrow; the right pane keeps at least half the width. The user can
 * still drag the sash: the weights are only corrected when the sash itself is resized.
 */
final class LeftPaneWidth {

	private final SashForm sash;
	private final Control widest;
	private final int margin;

	private LeftPaneWidth(SashForm sash, Control widest, int margin) {
		this.sash = sash;
		this.widest = widest;
		this.margin = margin;
	}

	/**
	 * Starts keeping the left pane wide enough.
	 *
	 * @param sash   a horizontal sash with two panes
	 * @param widest the control in the left pane whose preferred width the pane must have
	 * @param margin what the left pane adds around it, in pixels (layout margins)
	 */
	static void keep(SashForm sash, Control widest, int margin) {
		LeftPaneWidth keeper = new LeftPaneWidth(sash, widest, margin);
		sash.addListener(SWT.Resize, event -> keeper.apply());
	}

	private void apply() {
		int total = sash.getClientArea().width - sash.getSashWidth();
		int[] weights = sash.getWeights();
		if (total <= 0 || weights.length != 2 || widest.isDisposed()) {
			return;
		}
		int needed = Math.min(widest.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + margin, total / 2);
		int left = (int) ((long) total * weights[0] / Math.max(1, weights[0] + weights[1]));
		if (left < needed) {
			sash.setWeights(needed, total - needed);
		}
	}
}
