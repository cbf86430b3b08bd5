package nl.veerkracht.wijkschets.ui.perspectieven;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IFormColors;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.wijkschets.ui.editor.EditorPageHeader;
import nl.veerkracht.wijkschets.ui.editor.WijkschetsEditor;
import nl.veerkracht.wijkschets.ui.matrix.PerspectiveMatrix;

/**
 * The page Handelingsperspectieven of the wijkschets editor (method.md, phase 3): the mix in one line, the 2×2
 * matrix with intensity, rationale and measures per perspective, and for the perspective the user works in (a
 * click in its quadrant, or the chooser) its measures in full and its refinement per buurt.
 */
public final class HandelingsperspectievenPage extends FormPage {

	/** The page's id. */
	public static final String ID = "nl.veerkracht.wijkschets.ui.perspectieven"; //$NON-NLS-1$

	private static final int EXTRA_LINES = 8;

	private final WijkschetsEditor editor;
	private ResourceManager resources;
	private Label summary;
	private PerspectiveMatrix matrix;
	private Combo chooser;
	private MeasuresTable measures;
	private RefinementsTable refinements;
	private Handelingsperspectief perspective = Handelingsperspectief.SOCIALE_AANPAK;

	/**
	 * @param editor the wijkschets editor
	 */
	public HandelingsperspectievenPage(WijkschetsEditor editor) {
		super(editor, ID, PerspectievenMessages.Page_title);
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		EditorPageHeader.install(managedForm, editor, PerspectievenMessages.Page_title);
		FormToolkit toolkit = managedForm.getToolkit();
		ScrolledForm form = managedForm.getForm();
		resources = new LocalResourceManager(JFaceResources.getResources(), form);
		Composite body = form.getBody();
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 10;
		layout.marginBottom = 16;
		layout.verticalSpacing = 12;
		body.setLayout(layout);

		summary = WidgetKeys.set(toolkit.createLabel(body, "", SWT.WRAP), PerspectievenWidgetKeys.SUMMARY); //$NON-NLS-1$
		summary.setFont(resources.create(FontDescriptor.createFrom(summary.getFont()).setStyle(SWT.BOLD).increaseHeight(3)));
		GridData summaryData = new GridData(SWT.FILL, SWT.TOP, true, false);
		summaryData.widthHint = 400;
		summary.setLayoutData(summaryData);

		Section matrixSection = section(toolkit, body, PerspectievenMessages.Matrix_title, PerspectievenMessages.Matrix_description);
		matrix = WidgetKeys.set(new PerspectiveMatrix(matrixSection, SWT.NONE), PerspectievenWidgetKeys.MATRIX);
		matrix.setBackground(toolkit.getColors().getBackground());
		matrix.setBackgroundMode(SWT.INHERIT_DEFAULT);
		matrixSection.setClient(matrix);
		GridData matrixData = new GridData(SWT.FILL, SWT.FILL, true, true);
		// room for a few lines of rationale and measures in every quadrant, beyond the one line each wants
		matrixData.heightHint = matrixSection.computeSize(SWT.DEFAULT, SWT.DEFAULT).y + EXTRA_LINES * lineHeight(matrix);
		matrixSection.setLayoutData(matrixData);
		matrix.setInput(editor.getWijkschets(), editor.getEditingDomain());
		editor.addPendingEdits(() -> {
			if (!matrix.isDisposed()) {
				matrix.commitPendingEdits();
			}
		});

		Section details = section(toolkit, body, PerspectievenMessages.Details_title, PerspectievenMessages.Details_description);
		details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
		Composite client = toolkit.createComposite(details);
		client.setLayout(new GridLayout(2, true));
		details.setClient(client);
		Composite choose = toolkit.createComposite(client);
		GridLayout chooseLayout = new GridLayout(2, false);
		chooseLayout.marginWidth = 0;
		choose.setLayout(chooseLayout);
		choose.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		heading(toolkit, choose, PerspectievenMessages.Chooser_label);
		chooser = WidgetKeys.set(new Combo(choose, SWT.READ_ONLY | SWT.DROP_DOWN), PerspectievenWidgetKeys.CHOOSER);
		toolkit.adapt(chooser);
		chooser.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
		chooser.setVisibleItemCount(Handelingsperspectief.VALUES.size());
		PerspectiefEdits edits = new PerspectiefEdits(editor.getWijkschets(), editor.getEditingDomain());
		measures = new MeasuresTable(client, toolkit, editor, edits);
		refinements = new RefinementsTable(client, toolkit, editor, edits);
		editor.addPendingEdits(measures::commitPendingEdits);
		editor.addPendingEdits(refinements::commitPendingEdits);

		chooser.addListener(SWT.Selection, event -> {
			int index = chooser.getSelectionIndex();
			if (index >= 0) {
				choose(Handelingsperspectief.VALUES.get(index));
			}
		});
		matrix.addActivePerspectiveListener(this::choose);
		editor.addModelListener(this::refresh);
		perspective = matrix.getActivePerspective();
		refresh();
	}

	/**
	 * Shows the measures and buurt refinements of a perspective, and makes its inzet the editor's selection.
	 *
	 * @param chosen the perspective
	 */
	private void choose(Handelingsperspectief chosen) {
		if (chooser == null || chooser.isDisposed()) {
			return;
		}
		perspective = chosen;
		chooser.select(Handelingsperspectief.VALUES.indexOf(chosen));
		measures.show(chosen);
		refinements.show(chosen);
		PerspectiefInzet inzet = PerspectiefEdits.inzet(editor.getWijkschets(), chosen);
		if (inzet != null) {
			editor.setSelection(new StructuredSelection(inzet));
		}
	}

	/**
	 * Gives the keyboard focus to the perspective chooser: when the editor is activated, the focus would otherwise
	 * go to the first quadrant of the matrix, and so switch the page to sociale aanpak.
	 */
	@Override
	public void setFocus() {
		if (chooser != null && !chooser.isDisposed()) {
			chooser.setFocus();
		} else {
			super.setFocus();
		}
	}

	/** @return the perspective whose measures and buurt refinements the page shows */
	public Handelingsperspectief getShownPerspective() {
		return perspective;
	}

	private void refresh() {
		if (summary == null || summary.isDisposed()) {
			return;
		}
		Wijkschets wijkschets = editor.getWijkschets();
		summary.setText(MixSummary.of(wijkschets));
		String[] items = Handelingsperspectief.VALUES.stream()
				.map(each -> MixSummary.choice(each, PerspectiefEdits.inzet(wijkschets, each))).toArray(String[]::new);
		chooser.setItems(items);
		chooser.select(Handelingsperspectief.VALUES.indexOf(perspective));
		chooser.getParent().layout(true);
		measures.show(perspective);
		refinements.show(perspective);
		getManagedForm().getForm().reflow(true);
	}

	/**
	 * @param toolkit the form's toolkit
	 * @param parent  the parent
	 * @param text    the heading
	 * @return a bold label as the heading of a part of a section
	 */
	static Label heading(FormToolkit toolkit, Composite parent, String text) {
		Label label = toolkit.createLabel(parent, text);
		label.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		label.setForeground(toolkit.getColors().getColor(IFormColors.TITLE));
		return label;
	}

	private static int lineHeight(Composite control) {
		GC gc = new GC(control);
		try {
			return gc.getFontMetrics().getHeight();
		} finally {
			gc.dispose();
		}
	}

	private static Section section(FormToolkit toolkit, Composite parent, String title, String description) {
		Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		return section;
	}
}
