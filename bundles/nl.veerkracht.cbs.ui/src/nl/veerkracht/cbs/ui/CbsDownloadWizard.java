package nl.veerkracht.cbs.ui;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import nl.veerkracht.cbs.ui.internal.Messages;
import nl.veerkracht.gis.ui.imports.LayerFactory;
import nl.veerkracht.gis.ui.map.MapView;

/**
 * File &gt; Import &gt; Downloaden van CBS en PDOK: a gemeente's Kerncijfers wijken en buurten from CBS
 * open data and its boundaries from PDOK, joined by region code, previewed before the layer is added.
 */
public final class CbsDownloadWizard extends Wizard implements IImportWizard {

	private IWorkbench workbench;
	private DownloadPreviewPage previewPage;

	/** Creates the wizard; the workbench calls {@link #init}. */
	public CbsDownloadWizard() {
		setWindowTitle(Messages.Download_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
	}

	@Override
	public void addPages() {
		DownloadParametersPage parameters = new DownloadParametersPage();
		previewPage = new DownloadPreviewPage(parameters);
		addPage(parameters);
		addPage(previewPage);
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == previewPage && previewPage.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		MapView map = MapView.show(workbench.getActiveWorkbenchWindow());
		LayerFactory.toLayers(List.of(previewPage.getJoin().features()), null, previewPage.describe(), map.getMapContent())
				.forEach(layer -> map.addLayer(layer, true));
		return true;
	}
}
