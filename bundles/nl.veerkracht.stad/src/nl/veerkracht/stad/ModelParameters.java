package nl.veerkracht.stad;

import java.util.Objects;

/**
 * The named parameters of the stock-and-flow model, with documented defaults ({@link #defaults()}).
 * <ul>
 * <li><b>turnover</b> per segment: the share of occupied dwellings whose household moves out each year
 * (mutatiegraad). Defaults: corporatiehuur 0.08, overige huur 0.12, koop 0.06 — the order of magnitude of
 * Dutch moving rates per tenure.</li>
 * <li><b>vulnerableInflowShare</b> per segment: the share of households with reduced self-reliance among
 * those who fill a vacancy (allocation). Defaults: corporatiehuur 0.50 (social rent is allocated to low
 * incomes and urgent cases), overige huur 0.20, koop 0.05.</li>
 * <li><b>replacementShares</b> per segment: how dwellings demolished by the Woningprogramma intensity are
 * replaced. Default: half overige huur, half koop, none corporatiehuur.</li>
 * <li><b>concentrationExponent</b> γ: the expected-problem index before coping is 100 × share<sup>γ</sup>;
 * default 1.5, problems grow faster than the concentration.</li>
 * <li><b>maxCopingReduction</b> and <b>copingRate</b>: the coping factor for a total coping effort e is
 * 1 − maxCopingReduction × (1 − exp(−copingRate × e)): every extra unit of effort helps less than the
 * one before (diminishing returns) and problems are never reduced by more than maxCopingReduction.
 * Defaults 0.5 and 0.35.</li>
 * <li><b>intensities</b>: the {@link IntensityTable} from intensity 0–4 to parameter values.</li>
 * </ul>
 * The default inflow shares are national orders of magnitude; a city whose start share differs would drift
 * towards them even when nobody does anything. {@link #calibratedTo(StadInput)} keeps the ratios between the
 * segments and scales their level so that the city's vulnerable households stay level in the baseline (the
 * workbench and the notitie run calibrated); what the scenarios change is then their own doing.
 *
 * @param turnover              moving-out rate per segment, in [0, 1]
 * @param vulnerableInflowShare vulnerable share of the inflow per segment, in [0, 1]
 * @param replacementShares     split of replacement dwellings per segment, summing to 1
 * @param concentrationExponent γ &gt; 0
 * @param maxCopingReduction    in [0, 1]
 * @param copingRate            &ge; 0
 * @param intensities           the intensity table
 */
