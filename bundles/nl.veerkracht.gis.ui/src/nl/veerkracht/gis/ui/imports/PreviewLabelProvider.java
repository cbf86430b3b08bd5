package nl.veerkracht.gis.ui.imports;

import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jface.viewers.ITableColorProvider;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.ui.imports.PreviewContentProvider.Column;
import nl.veerkracht.gis.ui.imports.PreviewContentProvider.ErrorLine;
import nl.veerkracht.gis.ui.imports.PreviewContentProvider.WarningLine;
import nl.veerkracht.gis.ui.internal.Messages;

/** Texts of the preview tree: what each file, layer and column is; errors in red. */
final class PreviewLabelProvider extends LabelProvider implements ITableLabelProvider, ITableColorProvider {

	private final Color error;
	private final Color warning;

	PreviewLabelProvider(Display display) {
		error = display.getSystemColor(SWT.COLOR_DARK_RED);
		warning = display.getSystemColor(SWT.COLOR_DARK_YELLOW);
	}

	@Override
	public String getColumnText(Object element, int column) {
		if (element instanceof FileReadResult result) {
			return column == 0 ? result.file().getFileName().toString()
					: result.isRead() ? NLS.bind(Messages.ImportLayers_fileDetails, result.format(), result.layers().size())
							: Messages.ImportLayers_fileUnreadable;
		}
		if (element instanceof VectorLayer layer) {
			FeatureCollection features = layer.getFeatures();
			return column == 0 ? features.getSchema().getName()
					: NLS.bind(Messages.ImportLayers_layerDetails,
							new Object[] { features.size(), features.getCrs().code(), geometryTypes(features) });
		}
		if (element instanceof Column c) {
			return column == 0 ? c.attribute().name() : Messages.of(c.attribute().type());
		}
		if (element instanceof ErrorLine line) {
			return column == 0 ? "" : line.text(); //$NON-NLS-1$
		}
		if (element instanceof WarningLine line) {
			return column == 0 ? Messages.ImportLayers_warning : line.text();
		}
		return ""; //$NON-NLS-1$
	}

	private static String geometryTypes(FeatureCollection features) {
		Set<String> types = new TreeSet<>();
		for (Feature feature : features.getFeatures()) {
			if (!feature.getGeometry().isEmpty()) {
				types.add(feature.getGeometry().getGeometryType());
			}
		}
		return types.isEmpty() ? Messages.ImportLayers_noGeometry : String.join(", ", types); //$NON-NLS-1$
	}

	@Override
	public Image getColumnImage(Object element, int column) {
		return null;
	}

	@Override
	public Color getForeground(Object element, int column) {
		boolean failed = element instanceof ErrorLine || element instanceof FileReadResult result && !result.isRead();
		return failed ? error : element instanceof WarningLine ? warning : null;
	}

	@Override
	public Color getBackground(Object element, int column) {
		return null;
	}
}
