package nl.veerkracht.wijkschets.ui.presentatie;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.wijkschets.ui.editor.WijkschetsEditor;
import nl.veerkracht.wijkschets.ui.map.WijkMap;
import nl.veerkracht.wijkschets.ui.matrix.IntensityControl;
import nl.veerkracht.wijkschets.ui.matrix.PerspectiveMatrix;

/**
 * The workshop's presentation mode: one full-screen window over the projector with the wijkschets's map and
 * its 2×2 of handelingsperspectieven in large type, both live and editable (every change is a command on the
 * editor's stack: Ctrl+Z and Ctrl+Y undo and redo here too, and the editor shows the change at once). Esc
 * leaves it and returns to the editor; nothing else is needed to get out.
 */
public final class PresentationMode {

	/** How much larger the matrix's type is than in the editor, at most: less when the screen is too small. */
	public static final double ZOOM = 1.7;

	/** The smallest enlargement the fitting goes down to. */
	private static final double MIN_ZOOM = 1.0;
	private static final double ZOOM_STEP = 0.1;

	private final WijkschetsEditor editor;
	private final Shell shell;
	private final Font titleFont;
	private final PerspectiveMatrix matrix;
	private final WijkMap map;
	private final Listener keys = this::key;

	private PresentationMode(WijkschetsEditor editor) {
		this.editor = editor;
		Display display = editor.getSite().getShell().getDisplay();
		shell = new Shell(display, SWT.NO_TRIM | SWT.APPLICATION_MODAL);
		WidgetKeys.set(shell, PresentationKeys.SHELL);
		shell.setText(NLS.bind(PresentationMessages.Title, name(editor.getWijkschets())));
		Color background = display.getSystemColor(SWT.COLOR_WHITE);
		shell.setBackground(background);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 24;
		layout.marginHeight = 16;
		layout.verticalSpacing = 12;
		shell.setLayout(layout);
		titleFont = scaled(display, shell.getFont(), 2.2, SWT.BOLD);

		Composite header = new Composite(shell, SWT.NONE);
		header.setBackground(background);
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout headerLayout = new GridLayout(2, false);
		headerLayout.marginWidth = 0;
		header.setLayout(headerLayout);
		Label title = new Label(header, SWT.NONE);
		title.setFont(titleFont);
		title.setBackground(background);
		title.setText(NLS.bind(PresentationMessages.Title, name(editor.getWijkschets())));
		WidgetKeys.set(title, PresentationKeys.TITLE);
		title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Label hint = new Label(header, SWT.NONE);
		hint.setBackground(background);
		hint.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
		hint.setText(PresentationMessages.Hint);
		WidgetKeys.set(hint, PresentationKeys.HINT);
		hint.setLayoutData(new GridData(SWT.RIGHT, SWT.CENTER, false, false));

		SashForm body = new SashForm(shell, SWT.HORIZONTAL);
		body.setBackground(background);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		map = new WijkMap(body, editor);
		map.setLargeType(true);
		WidgetKeys.set(map, PresentationKeys.MAP);
		matrix = new PerspectiveMatrix(body, SWT.NONE);
		matrix.setBackground(background);
		WidgetKeys.set(matrix, PresentationKeys.MATRIX);
		matrix.setInput(editor.getWijkschets(), editor.getEditingDomain());
		matrix.setZoom(ZOOM);
		body.setWeights(36, 64);

		display.addFilter(SWT.KeyDown, keys);
		shell.addListener(SWT.Dispose, event -> {
			display.removeFilter(SWT.KeyDown, keys);
			titleFont.dispose();
		});
	}

