package nl.veerkracht.gis.ui.sld;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.WarningSink;
import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.style.sld.SldSidecar;
import nl.veerkracht.gis.core.style.sld.StyledLayer;
import nl.veerkracht.gis.ui.internal.DataSourceMessages;

/**
 * Stijl opslaan: keeps the selected layer's style in the style file beside its data file
 * ({@code <name>.sld}, see {@link SldSidecar}), so that the layer opens in this style next time, here or in
 * other GIS software. The styles of the data file's other layers in the map are saved with it; those of
 * layers not in the map stay as they were. The file is written safely.
 */
public final class SaveStyleHandler extends LayerCommand {

	@Override
	void run(ExecutionEvent event, Shell shell, VectorLayer layer, MapContent map) {
		if (layer.getSource().isEmpty()) {
			MessageDialog.openInformation(shell, SldMessages.Sld_noFileTitle,
					NLS.bind(SldMessages.Sld_noFile, layer.getTitle()));
			return;
		}
		Path source = layer.getSource().get();
		Map<String, StyledLayer> saved = new LinkedHashMap<>();
		StyledLayer own = styled(layer);
		saved.put(own.name(), own);
		for (Layer other : map.layers()) {
			if (other instanceof VectorLayer vector && vector.getSource().equals(layer.getSource())) {
				saved.computeIfAbsent(vector.getFeatures().getSchema().getName(), name -> styled(vector));
			}
		}
		try {
			List<StyledLayer> styles = SldSidecar.load(source, WarningSink.IGNORE).with(List.copyOf(saved.values()));
			Path written = SldSidecar.save(source, styles);
			status(event, NLS.bind(SldMessages.Sld_saved, written.getFileName(), source.getFileName()));
		} catch (DataSourceException e) {
			MessageDialog.openError(shell, SldMessages.Sld_errorTitle,
					NLS.bind(SldMessages.Sld_writeError, DataSourceMessages.describe(e)));
		}
	}
}
