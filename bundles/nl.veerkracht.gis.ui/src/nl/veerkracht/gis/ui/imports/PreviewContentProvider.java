package nl.veerkracht.gis.ui.imports;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;

import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.layer.VectorLayer;

/** The preview tree: files, then their layers (or error lines), then the layers' columns. */
final class PreviewContentProvider implements ITreeContentProvider {

	/** One line of a file's error message. */
	record ErrorLine(String text) {
	}

	/** Something the format noticed and worked around while reading a file. */
	record WarningLine(String text) {
	}

	/** One column of a layer. */
	record Column(VectorLayer layer, AttributeDescriptor attribute) {
	}

	@Override
	public Object[] getElements(Object input) {
		return input instanceof List<?> results ? results.toArray() : new Object[0];
	}

	@Override
	public Object[] getChildren(Object element) {
		if (element instanceof FileReadResult result) {
			if (!result.isRead()) {
				return result.error().lines().filter(line -> !line.isBlank()).map(ErrorLine::new).toArray();
			}
			List<Object> children = new ArrayList<>();
			result.warnings().forEach(warning -> children.add(new WarningLine(warning.message())));
			children.addAll(result.layers());
			return children.toArray();
		}
		if (element instanceof VectorLayer layer) {
			return layer.getFeatures().getSchema().getAttributes().stream().map(a -> new Column(layer, a)).toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return element instanceof Column column ? column.layer() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return getChildren(element).length > 0;
	}
}
