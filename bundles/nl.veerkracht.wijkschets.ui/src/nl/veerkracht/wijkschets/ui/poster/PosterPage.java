package nl.veerkracht.wijkschets.ui.poster;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.scoring.ui.SignalMapListener;
import nl.veerkracht.scoring.ui.SignalMapSession;
import nl.veerkracht.wijkschets.ui.editor.EditorPageHeader;
import nl.veerkracht.wijkschets.ui.editor.WijkschetsEditor;

/**
 * The editor's Poster page: a preview of the poster's front page as the wijkschets stands (with today's date, the
 * participants remembered for it and the open signal map), redrawn in the background after changes while the page
 * is shown, and the header with "Poster exporteren…".
 */
public final class PosterPage extends FormPage {

	/** The page id. */
	public static final String ID = "nl.veerkracht.wijkschets.ui.poster.page"; //$NON-NLS-1$

	/** The id of the preview image (a label). */
	public static final String PREVIEW = "wijkschets.poster.preview"; //$NON-NLS-1$

	private static final int PREVIEW_WIDTH = 1100;

	private final WijkschetsEditor editor;
	private final SignalMapListener signalMapListener = session -> changed();
	private Label preview;
	private Image image;
	private boolean stale = true;
	private PosterPreviewJob job;
	private int generation;

	/**
	 * @param editor the wijkschets editor
	 */
	public PosterPage(WijkschetsEditor editor) {
		super(editor, ID, PosterMessages.Page_title);
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		EditorPageHeader.install(managedForm, editor, PosterMessages.Page_title);
		FormToolkit toolkit = managedForm.getToolkit();
		ScrolledForm form = managedForm.getForm();
		Composite body = form.getBody();
		body.setLayout(new GridLayout(1, false));
		Label hint = toolkit.createLabel(body, PosterMessages.Page_hint, SWT.WRAP);
		hint.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		preview = WidgetKeys.set(toolkit.createLabel(body, "", SWT.BORDER), PREVIEW); //$NON-NLS-1$
		preview.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
		editor.addModelListener(this::changed);
		SignalMapSession.addListener(signalMapListener);
		preview.addDisposeListener(event -> {
			SignalMapSession.removeListener(signalMapListener);
			if (job != null) {
				job.cancel();
			}
			if (image != null) {
				image.dispose();
			}
		});
		refresh();
	}

	@Override
	public void setActive(boolean active) {
		super.setActive(active);
		if (active && stale) {
			refresh();
		}
	}

	private void changed() {
		stale = true;
		if (isActive()) {
			refresh();
		}
	}

	private void refresh() {
		if (preview == null || preview.isDisposed()) {
			return;
		}
		stale = false;
		Wijkschets schets = editor.getWijkschets();
		IFile file = editor.getFile();
		String fragment = schets.eResource() == null ? "" : schets.eResource().getURIFragment(schets); //$NON-NLS-1$
		List<String> participants = PosterSettings.workbench().participants(file, fragment);
		Path folder = file.getLocation() == null ? null : file.getLocation().toFile().toPath().getParent();
		Optional<Path> photo = PosterPhoto.resolve(schets.getPhotoPath(), folder);
		if (job != null) {
			job.cancel();
		}
		Display display = preview.getDisplay();
		int mine = ++generation;
		// a cancelled job may still deliver; only the latest request's drawing is shown
		job = new PosterPreviewJob(PosterBuilder.content(schets, LocalDate.now(), participants,
				PosterBuilder.signalMaps(schets)), photo, PREVIEW_WIDTH, data -> display.asyncExec(() -> {
					if (mine == generation) {
						show(data);
					}
				}));
		job.schedule();
	}

	private void show(ImageData data) {
		if (preview == null || preview.isDisposed()) {
			return;
		}
		Image old = image;
		image = new Image(preview.getDisplay(), data);
		preview.setImage(image);
		if (old != null) {
			old.dispose();
		}
		getManagedForm().getForm().reflow(true);
	}
}
