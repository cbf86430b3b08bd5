package nl.veerkracht.scoring.ui.weights;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.veerkracht.scoring.engine.IndicatorSpec;
import nl.veerkracht.scoring.engine.Role;
import nl.veerkracht.scoring.engine.Weights;

/**
 * The weights being edited in the Gewichten view, one per indicator of the signal map's table, with the
 * rule that keeps the map meaningful: a scored group (kwetsbaarheid, the draagkracht dragers, the
 * draagkracht vragers) never loses its last weight. With every kwetsbaarheid weight at 0 no buurt would
 * have a composite and the whole map would be <em>geen gegevens</em> (and with every drager or vrager at 0
 * no buurt a draagkracht), so setting the last one to 0 sets it to {@link #MINIMUM} instead, and the view
 * says why. Context indicators are never scored; their weights are kept as they are.
 */
final class WeightsDraft {

	/** The smallest weight the editor sets: one step of the slider. */
	static final double MINIMUM = 0.1;

	/** The largest weight the editor sets. */
	static final double MAXIMUM = 5.0;

	private final List<IndicatorSpec> specs;
	private final Map<String, Double> weights = new LinkedHashMap<>();

	/**
	 * @param specs   the indicators of the table
	 * @param initial the weights to start from
	 */
	WeightsDraft(List<IndicatorSpec> specs, Weights initial) {
		this.specs = List.copyOf(specs);
		replaceWith(initial);
	}

	/**
	 * Takes over other weights, for example after the session was rescored with weights set elsewhere.
	 *
	 * @param other the weights
	 */
	void replaceWith(Weights other) {
		for (IndicatorSpec spec : specs) {
			weights.put(spec.id(), other.get(spec.id()));
		}
	}

	/**
	 * Sets a weight, keeping the last weight of a scored group above zero.
	 *
	 * @param id     an indicator id of the table
	 * @param weight the weight wanted, 0 to {@link #MAXIMUM} (or to the default weight, should that be larger)
	 * @return the weight set: {@code weight}, or {@link #MINIMUM} when 0 would leave its group without weight
	 * @throws IllegalArgumentException if the id is not in the table or the weight is out of range
	 */
	double set(String id, double weight) {
		IndicatorSpec spec = spec(id);
		double largest = Math.max(MAXIMUM, spec.defaultWeight());
		if (!(weight >= 0 && weight <= largest + 1e-9)) {
			throw new IllegalArgumentException("weight of " + id + " must lie in [0, " + largest + "]: " + weight);
		}
		double applied = weight;
		if (weight == 0 && spec.role() != Role.CONTEXT && totalOfOthers(spec) == 0) {
			applied = MINIMUM;
		}
		weights.put(id, applied);
		return applied;
	}

	private double totalOfOthers(IndicatorSpec spec) {
		double total = 0;
		for (IndicatorSpec other : specs) {
			if (other != spec && other.role() == spec.role()) {
				total += weights.get(other.id());
			}
		}
		return total;
	}

	/**
	 * @param id an indicator id of the table
	 * @return its weight now
	 */
	double get(String id) {
		return weights.get(spec(id).id());
	}

	/**
	 * Returns an indicator's share of the weight of its group (of the total kwetsbaarheid weight for a
	 * kwetsbaarheid indicator, of the dragers' or vragers' total for a draagkracht indicator).
	 *
	 * @param id an indicator id of the table
	 * @return the share in [0, 1]; 0 for a context indicator or a group without weight
	 */
	double share(String id) {
		IndicatorSpec spec = spec(id);
		if (spec.role() == Role.CONTEXT) {
			return 0;
		}
		double total = weights.get(id) + totalOfOthers(spec);
		return total > 0 ? weights.get(id) / total : 0;
	}

	/** Sets every weight back to its default. */
	void resetAll() {
		replaceWith(Weights.defaults(specs));
	}

	/** @return the weights, for the session */
	Weights weights() {
		return Weights.of(weights);
	}

	/** @return the indicators, in table order */
	List<IndicatorSpec> specs() {
		return specs;
	}

	private IndicatorSpec spec(String id) {
		Objects.requireNonNull(id, "id");
		return specs.stream().filter(s -> s.id().equals(id)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no indicator " + id + " in the signal map"));
	}
}
