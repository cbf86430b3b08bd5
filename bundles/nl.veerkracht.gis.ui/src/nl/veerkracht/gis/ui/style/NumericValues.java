package nl.veerkracht.gis.ui.style;

import java.util.Arrays;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;

/**
 * The values of a numeric attribute of a layer, one per feature, NaN where a feature has no value.
 *
 * @param values one value per feature, NaN for "geen gegevens"
 * @param noData how many features have no value
 */
record NumericValues(double[] values, int noData) {

	/**
	 * Reads an attribute of every feature. Missing, non-numeric and infinite values count as no data.
	 *
	 * @param features the features
	 * @param attribute the attribute's name
	 * @return the values
	 */
	static NumericValues of(FeatureCollection features, String attribute) {
		int index = features.getSchema().indexOf(attribute);
		double[] values = new double[features.size()];
		int missing = 0;
		int i = 0;
		for (Feature feature : features.getFeatures()) {
			Object value = index < 0 ? null : feature.getAttribute(index);
			double number = value instanceof Number n ? n.doubleValue() : Double.NaN;
			if (!Double.isFinite(number)) {
				number = Double.NaN;
				missing++;
			}
			values[i++] = number;
		}
		return new NumericValues(values, missing);
	}

	/** @return the values that are numbers, ascending */
	double[] sorted() {
		return Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
	}
}
