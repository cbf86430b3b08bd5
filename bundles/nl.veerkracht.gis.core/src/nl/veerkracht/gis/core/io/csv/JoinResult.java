package nl.veerkracht.gis.core.io.csv;

import java.util.List;
import java.util.Objects;

import nl.veerkracht.gis.core.feature.FeatureCollection;

/**
 * The outcome of {@link TableJoin#join}.
 *
 * @param joined               the layer's features with the table's columns added (null where no row matched)
 * @param matchedFeatures      how many features found a table row
 * @param unmatchedLayerKeys   key values of features that found no row, as written in the layer, in layer order
 * @param unmatchedTableKeys   key values of table rows that matched no feature, as written in the table, in
 *                             table order
 * @param duplicateTableKeys   key values that occur in more than one table row (the first row is used)
 * @param featuresWithoutKey   how many features have no key value
 */
public record JoinResult(FeatureCollection joined, int matchedFeatures, List<String> unmatchedLayerKeys,
		List<String> unmatchedTableKeys, List<String> duplicateTableKeys, int featuresWithoutKey) {

	/**
	 * Validates and copies the components.
	 *
	 * @throws NullPointerException if a list or the collection is null
	 */
	public JoinResult {
		Objects.requireNonNull(joined, "joined");
		unmatchedLayerKeys = List.copyOf(unmatchedLayerKeys);
		unmatchedTableKeys = List.copyOf(unmatchedTableKeys);
		duplicateTableKeys = List.copyOf(duplicateTableKeys);
	}
}
