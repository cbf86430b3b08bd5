package nl.veerkracht.wijkschets.ui.matrix;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.veerkracht.model.Domein;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.Strategie;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.model.method.Perspectieven;
import nl.veerkracht.wijkschets.ui.internal.MatrixMessages;

/**
 * The 2×2 of the handelingsperspectieven (mens/fysiek × omgaan met/tegengaan van) as one widget: per quadrant the
 * perspective with its intensity, rationale and measures, its fill growing with the intensity so that the mix reads
 * at a glance. Bound to a {@link Wijkschets} through an {@link EditingDomain}: every edit is a command on the
 * domain's stack (undoable), and the widget follows every change of the wijkschets's perspectiefMix, whether from
 * undo/redo or elsewhere. Sizes follow the font and a zoom factor ({@link #setZoom(double)}), for the projector.
 */
public final class PerspectiveMatrix extends Composite {

	private static final double TITLE_SCALE = 1.3;

	private final Map<Handelingsperspectief, QuadrantPanel> quadrants = new EnumMap<>(Handelingsperspectief.class);
	private final List<Label> axisLabels = new ArrayList<>();
	private final EContentAdapter listener = new EContentAdapter() {
		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch()) {
				refreshSoon();
			}
		}
	};
	private Wijkschets wijkschets;
	private MatrixEdits edits;
	private FontData[] baseFont;
	private double zoom = 1;
	private final List<Font> fonts = new ArrayList<>();
	private boolean refreshPending;
	private Handelingsperspectief active = Handelingsperspectief.SOCIALE_AANPAK;
	private final List<Consumer<Handelingsperspectief>> activeListeners = new ArrayList<>();

	/**
	 * Creates an empty matrix; {@link #setInput(Wijkschets, EditingDomain)} binds it.
	 *
	 * @param parent the parent
	 * @param style  the composite's style
	 */
	public PerspectiveMatrix(Composite parent, int style) {
		super(parent, style);
		GridLayout layout = new GridLayout(3, false);
		layout.horizontalSpacing = 6;
		layout.verticalSpacing = 6;
		setLayout(layout);
		new Label(this, SWT.NONE);
		for (Strategie strategie : Strategie.VALUES) {
			Label column = axisLabel(strategie == Strategie.OMGAAN_MET ? MatrixMessages.Matrix_omgaanMet
					: MatrixMessages.Matrix_tegengaanVan);
			column.setAlignment(SWT.CENTER);
			column.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
		}
		for (Domein domein : Domein.VALUES) {
			Label row = axisLabel(domein == Domein.MENS ? MatrixMessages.Matrix_mens : MatrixMessages.Matrix_fysiek);
			row.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, true));
			for (Strategie strategie : Strategie.VALUES) {
				Handelingsperspectief perspective = Perspectieven.of(domein, strategie);
				QuadrantPanel quadrant = new QuadrantPanel(this, perspective, () -> edits);
				quadrant.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
				quadrants.put(perspective, quadrant);
				trackActivation(quadrant, perspective);
			}
		}
		baseFont = getFont().getFontData();
		applyFonts();
		addListener(SWT.Dispose, event -> {
			unbind();
			disposeFonts();
		});
	}

	/**
	 * Binds the matrix to a wijkschets: it shows the wijkschets's perspectiefMix and edits it through the domain.
	 *
	 * @param wijkschets the wijkschets
	 * @param domain     the editing domain whose command stack takes every edit
	 */
	public void setInput(Wijkschets wijkschets, EditingDomain domain) {
		checkWidget();
		commitPendingEdits();
		unbind();
		this.wijkschets = wijkschets;
		this.edits = new MatrixEdits(wijkschets, domain);
		wijkschets.eAdapters().add(listener);
		refresh();
	}

	/**
	 * @return the perspective of the quadrant the user works in: the last one clicked or typed in, sociale aanpak at
	 *         first
	 */
	public Handelingsperspectief getActivePerspective() {
		checkWidget();
		return active;
	}

	/**
	 * Registers a listener told (on the UI thread) when the user starts working in another quadrant.
	 *
	 * @param listener gets the perspective of that quadrant
	 */
	public void addActivePerspectiveListener(Consumer<Handelingsperspectief> listener) {
		checkWidget();
		activeListeners.add(listener);
	}

	/**
	 * @param listener a listener of {@link #addActivePerspectiveListener(Consumer)}; unknown ones are ignored
	 */
	public void removeActivePerspectiveListener(Consumer<Handelingsperspectief> listener) {
		checkWidget();
		activeListeners.remove(listener);
	}

	/**
	 * @param perspective a perspective
	 * @return its name as the workshop uses it, e.g. "Sociale aanpak"
	 */
	public static String perspectiveName(Handelingsperspectief perspective) {
		return QuadrantPanel.name(perspective);
	}

	/** @return the wijkschets shown, or {@code null} before {@link #setInput(Wijkschets, EditingDomain)} */
	public Wijkschets getInput() {
		checkWidget();
		return wijkschets;
	}

	/**
	 * Hands a rationale still being typed to the model (it is otherwise committed when its text loses the focus),
	 * e.g. before saving.
	 */
	public void commitPendingEdits() {
		checkWidget();
		if (edits != null) {
			quadrants.values().forEach(QuadrantPanel::commitRationale);
		}
	}

	/**
	 * Scales all texts and with them the whole matrix, relative to its font.
	 *
	 * @param zoom the factor, e.g. 1.6 for a projector; must be positive
	 */
	public void setZoom(double zoom) {
		checkWidget();
		if (!(zoom > 0)) {
			throw new IllegalArgumentException("zoom must be positive: " + zoom); //$NON-NLS-1$
		}
		this.zoom = zoom;
		applyFonts();
	}

	/** @return the zoom factor, 1 unless {@link #setZoom(double)} changed it */
	public double getZoom() {
		checkWidget();
		return zoom;
	}

	/** Sets the base font the zoom factor applies to. */
	@Override
	public void setFont(Font font) {
		checkWidget();
		super.setFont(font);
		if (baseFont != null) {
			baseFont = (font != null ? font : getDisplay().getSystemFont()).getFontData();
			applyFonts();
		}
	}

	private void trackActivation(Control control, Handelingsperspectief perspective) {
		// a click or a key typed in the quadrant, not the focus alone: activating the editor focuses the first quadrant
		control.addListener(SWT.MouseDown, event -> activate(perspective));
		control.addListener(SWT.KeyDown, event -> activate(perspective));
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				trackActivation(child, perspective);
			}
		}
	}

	private void activate(Handelingsperspectief perspective) {
		if (perspective != active) {
			active = perspective;
			List.copyOf(activeListeners).forEach(listener -> listener.accept(perspective));
		}
	}

	private void refreshSoon() {
		if (isDisposed()) {
			return;
		}
		if (getDisplay().getThread() == Thread.currentThread()) {
			refresh();
		} else if (!refreshPending) {
			refreshPending = true;
			getDisplay().asyncExec(() -> {
				refreshPending = false;
				if (!isDisposed()) {
					refresh();
				}
			});
		}
	}

	private void refresh() {
		for (QuadrantPanel quadrant : quadrants.values()) {
			quadrant.show(wijkschets == null ? null : MatrixEdits.inzet(wijkschets, quadrant.perspective()));
		}
	}

	private void unbind() {
		if (wijkschets != null) {
			wijkschets.eAdapters().remove(listener);
			wijkschets = null;
			edits = null;
		}
	}

	private Label axisLabel(String text) {
		Label label = new Label(this, SWT.NONE);
		label.setText(text);
		axisLabels.add(label);
		return label;
	}

	private void applyFonts() {
		List<Font> previous = new ArrayList<>(fonts);
		fonts.clear();
		Font body = font(1, SWT.NONE);
		Font bold = font(1, SWT.BOLD);
		Font title = font(TITLE_SCALE, SWT.BOLD);
		applyFont(this, body);
		axisLabels.forEach(label -> label.setFont(bold));
		quadrants.values().forEach(quadrant -> quadrant.title().setFont(title));
		previous.forEach(Font::dispose);
		relayout();
		// GTK takes in a widget's new font (and so its new preferred size) only when it handles the style change,
		// after this call returns; lay out once more then, or buttons keep the size of the old font
		getDisplay().asyncExec(() -> {
			if (!isDisposed()) {
				relayout();
			}
		});
	}

	private void relayout() {
		layout(true, true);
		Composite parent = getParent();
		if (parent != null) {
			parent.layout(true, true);
		}
	}

	private static void applyFont(Control control, Font font) {
		if (control instanceof PerspectiveMatrix matrix) {
			matrix.superSetFont(font);
		} else {
			control.setFont(font);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				applyFont(child, font);
			}
		}
	}

	private void superSetFont(Font font) {
		super.setFont(font);
	}

	private Font font(double scale, int style) {
		FontData[] data = new FontData[baseFont.length];
		for (int i = 0; i < baseFont.length; i++) {
			FontData base = baseFont[i];
			data[i] = new FontData(base.getName(), Math.max(1, (int) Math.round(base.getHeight() * zoom * scale)),
					base.getStyle() | style);
		}
		Font font = new Font(getDisplay(), data);
		fonts.add(font);
		return font;
	}

	private void disposeFonts() {
		fonts.forEach(Font::dispose);
		fonts.clear();
	}
}
