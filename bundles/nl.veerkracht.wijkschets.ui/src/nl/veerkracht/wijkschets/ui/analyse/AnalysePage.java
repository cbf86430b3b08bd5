package nl.veerkracht.wijkschets.ui.analyse;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import nl.veerkracht.model.VeerkrachtPackage;
import nl.veerkracht.wijkschets.ui.editor.EditorPageHeader;
import nl.veerkracht.wijkschets.ui.editor.WijkschetsEditor;

/**
 * The Analyse page of the wijkschets editor: the probleemanalyse and the definitie van succes side by side,
 * the dilemmas below, all in workshop text fields.
 */
public final class AnalysePage extends FormPage {

	/** The id of the page. */
	public static final String ID = "nl.veerkracht.wijkschets.ui.analyse"; //$NON-NLS-1$

	/** Height of the two text fields at the top, in pixels. */
	private static final int TEXT_HEIGHT = 200;

	private final WijkschetsEditor editor;
	private Font titleFont;
	private Font descriptionFont;

	/**
	 * @param editor the editor the page belongs to
	 */
	public AnalysePage(WijkschetsEditor editor) {
		super(editor, ID, AnalyseMessages.Page_title);
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		EditorPageHeader.install(managedForm, editor, AnalyseMessages.Page_title);
		FormToolkit toolkit = managedForm.getToolkit();
		Composite body = managedForm.getForm().getBody();
		GridLayout layout = new GridLayout(2, true);
		layout.marginWidth = 12;
		layout.marginHeight = 10;
		layout.horizontalSpacing = 16;
		layout.verticalSpacing = 14;
		body.setLayout(layout);
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), body);
		FontDescriptor dialog = FontDescriptor.createFrom(JFaceResources.getDialogFont());
		titleFont = resources.create(dialog.setStyle(SWT.BOLD).increaseHeight(3));
		descriptionFont = resources.create(dialog.increaseHeight(1));
		textSection(toolkit, body, AnalyseMessages.Probleem_title, AnalyseMessages.Probleem_description,
				AnalyseWidgetKeys.PROBLEEMANALYSE, VeerkrachtPackage.Literals.WIJKSCHETS__PROBLEEMANALYSE);
		textSection(toolkit, body, AnalyseMessages.Succes_title, AnalyseMessages.Succes_description,
				AnalyseWidgetKeys.DEFINITIE_VAN_SUCCES, VeerkrachtPackage.Literals.WIJKSCHETS__DEFINITIE_VAN_SUCCES);
		Section dilemmas = section(toolkit, body, AnalyseMessages.Dilemma_title, AnalyseMessages.Dilemma_description);
		dilemmas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		dilemmas.setClient(new DilemmaSection(dilemmas, toolkit, editor).getControl());
	}

	private void textSection(FormToolkit toolkit, Composite body, String title, String description, String key,
			EAttribute attribute) {
		Section section = section(toolkit, body, title, description);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
		section.setLayoutData(data);
		WorkshopTextField field = new WorkshopTextField(section, toolkit, key);
		((GridData) field.getText().getLayoutData()).heightHint = TEXT_HEIGHT;
		((GridData) field.getText().getLayoutData()).widthHint = 300;
		section.setClient(field.getControl());
		editor.getBindings().bindText(field.getText(), editor.getWijkschets(), attribute);
	}

	private Section section(FormToolkit toolkit, Composite body, String title, String description) {
		Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setFont(titleFont);
		section.setText(title);
		section.setDescription(description);
		section.getDescriptionControl().setFont(descriptionFont);
		return section;
	}
}
