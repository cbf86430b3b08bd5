package nl.veerkracht.gis.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

import nl.veerkracht.gis.ui.internal.Messages;
import nl.veerkracht.gis.ui.map.MapView;

/**
 * File &gt; Export &gt; Kaartafbeelding, also on the Map view's toolbar: the map as the Map view shows
 * it, with title, legend, scale bar, north arrow and attribution, to PNG, SVG or PDF. The export runs
 * in an {@link ExportMapJob} after the wizard closes.
 */
public final class ExportMapWizard extends Wizard implements IExportWizard {

	private IWorkbench workbench;
	private ExportMapPage page;

	/** Creates the wizard; the workbench calls {@link #init}. */
	public ExportMapWizard() {
		setWindowTitle(Messages.ExportMap_title);
	}

	@Override
	public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
		this.workbench = newWorkbench;
	}

	@Override
	public void addPages() {
		MapView view = MapView.show(workbench.getActiveWorkbenchWindow());
		page = new ExportMapPage(MapSnapshot.of(view));
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path file = page.file();
		if (Files.exists(file) && !MessageDialog.openQuestion(getShell(), Messages.ExportMap_overwriteTitle,
				NLS.bind(Messages.ExportMap_overwrite, file))) {
			return false;
		}
		new ExportMapJob(page.settings(), page.format(), file, workbench.getActiveWorkbenchWindow().getShell())
				.schedule();
		return true;
	}
}
