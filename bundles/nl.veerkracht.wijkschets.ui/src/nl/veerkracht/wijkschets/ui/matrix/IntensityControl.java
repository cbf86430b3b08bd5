package nl.veerkracht.wijkschets.ui.matrix;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import nl.veerkracht.model.method.Intensiteit;
import nl.veerkracht.wijkschets.ui.internal.MatrixMessages;

/**
 * Five segments 0–4 and the workshop's word for the chosen one ({@link Intensiteit#woord(int)}). A click on a
 * segment chooses it; with the keyboard focus, Left/Right (or Down/Up), Home/End and the digits 0–4 do. Every
 * change by the user is reported to {@link SWT#Selection} listeners; {@link #setIntensity(int)} reports nothing.
 * Sizes follow the font.
 */
public final class IntensityControl extends Canvas {

	private static final int SEGMENTS = Intensiteit.MAX - Intensiteit.MIN + 1;

	private final RGB hue;
	private int intensity = Intensiteit.MIN;

	/**
	 * @param parent the parent
	 * @param hue    the colour of the chosen segments
	 */
	public IntensityControl(Composite parent, RGB hue) {
		super(parent, SWT.DOUBLE_BUFFERED);
		this.hue = hue;
		addListener(SWT.Paint, event -> paint(event.gc));
		addListener(SWT.MouseDown, this::mouseDown);
		addListener(SWT.KeyDown, this::keyDown);
		addListener(SWT.FocusIn, event -> redraw());
		addListener(SWT.FocusOut, event -> redraw());
		addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				event.doit = true;
			}
		});
		getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				e.result = label();
			}
		});
	}

	/** @return the chosen intensity, {@value Intensiteit#MIN}..{@value Intensiteit#MAX} */
	public int getIntensity() {
		checkWidget();
		return intensity;
	}

	/**
	 * Shows an intensity without notifying listeners.
	 *
	 * @param intensity the intensity; values off the scale are clamped to it
	 */
	public void setIntensity(int intensity) {
		checkWidget();
		int clamped = clamp(intensity);
		if (clamped != this.intensity) {
			this.intensity = clamped;
			redraw();
		}
	}

	/**
	 * @param segment an intensity {@value Intensiteit#MIN}..{@value Intensiteit#MAX}
	 * @return where its segment is drawn, in this control's coordinates
	 */
	public Rectangle segmentBounds(int segment) {
		checkWidget();
		return segmentBounds(segment, segmentSize());
	}

	private static Rectangle segmentBounds(int segment, int size) {
		return new Rectangle(1 + (segment - Intensiteit.MIN) * size, 1, size - 2, size - 2);
	}

	/** @return the accessible and tool-tip text: the intensity and its word */
	String label() {
		return NLS.bind(MatrixMessages.Matrix_setIntensity, Integer.valueOf(intensity), Intensiteit.woord(intensity));
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		checkWidget();
		GC gc = new GC(this);
		try {
			int size = segmentSize(gc);
			int word = 0;
			for (int i = Intensiteit.MIN; i <= Intensiteit.MAX; i++) {
				word = Math.max(word, gc.textExtent(Intensiteit.woord(i)).x);
			}
			int width = wHint == SWT.DEFAULT ? SEGMENTS * size + size / 2 + word + 2 : wHint;
			int height = hHint == SWT.DEFAULT ? size + 1 : hHint;
			return new Point(width, height);
		} finally {
			gc.dispose();
		}
	}

	private int segmentSize() {
		GC gc = new GC(this);
		try {
			return segmentSize(gc);
		} finally {
			gc.dispose();
		}
	}

	private static int segmentSize(GC gc) {
		return gc.getFontMetrics().getHeight() * 7 / 4;
	}

	private void paint(GC gc) {
		int size = segmentSize(gc);
		Color fill = new Color(hue);
		try {
			gc.setFont(getFont());
			gc.setBackground(getParent().getBackground());
			Rectangle area = getClientArea();
			gc.fillRectangle(area);
			for (int i = Intensiteit.MIN; i <= Intensiteit.MAX; i++) {
				Rectangle box = segmentBounds(i, size);
				boolean chosen = i <= intensity && i > Intensiteit.MIN;
				gc.setBackground(chosen ? fill : getDisplay().getSystemColor(SWT.COLOR_WHITE));
				gc.fillRectangle(box);
				gc.setForeground(getDisplay().getSystemColor(i == intensity ? SWT.COLOR_BLACK : SWT.COLOR_DARK_GRAY));
				gc.setLineWidth(i == intensity ? Math.max(2, size / 10) : 1);
				gc.drawRectangle(box);
				String digit = Integer.toString(i);
				Point extent = gc.textExtent(digit);
				gc.setForeground(getDisplay().getSystemColor(chosen ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
				gc.drawText(digit, box.x + (box.width - extent.x) / 2, box.y + (box.height - extent.y) / 2, true);
			}
			gc.setLineWidth(1);
			String word = Intensiteit.woord(intensity);
			Point extent = gc.textExtent(word);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
			int x = SEGMENTS * size + size / 2;
			gc.drawText(word, x, (size - extent.y) / 2, true);
			if (isFocusControl()) {
				gc.drawFocus(0, 0, SEGMENTS * size + 1, size + 1);
			}
		} finally {
			fill.dispose();
		}
	}

	private void mouseDown(Event event) {
		if (event.button != 1) {
			return;
		}
		setFocus();
		for (int i = Intensiteit.MIN; i <= Intensiteit.MAX; i++) {
			if (segmentBounds(i).contains(event.x, event.y)) {
				choose(i);
				return;
			}
		}
	}

	private void keyDown(Event event) {
		switch (event.keyCode) {
		case SWT.ARROW_RIGHT, SWT.ARROW_UP -> choose(intensity + 1);
		case SWT.ARROW_LEFT, SWT.ARROW_DOWN -> choose(intensity - 1);
		case SWT.HOME -> choose(Intensiteit.MIN);
		case SWT.END -> choose(Intensiteit.MAX);
		default -> {
			if (event.character >= '0' + Intensiteit.MIN && event.character <= '0' + Intensiteit.MAX) {
				choose(event.character - '0');
			}
		}
		}
	}

	private void choose(int requested) {
		int chosen = clamp(requested);
		if (chosen != intensity) {
			intensity = chosen;
			setToolTipText(label());
			redraw();
			notifyListeners(SWT.Selection, new Event());
		}
	}

	private static int clamp(int intensity) {
		return Math.max(Intensiteit.MIN, Math.min(Intensiteit.MAX, intensity));
	}
}
