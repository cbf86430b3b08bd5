package nl.veerkracht.gis.ui.sld;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;

import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.style.sld.SldWriter;
import nl.veerkracht.gis.ui.internal.DataSourceMessages;

/**
 * SLD exporteren...: writes the selected layer's style as an OGC SLD 1.0.0 file that QGIS, GeoServer and
 * this workbench read. An existing file is replaced only when the new one is complete.
 */
public final class ExportSldHandler extends LayerCommand {

	@Override
	void run(ExecutionEvent event, Shell shell, VectorLayer layer, MapContent map) {
		Optional<Path> file = sldFile(event, shell, SWT.SAVE, SldMessages.Sld_exportTitle, layer);
		if (file.isEmpty()) {
			return;
		}
		try {
			SldWriter.write(file.get(), List.of(styled(layer)));
			status(event, NLS.bind(SldMessages.Sld_exported, layer.getTitle(), file.get()));
		} catch (DataSourceException e) {
			MessageDialog.openError(shell, SldMessages.Sld_errorTitle,
					NLS.bind(SldMessages.Sld_writeError, DataSourceMessages.describe(e)));
		}
	}
}
