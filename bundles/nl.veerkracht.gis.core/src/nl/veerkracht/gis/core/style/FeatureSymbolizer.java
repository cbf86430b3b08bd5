package nl.veerkracht.gis.core.style;

import nl.veerkracht.gis.core.feature.Feature;

/**
 * Chooses the symbol of each feature of one layer; made by {@link LayerStyle#symbolizer}. Thread-safe.
 */
@FunctionalInterface
public interface FeatureSymbolizer {

	/**
	 * Returns the symbol a feature is drawn with.
	 *
	 * @param feature a feature of the schema the symbolizer was made for
	 * @return the symbol, never {@code null}
	 */
	SimpleStyle symbolFor(Feature feature);
}
