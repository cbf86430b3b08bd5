package nl.veerkracht.scoring.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analyst's indicator weights: an immutable map from indicator id to a finite, non-negative weight.
 * Indicators without an entry have weight zero. Weights need not sum to one; the engine re-normalises them
 * over the indicators that are available for a region (see {@link Composite}).
 */
public final class Weights {

	private final Map<String, Double> byId;

	private Weights(Map<String, Double> byId) {
		this.byId = Collections.unmodifiableMap(byId);
	}

	/**
	 * Creates weights from a map.
	 *
	 * @param byId weight per indicator id
	 * @return the weights
	 * @throws IllegalArgumentException if a weight is negative or not finite
	 */
	public static Weights of(Map<String, Double> byId) {
		Map<String, Double> copy = new LinkedHashMap<>();
		byId.forEach((id, weight) -> copy.put(id, checkWeight(id, weight)));
		return new Weights(copy);
	}

	/**
	 * Returns the default weights of the specifications.
	 *
	 * @param specs the indicators
	 * @return each indicator's {@link IndicatorSpec#defaultWeight()}
	 */
	public static Weights defaults(List<IndicatorSpec> specs) {
		Map<String, Double> map = new LinkedHashMap<>();
		for (IndicatorSpec spec : specs) {
			map.put(spec.id(), spec.defaultWeight());
		}
		return new Weights(map);
	}

	/**
	 * Returns a copy with one weight changed.
	 *
	 * @param id     the indicator id
	 * @param weight the new weight
	 * @return the new weights
	 */
	public Weights with(String id, double weight) {
		Map<String, Double> copy = new LinkedHashMap<>(byId);
		copy.put(id, checkWeight(id, weight));
		return new Weights(copy);
	}

	/**
	 * Returns the weight of an indicator.
	 *
	 * @param id the indicator id
	 * @return its weight, zero when none was set
	 */
	public double get(String id) {
		Double weight = byId.get(id);
		return weight == null ? 0.0 : weight;
	}

	/** @return the weights by indicator id, unmodifiable */
	public Map<String, Double> asMap() {
		return byId;
	}

	/**
	 * Returns the weights in table order.
	 *
	 * @param specs the indicators
	 * @return one weight per indicator
	 */
	public double[] toArray(List<IndicatorSpec> specs) {
		double[] array = new double[specs.size()];
		for (int i = 0; i < array.length; i++) {
			array[i] = get(specs.get(i).id());
		}
		return array;
	}

	static double checkWeight(String id, double weight) {
		if (!(weight >= 0) || Double.isInfinite(weight)) {
			throw new IllegalArgumentException("weight of " + id + " must be finite and not negative: " + weight);
		}
		return weight;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Weights weights && weights.byId.equals(byId);
	}

	@Override
	public int hashCode() {
		return byId.hashCode();
	}

	@Override
	public String toString() {
		return "Weights" + byId;
	}
}
