package nl.veerkracht.gis.ui.sld;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;

import nl.veerkracht.gis.core.feature.FeatureSchema;
import nl.veerkracht.gis.core.io.ReadWarning;
import nl.veerkracht.gis.core.io.ReadWarnings;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.style.LayerStyle;
import nl.veerkracht.gis.core.style.sld.SldException;
import nl.veerkracht.gis.core.style.sld.SldReader;
import nl.veerkracht.gis.core.style.sld.StyleFit;
import nl.veerkracht.gis.core.style.sld.StyledLayer;

/**
 * SLD importeren...: styles the selected layer as an SLD file says (ours, QGIS's or GeoServer's). A file
 * that cannot be read, has no style for the layer or styles by an attribute the layer lacks is explained in
 * a dialog naming the file, and the layer keeps its style; what is read differently is told afterwards.
 */
public final class ImportSldHandler extends LayerCommand {

	@Override
	void run(ExecutionEvent event, Shell shell, VectorLayer layer, MapContent map) {
		Optional<Path> file = sldFile(event, shell, SWT.OPEN, SldMessages.Sld_importTitle, layer);
		if (file.isEmpty()) {
			return;
		}
		Path path = file.get();
		FeatureSchema schema = layer.getFeatures().getSchema();
		ReadWarnings warnings = new ReadWarnings();
		List<StyledLayer> styles;
		try {
			styles = new SldReader(warnings).read(path);
		} catch (SldException e) {
			MessageDialog.openError(shell, SldMessages.Sld_errorTitle,
					NLS.bind(SldMessages.Sld_readError, e.getMessage(), path.toAbsolutePath()));
			return;
		}
		Optional<StyledLayer> styled = SldReader.forLayer(styles, schema.getName());
		if (styled.isEmpty()) {
			String names = styles.stream().map(StyledLayer::name).collect(Collectors.joining(", ")); //$NON-NLS-1$
			MessageDialog.openError(shell, SldMessages.Sld_errorTitle, NLS.bind(SldMessages.Sld_noStyleForLayer,
					new Object[] { path.getFileName(), names, schema.getName(), path.toAbsolutePath() }));
			return;
		}
		ReadWarnings misfits = new ReadWarnings();
		Optional<LayerStyle> style = StyleFit.toLayer(styled.get().style(), schema, path.getFileName().toString(), misfits);
		if (style.isEmpty()) {
			String why = misfits.list().stream().map(ReadWarning::message).collect(Collectors.joining("\n")); //$NON-NLS-1$
			MessageDialog.openError(shell, SldMessages.Sld_errorTitle,
					NLS.bind(SldMessages.Sld_doesNotFit, new Object[] { path.getFileName(), layer.getTitle(), why }));
			return;
		}
		map.setStyle(layer, style.get());
		status(event, NLS.bind(SldMessages.Sld_imported, path.getFileName(), layer.getTitle()));
		misfits.list().forEach(warnings::warn);
		tell(shell, path, warnings.list());
	}
}
