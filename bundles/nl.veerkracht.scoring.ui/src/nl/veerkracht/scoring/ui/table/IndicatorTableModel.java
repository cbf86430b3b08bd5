package nl.veerkracht.scoring.ui.table;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.scoring.engine.Composite;
import nl.veerkracht.scoring.engine.IndicatorSpec;
import nl.veerkracht.scoring.engine.IndicatorTable;
import nl.veerkracht.scoring.engine.IndicatorValue;
import nl.veerkracht.scoring.engine.NormalisedValues;
import nl.veerkracht.scoring.engine.RegionInfo;
import nl.veerkracht.scoring.engine.Role;
import nl.veerkracht.scoring.run.ScoringState;
import nl.veerkracht.scoring.run.YearResult;

/**
 * The numbers behind the Indicatoren table for one scored state: per buurt of the run its raw indicator
 * values of the scored year (with the CBS missing reasons), the normalised values and the contributions to
 * kwetsbaarheid, and the scores of the year. Immutable and UI-free, so that exports may read it off the UI
 * thread.
 * <p>
 * The contributions are computed for all buurten at once with the engine's own definition (see
 * {@link nl.veerkracht.scoring.engine.ScoringEngine#explain}): a {@link Role#KWETSBAARHEID} indicator with
 * a weight and a value adds {@code weight / available weight * normalised value} to a buurt that has a
 * composite; the contributions of a buurt sum to its kwetsbaarheid.
 */
final class IndicatorTableModel {

	private final ScoringState state;
	private final IndicatorTable table;
	private final int yearIndex;
	private final NormalisedValues normalised;
	private final double[] compositeWeights;
	private final double[] availableWeight;

	private IndicatorTableModel(ScoringState state) {
		this.state = state;
		this.table = state.run().table();
		this.yearIndex = table.yearIndexOf(state.year());
		this.normalised = state.run().engine().normalised(state.year());
		this.compositeWeights = Composite.compositeWeights(table.indicators(), state.weights());
		this.availableWeight = new double[table.regionCount()];
		for (int r = 0; r < availableWeight.length; r++) {
			for (int i = 0; i < compositeWeights.length; i++) {
				if (compositeWeights[i] > 0 && !Double.isNaN(normalised.value(0, i, r))) {
					availableWeight[r] += compositeWeights[i];
				}
			}
		}
	}

	/**
	 * Reads a scored state.
	 *
	 * @param state the state of a signal map
	 * @return the model
	 */
	static IndicatorTableModel of(ScoringState state) {
		return new IndicatorTableModel(Objects.requireNonNull(state, "state"));
	}

	/** @return the state the numbers come from */
	ScoringState state() {
		return state;
	}

	/** @return the result of the scored year */
	YearResult result() {
		return state.result();
	}

	/** @return the number of buurten */
	int size() {
		return table.regionCount();
	}

	/** @return the indicators of the run, in table order */
	List<IndicatorSpec> indicators() {
		return table.indicators();
	}

	/**
	 * @param region the region index
	 * @return the buurt
	 */
	RegionInfo region(int region) {
		return table.regions().get(region);
	}

	/**
	 * @param region    the region index
	 * @param indicator the indicator index
	 * @return the raw value of the scored year, with its source column or missing reason
	 */
	IndicatorValue raw(int region, int indicator) {
		return table.cell(region, indicator, yearIndex);
	}

	/**
	 * @param region    the region index
	 * @param indicator the indicator index
	 * @return the normalised, direction-corrected value (higher = more vulnerable), NaN when missing
	 */
	double normalised(int region, int indicator) {
		return normalised.value(0, indicator, region);
	}

	/**
	 * @param region    the region index
	 * @param indicator the indicator index
	 * @return the contribution to the buurt's kwetsbaarheid, NaN when the indicator does not contribute (see
	 *         {@link #whyNoContribution(int, int)})
	 */
	double contribution(int region, int indicator) {
		return whyNoContribution(region, indicator) == NoContribution.NONE
				? compositeWeights[indicator] / availableWeight[region] * normalised(region, indicator)
				: Double.NaN;
	}

	/**
	 * Tells why an indicator adds nothing to a buurt's kwetsbaarheid.
	 *
	 * @param region    the region index
	 * @param indicator the indicator index
	 * @return the reason, or {@link NoContribution#NONE} when it contributes
	 */
	NoContribution whyNoContribution(int region, int indicator) {
		if (table.indicators().get(indicator).role() != Role.KWETSBAARHEID) {
			return NoContribution.OTHER_ROLE;
		}
		if (compositeWeights[indicator] <= 0) {
			return NoContribution.ZERO_WEIGHT;
		}
		if (Double.isNaN(normalised(region, indicator))) {
			return NoContribution.MISSING;
		}
		if (Double.isNaN(state.result().scores().composite(region))) {
			return NoContribution.NO_COMPOSITE;
		}
		return NoContribution.NONE;
	}

	/**
	 * Returns the gemeente's own value of an indicator (from its row in the CBS data) in the scored year.
	 *
	 * @param gemeenteCode a gemeente of the run
	 * @param indicator    the indicator index
	 * @return the value or a missing value with its cause; empty when the run has no such gemeente
	 */
	Optional<IndicatorValue> gemeenteValue(String gemeenteCode, int indicator) {
		return state.run().gemeenteValue(gemeenteCode, table.indicators().get(indicator).id(), state.year());
	}

	/** Why an indicator does not contribute to a buurt's kwetsbaarheid. */
	enum NoContribution {
		/** It contributes. */
		NONE,
		/** Its role is drager, vrager or context: it never enters kwetsbaarheid. */
		OTHER_ROLE,
		/** Its weight is zero. */
		ZERO_WEIGHT,
		/** The buurt has no value for it. */
		MISSING,
		/** The buurt has no kwetsbaarheid (too little coverage). */
		NO_COMPOSITE
	}
}
