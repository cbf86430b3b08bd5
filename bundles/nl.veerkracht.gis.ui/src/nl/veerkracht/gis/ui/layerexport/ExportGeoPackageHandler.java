package nl.veerkracht.gis.ui.layerexport;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.geopackage.NamedStyle;
import nl.veerkracht.gis.geopackage.StyledTable;

/**
 * Exporteren als GeoPackage...: writes the layer selected in the Layers view, with its current style, to a
 * GeoPackage that QGIS opens already styled, in an {@link ExportGeoPackageJob}. The file is the command's
 * {@value #FILE_PARAMETER} parameter (for scripts and tests), or else chosen in a file dialog.
 */
public final class ExportGeoPackageHandler extends AbstractHandler {

	/** The id of the optional command parameter naming the GeoPackage to write. */
	public static final String FILE_PARAMETER = "nl.veerkracht.gis.ui.layerexport.file"; //$NON-NLS-1$

	private static final String[] EXTENSIONS = { "*.gpkg", "*.*" }; //$NON-NLS-1$ //$NON-NLS-2$

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		Optional<VectorLayer> selected = selectedLayer(event);
		if (selected.isEmpty()) {
			MessageDialog.openInformation(shell, LayerExportMessages.LayerExport_title,
					LayerExportMessages.LayerExport_noLayer);
			return null;
		}
		VectorLayer layer = selected.get();
		Optional<Path> file = file(event, shell, layer);
		if (file.isPresent()) {
			String name = layer.getTitle().isBlank() ? layer.getFeatures().getSchema().getName() : layer.getTitle();
			StyledTable table = new StyledTable(layer.getFeatures(), List.of(new NamedStyle(name.isBlank() ? "stijl" //$NON-NLS-1$
					: name, LayerExportMessages.LayerExport_styleDescription, layer.getStyle())));
			new ExportGeoPackageJob(table, layer.getTitle(), file.get(), shell, statusLine(event)).schedule();
		}
		return null;
	}

	private static Optional<VectorLayer> selectedLayer(ExecutionEvent event) {
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection structured && structured.size() == 1
				&& structured.getFirstElement() instanceof VectorLayer layer) {
			return Optional.of(layer);
		}
		return Optional.empty();
	}

	private static Optional<Path> file(ExecutionEvent event, Shell shell, VectorLayer layer) {
		String parameter = event.getParameter(FILE_PARAMETER);
		if (parameter != null && !parameter.isBlank()) {
			return Optional.of(Path.of(parameter));
		}
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(LayerExportMessages.LayerExport_title);
		dialog.setFilterExtensions(EXTENSIONS);
		dialog.setFilterNames(new String[] { LayerExportMessages.LayerExport_filterGeoPackage,
				LayerExportMessages.LayerExport_filterAll });
		layer.getSource().map(Path::getParent).ifPresent(folder -> dialog.setFilterPath(folder.toString()));
		dialog.setFileName(layer.getTitle().replaceAll("[\\\\/:*?\"<>|]", "_") + ".gpkg"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		dialog.setOverwrite(true);
		return Optional.ofNullable(dialog.open()).map(Path::of);
	}

	private static IStatusLineManager statusLine(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		return part instanceof IViewPart view ? view.getViewSite().getActionBars().getStatusLineManager() : null;
	}
}
