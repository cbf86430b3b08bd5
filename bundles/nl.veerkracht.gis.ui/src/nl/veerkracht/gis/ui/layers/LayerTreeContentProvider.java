package nl.veerkracht.gis.ui.layers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;

import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.style.LegendEntry;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;

/**
 * Lists a map's layers as GIS users expect, the layer drawn last (on top) first, each with its legend
 * entries below it; "geen gegevens" comes last, as the style's legend gives it. A single-symbol layer has
 * no entries: its symbol is shown on the layer's own row.
 */
final class LayerTreeContentProvider implements ITreeContentProvider {

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof MapContent content) {
			return content.layers().reversed().toArray();
		}
		return new Object[0];
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof Layer layer && hasLegend(layer)) {
			List<LegendEntry> legend = layer.getStyle().legend();
			List<LegendItem> items = new ArrayList<>(legend.size());
			for (int i = 0; i < legend.size(); i++) {
				items.add(new LegendItem(layer, i, legend.get(i)));
			}
			return items.toArray();
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return element instanceof LegendItem item ? item.layer() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return element instanceof Layer layer && hasLegend(layer);
	}

	/**
	 * Tells whether a layer's legend is listed below it.
	 *
	 * @param layer the layer
	 * @return {@code true} for classified styles
	 */
	static boolean hasLegend(Layer layer) {
		return !(layer.getStyle() instanceof SingleSymbolStyle);
	}
}
