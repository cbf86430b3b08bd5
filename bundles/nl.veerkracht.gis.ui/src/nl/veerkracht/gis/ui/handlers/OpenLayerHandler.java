package nl.veerkracht.gis.ui.handlers;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.veerkracht.gis.core.io.DataFormatRegistry;
import nl.veerkracht.gis.ui.imports.FileDialogFilters;
import nl.veerkracht.gis.ui.internal.Messages;
import nl.veerkracht.gis.ui.open.LayerOpener;

/** File &gt; Open Layer...: asks for one or more files and opens them as layers of the map. */
public final class OpenLayerHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		FileDialog dialog = new FileDialog(HandlerUtil.getActiveShellChecked(event), SWT.OPEN | SWT.MULTI);
		dialog.setText(Messages.OpenLayer_dialogTitle);
		FileDialogFilters filters = FileDialogFilters.of(DataFormatRegistry.getDefault());
		dialog.setFilterExtensions(filters.extensions());
		dialog.setFilterNames(filters.names());
		if (dialog.open() == null) {
			return null;
		}
		Path folder = Path.of(dialog.getFilterPath());
		List<Path> files = Arrays.stream(dialog.getFileNames()).map(folder::resolve).toList();
		LayerOpener.open(MapViews.showMapView(event), files);
		return null;
	}
}