	/**
	 * Opens the presentation mode of an editor's wijkschets, full screen on the editor's monitor.
	 *
	 * @param editor the editor
	 * @return the presentation, open
	 */
	public static PresentationMode open(WijkschetsEditor editor) {
		editor.commitPendingEdits();
		PresentationMode mode = new PresentationMode(editor);
		mode.shell.setBounds(editor.getSite().getShell().getMonitor().getBounds());
		mode.shell.open();
		mode.shell.setFullScreen(true);
		mode.shell.layout(true, true);
		mode.fitMatrix();
		mode.matrix.setFocus();
		return mode;
	}

	/**
	 * Takes the largest type, up to {@link #ZOOM}, at which the 2×2 fits the screen: every quadrant within the
	 * matrix and every intensity scale whole within its quadrant (text fields may be narrower).
	 */
	private void fitMatrix() {
		int steps = (int) Math.round((ZOOM - MIN_ZOOM) / ZOOM_STEP);
		for (int step = 1; step <= steps && !fits(); step++) {
			matrix.setZoom(Math.round((ZOOM - step * ZOOM_STEP) * 10) / 10.0);
			matrix.layout(true, true);
		}
	}

	private boolean fits() {
		org.eclipse.swt.graphics.Rectangle area = matrix.getClientArea();
		for (org.eclipse.swt.widgets.Control quadrant : matrix.getChildren()) {
			org.eclipse.swt.graphics.Rectangle bounds = quadrant.getBounds();
			if (bounds.x + bounds.width > area.width + 1 || bounds.y + bounds.height > area.height + 1) {
				return false;
			}
		}
		return scalesWhole(matrix);
	}

	private static boolean scalesWhole(Composite composite) {
		for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
			if (child instanceof IntensityControl scale) {
				org.eclipse.swt.graphics.Rectangle bounds = scale.getBounds();
				if (bounds.x + scale.computeSize(SWT.DEFAULT, SWT.DEFAULT).x > scale.getParent().getClientArea().width + 1) {
					return false;
				}
			} else if (child instanceof Composite inner && !scalesWhole(inner)) {
				return false;
			}
		}
		return true;
	}

	/** @return the full-screen window */
	public Shell getShell() {
		return shell;
	}

	/** @return the live map of the wijk with the signal map as inset */
	public WijkMap getMap() {
		return map;
	}

	/** @return the live 2×2 */
	public PerspectiveMatrix getMatrix() {
		return matrix;
	}

	/** @return whether it is still open */
	public boolean isOpen() {
		return !shell.isDisposed();
	}

	/** Leaves the presentation mode, keeping every change, and returns to the editor. */
	public void close() {
		if (shell.isDisposed()) {
			return;
		}
		matrix.commitPendingEdits();
		shell.dispose();
		// give the workbench window the keyboard back, so that Ctrl+S and the editor's keys work at once
		editor.getSite().getShell().forceActive();
		editor.getSite().getPage().activate(editor);
		editor.setFocus();
	}

	private void key(Event event) {
		if (shell.isDisposed() || event.display.getActiveShell() != shell) {
			return;
		}
		if (event.keyCode == SWT.ESC) {
			event.doit = false;
			close();
		} else if ((event.stateMask & SWT.MOD1) != 0 && (event.keyCode == 'z' || event.keyCode == 'y')) {
			event.doit = false;
			matrix.commitPendingEdits();
			CommandStack stack = editor.getEditingDomain().getCommandStack();
			boolean redo = event.keyCode == 'y' || (event.stateMask & SWT.SHIFT) != 0;
			if (redo && stack.canRedo()) {
				stack.redo();
			} else if (!redo && stack.canUndo()) {
				stack.undo();
			}
		}
	}

	private static String name(Wijkschets wijkschets) {
		return wijkschets.getName() == null ? "" : wijkschets.getName(); //$NON-NLS-1$
	}

	private static Font scaled(Display display, Font font, double factor, int style) {
		FontData[] data = font.getFontData();
		for (FontData one : data) {
			one.setHeight((int) Math.round(one.getHeight() * factor));
			one.setStyle(one.getStyle() | style);
		}
		return new Font(display, data);
	}
}
