package nl.veerkracht.gis.ui.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.ui.identify.IdentifiedFeature;
import nl.veerkracht.gis.ui.identify.IdentifiedFeatureSelectionProvider;

/**
 * The Map view's selection for the workbench: the selected features of all layers as
 * {@link IdentifiedFeature}s, top layer first, so that the Properties view shows what was identified.
 * It mirrors the selections held by the {@link MapContent}; setting it selects features there. UI
 * thread only.
 */
final class MapSelectionProvider extends IdentifiedFeatureSelectionProvider {

	private final MapContent content;

	MapSelectionProvider(MapContent content) {
		this.content = content;
	}

	@Override
	public void setSelection(ISelection newSelection) {
		Map<Layer, List<Feature>> byLayer = new IdentityHashMap<>();
		content.layers().forEach(layer -> byLayer.put(layer, new ArrayList<>()));
		if (newSelection instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				if (element instanceof IdentifiedFeature identified && byLayer.containsKey(identified.layer())) {
					byLayer.get(identified.layer()).add(identified.feature());
				}
			}
		}
		byLayer.forEach(content::setSelection);
		refresh();
	}

	/** Takes over the selections of the map's layers and tells the listeners if they changed. */
	void refresh() {
		List<IdentifiedFeature> elements = new ArrayList<>();
		List<Layer> layers = content.layers();
		for (int i = layers.size() - 1; i >= 0; i--) {
			if (layers.get(i) instanceof VectorLayer layer && !layer.getSelection().isEmpty()) {
				addSelected(layer, layer.getSelection(), elements);
			}
		}
		publish(elements);
	}

	private static void addSelected(VectorLayer layer, Collection<Feature> selected, List<IdentifiedFeature> elements) {
		for (Feature feature : layer.getFeatures().getFeatures()) {
			if (selected.contains(feature)) {
				elements.add(new IdentifiedFeature(layer, feature));
			}
		}
	}
}
