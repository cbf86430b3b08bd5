package nl.veerkracht.gis.ui.imports;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.ui.internal.Messages;
import nl.veerkracht.gis.ui.map.MapView;

/**
 * File &gt; Import &gt; Lagen: spatial data files (every registered data format) into the map, with a
 * preview of what each file holds before anything is added.
 */
public final class LayerImportWizard extends Wizard implements IImportWizard {

	private IWorkbench workbench;
	private MapView mapView;
	private LayerFilesPage filesPage;
	private LayerPreviewPage previewPage;

	/** Creates the wizard; the workbench calls {@link #init}. */
	public LayerImportWizard() {
		setWindowTitle(Messages.ImportLayers_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
	}

	@Override
	public void addPages() {
		mapView = MapView.show(workbench.getActiveWorkbenchWindow());
		filesPage = new LayerFilesPage();
		previewPage = new LayerPreviewPage(filesPage, mapView.getMapContent());
		addPage(filesPage);
		addPage(previewPage);
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == previewPage && previewPage.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		for (FileReadResult result : previewPage.getResults()) {
			for (VectorLayer layer : result.layers()) {
				mapView.addLayer(layer, true);
			}
		}
		return true;
	}
}
