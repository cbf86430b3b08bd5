package nl.veerkracht.scoring.ui.open;

import java.util.Objects;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.ui.map.MapView;

/**
 * "Signaleringskaart maken…": choose KWB files and buurt boundaries, look at what they hold and set the
 * parameters, then Finish makes the signal map in a background job ({@link OpenSignalMapJob}) and shows it
 * in the Map view. The wizard itself changes nothing in the map.
 */
public final class SignalMapWizard extends Wizard {

	private final IWorkbenchWindow window;
	private SignalMapFilesPage filesPage;
	private SignalMapPreviewPage previewPage;

	/**
	 * @param window the workbench window whose Map view gets the signal map and offers its buurt layers
	 */
	public SignalMapWizard(IWorkbenchWindow window) {
		this.window = Objects.requireNonNull(window, "window");
		setWindowTitle(OpenMessages.Wizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		filesPage = new SignalMapFilesPage(BuurtLayers.of(mapContent()));
		previewPage = new SignalMapPreviewPage(filesPage);
		addPage(filesPage);
		addPage(previewPage);
	}

	private MapContent mapContent() {
		IWorkbenchPage page = window.getActivePage();
		return page != null && page.findView(MapView.ID) instanceof MapView view ? view.getMapContent() : null;
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == previewPage && previewPage.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		previewPage.request().job(window).schedule();
		return true;
	}
}
