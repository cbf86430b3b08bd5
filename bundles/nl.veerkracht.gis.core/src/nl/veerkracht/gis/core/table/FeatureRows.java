package nl.veerkracht.gis.core.table;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import nl.veerkracht.gis.core.feature.Feature;

/**
 * The rows of an attribute table: a list of features in a chosen order, optionally filtered. Sorting
 * compares numbers as numbers and text with the collation of a locale; missing values (null, or what the
 * caller declares missing, such as CBS secrecy codes) always come last, in both directions. Rows with
 * equal keys keep their original order.
 * <p>
 * Not thread-safe; confine an instance to one thread (the UI thread of a table).
 */
public final class FeatureRows {

	private final List<Feature> features;
	private final Collator collator;
	private Integer[] order;
	private Predicate<Feature> filter = feature -> true;
	private List<Feature> rows;
	private Map<Feature, Integer> rowByFeature;

	/**
	 * Creates the rows of features in their original order, unfiltered, with Dutch collation.
	 *
	 * @param features the features
	 */
	public FeatureRows(List<Feature> features) {
		this(features, Locale.forLanguageTag("nl-NL"));
	}

	/**
	 * Creates the rows of features in their original order, unfiltered.
	 *
	 * @param features the features
	 * @param locale the locale whose collation orders text
	 */
	public FeatureRows(List<Feature> features, Locale locale) {
		this.features = List.copyOf(features);
		this.collator = Collator.getInstance(locale);
		this.order = new Integer[this.features.size()];
		Arrays.setAll(order, i -> i);
		update();
	}

	/**
	 * Sorts the rows by one attribute.
	 *
	 * @param attributeIndex the attribute's column index in the features' schema
	 * @param ascending {@code true} for small to large, A to Z
	 * @param missing tells for a feature and its value whether the value counts as missing; {@code null}
	 *        values always do
	 */
	public void sort(int attributeIndex, boolean ascending, BiPredicate<Feature, Object> missing) {
		Objects.requireNonNull(missing, "missing");
		Object[] keys = new Object[features.size()];
		boolean[] absent = new boolean[features.size()];
		for (int i = 0; i < keys.length; i++) {
			Feature feature = features.get(i);
			keys[i] = feature.getAttribute(attributeIndex);
			absent[i] = keys[i] == null || missing.test(feature, keys[i]);
		}
		Comparator<Integer> byValue = (a, b) -> compare(keys[a], keys[b]);
		Comparator<Integer> directed = ascending ? byValue : byValue.reversed();
		Comparator<Integer> comparator = (a, b) -> {
			if (absent[a] || absent[b]) {
				return Boolean.compare(absent[a], absent[b]);
			}
			return directed.compare(a, b);
		};
		Arrays.setAll(order, i -> i);
		Arrays.sort(order, comparator.thenComparingInt(i -> i));
		update();
	}

	/** Puts the rows back in the features' original order. */
	public void unsort() {
		Arrays.setAll(order, i -> i);
		update();
	}

	/**
	 * Shows only the features that pass a filter, in the current order.
	 *
	 * @param newFilter the filter, or {@code null} to show all features
	 */
	public void filter(Predicate<Feature> newFilter) {
		filter = newFilter == null ? feature -> true : newFilter;
		update();
	}

	/**
	 * Returns the number of rows shown.
	 *
	 * @return the rows that pass the filter
	 */
	public int size() {
		return rows.size();
	}

	/**
	 * Returns the number of features, shown or not.
	 *
	 * @return all features
	 */
	public int featureCount() {
		return features.size();
	}

	/**
	 * Returns the feature of a row.
	 *
	 * @param row the row, from 0
	 * @return the feature
	 * @throws IndexOutOfBoundsException if the row does not exist
	 */
	public Feature get(int row) {
		return rows.get(row);
	}

	/**
	 * Returns the row of a feature.
	 *
	 * @param feature a feature, compared by identity
	 * @return its row, or -1 if it is filtered out or not one of these features
	 */
	public int rowOf(Feature feature) {
		Integer row = rowByFeature.get(feature);
		return row == null ? -1 : row;
	}

	/**
	 * Returns all features, shown or not, in their original order.
	 *
	 * @return an immutable list
	 */
	public List<Feature> features() {
		return features;
	}

	private void update() {
		List<Feature> shown = new ArrayList<>();
		Map<Feature, Integer> positions = new IdentityHashMap<>();
		for (Integer index : order) {
			Feature feature = features.get(index);
			if (filter.test(feature)) {
				positions.put(feature, shown.size());
				shown.add(feature);
			}
		}
		rows = shown;
		rowByFeature = positions;
	}

	private int compare(Object a, Object b) {
		if (a instanceof Number x && b instanceof Number y) {
			return Double.compare(x.doubleValue(), y.doubleValue());
		}
		if (a instanceof Boolean x && b instanceof Boolean y) {
			return Boolean.compare(x, y);
		}
		return collator.compare(a.toString(), b.toString());
	}
}
