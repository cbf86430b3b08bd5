package nl.veerkracht.gis.ui.style;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.style.CategorizedStyle;

/**
 * The distinct values of an attribute of a layer with how often each occurs, as a categorized style
 * matches them ({@link CategorizedStyle#keyOf(Object)}).
 *
 * @param values the distinct values, numbers in numeric order and texts in Dutch alphabetical order
 * @param noData how many features have no value
 */
record DistinctValues(List<Count> values, int noData) {

	/**
	 * One distinct value.
	 *
	 * @param key the value as a categorized style matches it
	 * @param count how many features have it
	 */
	record Count(String key, int count) {
	}

	/**
	 * Counts the values of an attribute.
	 *
	 * @param features the features
	 * @param attribute the attribute's name
	 * @return the distinct values and the number of features without a value
	 */
	static DistinctValues of(FeatureCollection features, String attribute) {
		int index = features.getSchema().indexOf(attribute);
		Map<String, Integer> counts = new HashMap<>();
		Map<String, Object> samples = new HashMap<>();
		int missing = 0;
		for (Feature feature : features.getFeatures()) {
			Object value = index < 0 ? null : feature.getAttribute(index);
			if (value == null || value instanceof Double d && d.isNaN()) {
				missing++;
				continue;
			}
			String key = CategorizedStyle.keyOf(value);
			counts.merge(key, 1, Integer::sum);
			samples.putIfAbsent(key, value);
		}
		List<Count> values = new ArrayList<>();
		counts.forEach((key, count) -> values.add(new Count(key, count)));
		values.sort(order(samples));
		return new DistinctValues(List.copyOf(values), missing);
	}

	private static Comparator<Count> order(Map<String, Object> samples) {
		Collator collator = Collator.getInstance(Locale.forLanguageTag("nl-NL"));
		return (a, b) -> {
			Object x = samples.get(a.key());
			Object y = samples.get(b.key());
			if (x instanceof Number m && y instanceof Number n) {
				return Double.compare(m.doubleValue(), n.doubleValue());
			}
			return collator.compare(a.key(), b.key());
		};
	}

	/**
	 * Returns the most frequent values, at most a number of them, still in value order.
	 *
	 * @param limit the most values to keep
	 * @return the values kept
	 */
	List<Count> mostFrequent(int limit) {
		if (values.size() <= limit) {
			return values;
		}
		List<Count> byCount = new ArrayList<>(values);
		byCount.sort(Comparator.comparingInt(Count::count).reversed());
		List<Count> kept = byCount.subList(0, limit);
		return values.stream().filter(kept::contains).toList();
	}
}
