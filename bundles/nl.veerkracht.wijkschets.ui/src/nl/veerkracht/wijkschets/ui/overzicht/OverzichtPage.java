package nl.veerkracht.wijkschets.ui.overzicht;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.model.VeerkrachtPackage.Literals;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.wijkschets.ui.editor.EditorPageHeader;
import nl.veerkracht.wijkschets.ui.editor.WijkschetsEditor;
import nl.veerkracht.wijkschets.ui.map.WijkMap;

/**
 * The first page of the wijkschets editor, the overview a workshop starts with: the name and whether the
 * sketch is complete, a photo of the wijk and the live map of its buurten in their signal-map classes (left),
 * the population notes, the three status ratings and the sleutelprojecten (right). The columns scroll when
 * the editor is small.
 */
public final class OverzichtPage extends FormPage {

	/** The page's id. */
	public static final String ID = "nl.veerkracht.wijkschets.ui.overzicht"; //$NON-NLS-1$

	private final WijkschetsEditor editor;
	private PhotoPanel photo;
	private WijkMap map;
	private ProjectsTable projects;

	/**
	 * @param editor the wijkschets editor
	 */
	public OverzichtPage(WijkschetsEditor editor) {
		super(editor, ID, OverzichtMessages.Page_title);
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		EditorPageHeader.install(managedForm, editor, OverzichtMessages.Page_title);
		FormToolkit toolkit = managedForm.getToolkit();
		ScrolledForm form = managedForm.getForm();
		Wijkschets wijkschets = editor.getWijkschets();
		Composite body = form.getBody();
		// five equal parts: the photo and the map take three, the texts and tables two
		GridLayout layout = new GridLayout(5, true);
		layout.marginWidth = 12;
		layout.marginHeight = 10;
		layout.horizontalSpacing = 18;
		layout.verticalSpacing = 12;
		body.setLayout(layout);

		Composite top = toolkit.createComposite(body);
		top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 5, 1));
		GridLayout topLayout = new GridLayout(3, false);
		topLayout.marginWidth = 0;
		topLayout.marginHeight = 0;
		topLayout.horizontalSpacing = 12;
		top.setLayout(topLayout);
		toolkit.createLabel(top, OverzichtMessages.Page_name);
		Text name = toolkit.createText(top, "", SWT.BORDER); //$NON-NLS-1$
		name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		WidgetKeys.set(name, OverzichtWidgetKeys.NAME);
		editor.getBindings().bindText(name, wijkschets, Literals.WIJKSCHETS__NAME);
		Button complete = toolkit.createButton(top, OverzichtMessages.Page_complete, SWT.CHECK);
		complete.setToolTipText(OverzichtMessages.Page_completeTip);
		WidgetKeys.set(complete, OverzichtWidgetKeys.COMPLETE);
		editor.getBindings().bindSelection(complete, wijkschets, Literals.WIJKSCHETS__COMPLETE);
		toolkit.paintBordersFor(top);

		Composite left = column(toolkit, body, 3);
		Composite right = column(toolkit, body, 2);

		Composite photoSection = section(toolkit, left, OverzichtMessages.Section_photo, OverzichtMessages.Section_photoDescription, false);
		photo = new PhotoPanel(photoSection, toolkit, editor);

		Composite mapSection = section(toolkit, left, OverzichtMessages.Section_map, OverzichtMessages.Section_mapDescription, true);
		map = new WijkMap(mapSection, editor);
		GridData mapData = new GridData(SWT.FILL, SWT.FILL, true, true);
		mapData.heightHint = 340;
		mapData.widthHint = 420;
		map.setLayoutData(mapData);

		Composite bevolkingSection = section(toolkit, right, OverzichtMessages.Section_bevolking,
				OverzichtMessages.Section_bevolkingDescription, false);
		Text bevolking = toolkit.createText(bevolkingSection, "", SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER); //$NON-NLS-1$
		GridData bevolkingData = new GridData(SWT.FILL, SWT.FILL, true, true);
		bevolkingData.heightHint = 80;
		bevolkingData.widthHint = 300;
		bevolking.setLayoutData(bevolkingData);
		WidgetKeys.set(bevolking, OverzichtWidgetKeys.BEVOLKING);
		editor.getBindings().bindText(bevolking, wijkschets, Literals.WIJKSCHETS__BEVOLKING);
		toolkit.paintBordersFor(bevolkingSection);

		Composite statusSection = section(toolkit, right, OverzichtMessages.Section_status,
				OverzichtMessages.Section_statusDescription, false);
		new StatusRatings(statusSection, toolkit, editor);

		Composite projectSection = section(toolkit, right, OverzichtMessages.Section_projects,
				OverzichtMessages.Section_projectsDescription, true);
		projects = new ProjectsTable(projectSection, toolkit, editor);
		form.reflow(true);
	}

	private static Composite column(FormToolkit toolkit, Composite body, int span) {
		Composite column = toolkit.createComposite(body);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, span, 1);
		data.widthHint = 100 * span;
		column.setLayoutData(data);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 12;
		column.setLayout(layout);
		return column;
	}

	private static Composite section(FormToolkit toolkit, Composite parent, String title, String description, boolean grab) {
		Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, grab));
		Composite client = toolkit.createComposite(section);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 2;
		layout.marginHeight = 2;
		client.setLayout(layout);
		section.setClient(client);
		return client;
	}

	/** @return the live map of the wijk, once the page is created */
	public Optional<WijkMap> getWijkMap() {
		return Optional.ofNullable(map);
	}

	/**
	 * Keeps a photo in the wijkschets, exactly as choosing it in the "Foto kiezen..." dialog does: relative to
	 * the analysis file's folder when it lies inside it, else absolute; one command.
	 *
	 * @param file the image file
	 */
	public void choosePhoto(Path file) {
		photo.choosePhoto(file);
	}

	/** @return what is wrong with the photo (missing, unreadable), shown instead of it; empty when fine or none */
	public Optional<String> getPhotoProblem() {
		return photo == null ? Optional.empty() : Optional.ofNullable(photo.getProblem());
	}

	/** @return whether a photo is shown */
	public boolean isPhotoShown() {
		return photo != null && photo.hasImage();
	}

	/**
	 * @return where the photo is drawn in its canvas (the key {@link OverzichtWidgetKeys#PHOTO}), aspect ratio
	 *         kept; empty without a photo
	 */
	public org.eclipse.swt.graphics.Rectangle getPhotoBounds() {
		return photo.imageBounds();
	}

	/** @return the table viewer of the sleutelprojecten, once the page is created */
	public Optional<TableViewer> getProjectsViewer() {
		return Optional.ofNullable(projects).map(ProjectsTable::getViewer);
	}
}
