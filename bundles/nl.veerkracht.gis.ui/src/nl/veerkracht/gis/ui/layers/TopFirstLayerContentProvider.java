package nl.veerkracht.gis.ui.layers;

import java.util.List;

import org.eclipse.jface.viewers.IStructuredContentProvider;

import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;

/** Lists a map's layers as GIS users expect: the layer drawn last (on top) first. */
final class TopFirstLayerContentProvider implements IStructuredContentProvider {

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof MapContent content) {
			List<Layer> layers = content.layers();
			return layers.reversed().toArray();
		}
		return new Object[0];
	}
}
