package nl.veerkracht.gis.ui.layers;

import java.util.Objects;

import org.eclipse.core.runtime.IAdaptable;

import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.style.LegendEntry;

/**
 * A legend entry of a layer as the Layers view shows it, under the layer. It adapts to its {@link Layer},
 * so that layer commands act on the layer of a selected legend entry.
 *
 * @param layer the layer whose legend it is part of
 * @param index its position in the legend, from 0
 * @param entry the symbol and its label
 */
public record LegendItem(Layer layer, int index, LegendEntry entry) implements IAdaptable {

	/**
	 * Validates the components.
	 *
	 * @throws NullPointerException if the layer or entry is {@code null}
	 */
	public LegendItem {
		Objects.requireNonNull(layer, "layer"); //$NON-NLS-1$
		Objects.requireNonNull(entry, "entry"); //$NON-NLS-1$
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return adapter.isInstance(layer) ? adapter.cast(layer) : null;
	}
}
