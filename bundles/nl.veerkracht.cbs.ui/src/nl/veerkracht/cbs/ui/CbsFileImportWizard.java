package nl.veerkracht.cbs.ui;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import nl.veerkracht.cbs.join.JoinResult;
import nl.veerkracht.cbs.ui.internal.Messages;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.ui.imports.LayerFactory;
import nl.veerkracht.gis.ui.map.MapView;

/**
 * File &gt; Import &gt; CBS-cijfers: CBS Kerncijfers wijken en buurten and Wijk- en Buurtkaart files,
 * read through the variable catalogue and joined to boundaries by region code, with a preview of
 * years, regions, missing values and what did not join before the layer is added.
 */
public final class CbsFileImportWizard extends Wizard implements IImportWizard {

	private IWorkbench workbench;
	private CbsFilesPage filesPage;
	private CbsPreviewPage previewPage;

	/** Creates the wizard; the workbench calls {@link #init}. */
	public CbsFileImportWizard() {
		setWindowTitle(Messages.CbsImport_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
	}

	@Override
	public void addPages() {
		filesPage = new CbsFilesPage();
		previewPage = new CbsPreviewPage(filesPage);
		addPage(filesPage);
		addPage(previewPage);
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == previewPage && previewPage.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		JoinResult join = previewPage.getJoin();
		MapView map = MapView.show(workbench.getActiveWorkbenchWindow());
		String title = NLS.bind(Messages.CbsImport_layerTitle, join.report().year(), previewPage.boundaryName());
		List<VectorLayer> layers = LayerFactory.toLayers(List.of(join.features()), null, title, map.getMapContent());
		layers.forEach(layer -> map.addLayer(layer, true));
		return true;
	}
}