public record ModelParameters(SegmentValues turnover, SegmentValues vulnerableInflowShare,
		SegmentValues replacementShares, double concentrationExponent, double maxCopingReduction, double copingRate,
		IntensityTable intensities) {

	/** Checks the arguments. */
	public ModelParameters {
		Objects.requireNonNull(turnover, "turnover").requireFractions("turnover");
		Objects.requireNonNull(vulnerableInflowShare, "vulnerableInflowShare").requireFractions("vulnerable inflow share");
		Objects.requireNonNull(replacementShares, "replacementShares").requireFractions("replacement share");
		Objects.requireNonNull(intensities, "intensities");
		if (Math.abs(replacementShares.total() - 1) > 1e-9) {
			throw new IllegalArgumentException("replacement shares must sum to 1: " + replacementShares);
		}
		if (!(concentrationExponent > 0) || Double.isInfinite(concentrationExponent)) {
			throw new IllegalArgumentException("concentration exponent must be > 0: " + concentrationExponent);
		}
		if (!(maxCopingReduction >= 0 && maxCopingReduction <= 1)) {
			throw new IllegalArgumentException("max coping reduction must lie in [0, 1]: " + maxCopingReduction);
		}
		if (!(copingRate >= 0) || Double.isInfinite(copingRate)) {
			throw new IllegalArgumentException("coping rate must be >= 0: " + copingRate);
		}
	}

	/** @return the documented defaults */
	public static ModelParameters defaults() {
		return new ModelParameters(new SegmentValues(0.08, 0.12, 0.06), new SegmentValues(0.50, 0.20, 0.05),
				new SegmentValues(0, 0.5, 0.5), 1.5, 0.5, 0.35, IntensityTable.defaults());
	}

	/**
	 * @param effort a total coping effort (see {@link IntensityTable#copingEffort})
	 * @return the coping factor in [1 − maxCopingReduction, 1] that multiplies the expected problems
	 */
	public double copingFactor(double effort) {
		return 1 - maxCopingReduction * (1 - Math.exp(-copingRate * effort));
	}

	/**
	 * @param vulnerableShare a vulnerable share in [0, 1]
	 * @param copingEffort    the buurt's total coping effort
	 * @return the expected-problem index 100 × share<sup>γ</sup> × coping factor
	 */
	public double problemIndex(double vulnerableShare, double copingEffort) {
		return 100 * Math.pow(vulnerableShare, concentrationExponent) * copingFactor(copingEffort);
	}

	/**
	 * @param value the new turnover rates
	 * @return a copy with those
	 */
	public ModelParameters withTurnover(SegmentValues value) {
		return new ModelParameters(value, vulnerableInflowShare, replacementShares, concentrationExponent,
				maxCopingReduction, copingRate, intensities);
	}

	/**
	 * @param value the new vulnerable inflow shares
	 * @return a copy with those
	 */
	public ModelParameters withVulnerableInflowShare(SegmentValues value) {
		return new ModelParameters(turnover, value, replacementShares, concentrationExponent, maxCopingReduction,
				copingRate, intensities);
	}

	/**
	 * @param value the new coping rate
	 * @return a copy with that
	 */
	public ModelParameters withCopingRate(double value) {
		return new ModelParameters(turnover, vulnerableInflowShare, replacementShares, concentrationExponent,
				maxCopingReduction, value, intensities);
	}

	/**
	 * @param value the new intensity table
	 * @return a copy with that
	 */
	public ModelParameters withIntensities(IntensityTable value) {
		return new ModelParameters(turnover, vulnerableInflowShare, replacementShares, concentrationExponent,
				maxCopingReduction, copingRate, value);
	}

	/**
	 * Scales the vulnerable inflow shares (keeping their ratios between the segments) so that in the start state
	 * of the city as many vulnerable households move in per year as move out: the city total stays level in the
	 * baseline, and the buurten only change by the allocation and by the scenarios' choices. The vulnerable
	 * households of a buurt are spread over its segments as {@link BuurtStart} describes; no share exceeds 1.
	 *
	 * @param input the city at the start year
	 * @return the calibrated parameters; these parameters when the city has no households or no vulnerable ones
	 */
	public ModelParameters calibratedTo(StadInput input) {
		double[] rate = turnover.toArray();
		double[] inflow = vulnerableInflowShare.toArray();
		double out = 0;
		double in = 0;
		for (BuurtStart buurt : input.buurten()) {
			double[] stock = buurt.dwellings().toArray();
			double dwellings = stock[0] + stock[1] + stock[2];
			if (dwellings == 0 || buurt.households() == 0) {
				continue;
			}
			double[] households = new double[stock.length];
			double weight = 0;
			for (int s = 0; s < stock.length; s++) {
				households[s] = buurt.households() * stock[s] / dwellings;
				weight += households[s] * inflow[s];
			}
			double vulnerable = buurt.vulnerableShare() * buurt.households();
			for (int s = 0; s < stock.length; s++) {
				double share = weight > 0 ? households[s] * inflow[s] / weight : households[s] / buurt.households();
				out += rate[s] * vulnerable * share;
				in += rate[s] * households[s] * inflow[s];
			}
		}
		if (!(in > 0) || !(out > 0)) {
			return this;
		}
		double highest = Math.max(inflow[0], Math.max(inflow[1], inflow[2]));
		double factor = Math.min(out / in, 1 / highest);
		return withVulnerableInflowShare(vulnerableInflowShare.scaled(factor, 1));
	}
}
