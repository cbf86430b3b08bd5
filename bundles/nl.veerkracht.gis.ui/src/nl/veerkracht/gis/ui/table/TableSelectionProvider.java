package nl.veerkracht.gis.ui.table;

import java.util.List;

import org.eclipse.jface.viewers.ISelection;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.ui.identify.IdentifiedFeature;
import nl.veerkracht.gis.ui.identify.IdentifiedFeatureSelectionProvider;

/**
 * The attribute table's selection for the workbench: its selected rows as {@link IdentifiedFeature}s,
 * so that the Properties view shows the row chosen. Selecting through this provider is not supported;
 * the table follows the map's selection instead. UI thread only.
 */
final class TableSelectionProvider extends IdentifiedFeatureSelectionProvider {

	void set(VectorLayer layer, List<Feature> features) {
		List<IdentifiedFeature> elements = layer == null ? List.of()
				: features.stream().map(feature -> new IdentifiedFeature(layer, feature)).toList();
		publish(elements);
	}

	@Override
	public void setSelection(ISelection newSelection) {
		// the map's selection drives the table; see AttributeTableView
	}
}
