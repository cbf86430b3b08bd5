package nl.veerkracht.stad.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.stad.BuurtStart;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.stad.BuurtYear;
import nl.veerkracht.stad.Cause;
import nl.veerkracht.stad.KwetsbaarheidProjection;
import nl.veerkracht.stad.ModelParameters;
import nl.veerkracht.stad.PerspectiveMix;
import nl.veerkracht.stad.Scenario;
import nl.veerkracht.stad.Segment;
import nl.veerkracht.stad.SegmentValues;
import nl.veerkracht.stad.ShareClassifier;
import nl.veerkracht.stad.StadInput;
import nl.veerkracht.stad.StockChange;

/**
 * Runs the stock-and-flow model year by year. One year, for every buurt in input order:
 * <ol>
 * <li>stock changes: the Woningprogramma intensity demolishes a fraction of the corporation stock and replaces
 * it (split by the replacement shares), then the scenario's explicit {@link StockChange}s of that year apply;
 * the vulnerable households of demolished dwellings are to be rehoused;</li>
 * <li>move-out: per segment, turnover × households leave, with the segment's current vulnerable share;</li>
 * <li>vacancies: the empty dwellings; the vulnerable inflow is vacancies × the segment's vulnerable inflow share;
 * Herpositionering removes its redirect fraction of that inflow (the vacancies are filled by other households
 * instead);</li>
 * <li>allocation elsewhere: every redirected or displaced vulnerable household takes a vacancy of the same
 * segment in another buurt, split over the other buurten in proportion to vacancies × (1 − their own redirect
 * fraction), all origins of a segment jointly (so the rounding does not favour one buurt), to the household,
 * never more than a buurt's vacancies; what finds no room stays in its origin
 * (redirection) or is counted as unplaced (demolition);</li>
 * <li>move-in: every vacancy is let.</li>
 * </ol>
 * Measures act from the first simulated year, or only in the years of a perspective's period
 * ({@link PerspectiveMix#during}, from the dates of its measures); the start year is the state before any choice.
 */
public final class Simulator {

	private static final int SEGMENTS = Segment.values().length;

	private final StadInput input;
	private final ModelParameters parameters;
	private final ShareClassifier classifier;
	private final List<BuurtState> states = new ArrayList<>();
	private final double[] redirectFraction;
	private final double[] restructureFraction;
	private final double[] copingEffort;
	/** The mix of each buurt whose perspectives act only in some years (null for the others). */
	private final PerspectiveMix[] timedMixes;
	private final double[] turnover;
	private final double[] inflowShare;
	private final double[] replacementShares;
	/** The scenario's explicit stock changes per buurt index, in scenario order. */
	private final List<List<StockChange>> stockChanges = new ArrayList<>();
	/** This year's transfers: origin, segment, perspective ordinal, households; reused from year to year. */
	private int[] transfers = new int[4 * 64];
	private int transferCount;
	/** The allocation weights of one segment; reused. */
	private final double[] weights;
	/** The projection of the kwetsbaarheid score, or null; then the next fields are null too. */
	private final KwetsbaarheidProjection.Batch projection;
	/** Per buurt: start-year vulnerable share and corporation percentage, this year's ratio and shift, scores. */
	private final double[] startShare;
	private final double[] startCorporatie;
	private final double[] ratio;
	private final double[] shift;
	private final double[] scores;
	private final KwetsbaarheidProjection projectionClassifier;

	/**
	 * @param input      the start state
	 * @param scenario   the scenario
	 * @param parameters the model parameters
	 * @param classifier the class rule on the vulnerable share
	 * @param attribute  whether to attribute received households to their origin choice (needed for waterbed
	 *                   effects; the flows are the same without)
	 */
	public Simulator(StadInput input, Scenario scenario, ModelParameters parameters, ShareClassifier classifier,
			boolean attribute) {
		this(input, scenario, parameters, classifier, null, attribute);
	}

	/**
	 * @param input      the start state
	 * @param scenario   the scenario
	 * @param parameters the model parameters
	 * @param classifier the class rule on the vulnerable share, used when there is no projection
	 * @param projection the projection of the kwetsbaarheid score, or null for none
	 * @param attribute  whether to attribute received households to their origin choice
	 */
	public Simulator(StadInput input, Scenario scenario, ModelParameters parameters, ShareClassifier classifier,
			KwetsbaarheidProjection projection, boolean attribute) {
		this.input = input;
		this.parameters = parameters;
		this.classifier = classifier;
		int n = input.buurten().size();
		redirectFraction = new double[n];
		restructureFraction = new double[n];
		copingEffort = new double[n];
		timedMixes = new PerspectiveMix[n];
		weights = new double[n];
		projectionClassifier = projection;
		if (projection == null) {
			this.projection = null;
			startShare = startCorporatie = ratio = shift = scores = null;
		} else {
			this.projection = projection.batch(input.buurten().stream().map(BuurtStart::code).toList());
			startShare = new double[n];
			startCorporatie = new double[n];
			ratio = new double[n];
			shift = new double[n];
			scores = new double[n];
		}
		turnover = parameters.turnover().toArray();
		inflowShare = parameters.vulnerableInflowShare().toArray();
		replacementShares = parameters.replacementShares().toArray();
		for (int b = 0; b < n; b++) {
			BuurtStart start = input.buurten().get(b);
			states.add(new BuurtState(start, parameters, attribute));
			PerspectiveMix mix = scenario.mix(start.code());
			applyMix(b, mix, input.startYear() + 1);
			timedMixes[b] = mix.hasPeriods() ? mix : null;
			stockChanges.add(List.of());
		}
		if (!scenario.stockChanges().isEmpty()) {
			Map<String, Integer> index = new HashMap<>();
			for (int b = 0; b < n; b++) {
				index.put(input.buurten().get(b).code(), b);
			}
			for (StockChange change : scenario.stockChanges()) {
				int b = index.get(change.buurtCode());
				if (stockChanges.get(b).isEmpty()) {
					stockChanges.set(b, new ArrayList<>());
				}
				stockChanges.get(b).add(change);
			}
		}
	}

	/**
	 * Runs with a record object per buurt and year (the central run).
	 *
	 * @param horizon years to simulate
	 * @return per year (the start year first) the state of every buurt, and the unplaced households per year
	 */
	public Run run(int horizon) {
		List<List<BuurtYear>> years = new ArrayList<>();
		List<Integer> unplaced = new ArrayList<>();
		years.add(snapshot(input.startYear(), false));
		unplaced.add(0);
		for (int t = 1; t <= horizon; t++) {
			unplaced.add(step(input.startYear() + t));
			years.add(snapshot(input.startYear() + t, true));
		}
		return new Run(years, unplaced);
	}

	/**
	 * Runs the same flows as {@link #run(int)} but records only numbers, in primitive arrays allocated once (the
	 * sensitivity samples): no record objects, no classes, no attribution.
	 *
	 * @param horizon years to simulate
	 * @return the households, vulnerable households, dwellings and expected-problem index of every buurt and year
	 */
	public Trajectories runArrays(int horizon) {
		Trajectories result = new Trajectories(states.size(), horizon + 1);
		record(result, 0, false);
		for (int t = 1; t <= horizon; t++) {
			result.unplaced[t] = step(input.startYear() + t);
			record(result, t, true);
		}
		return result;
	}

	/**
	 * The outcome of {@link Simulator#run}.
	 *
	 * @param years    per year, the state of each buurt in input order
	 * @param unplaced per year, displaced vulnerable households without a vacancy
	 */
	public record Run(List<List<BuurtYear>> years, List<Integer> unplaced) {
	}

	/** Sets the perspective parameters of the buurten whose measures act only in some years to those of {@code year}. */
	private void applyPeriods(int year) {
		for (int b = 0; b < timedMixes.length; b++) {
			if (timedMixes[b] != null) {
				applyMix(b, timedMixes[b], year);
			}
		}
	}

	/** Sets the redirect and restructure fractions and the coping effort of a buurt from its mix in a year. */
	private void applyMix(int b, PerspectiveMix mix, int year) {
		redirectFraction[b] = parameters.intensities().value(Handelingsperspectief.HERPOSITIONERING,
				mix.intensityIn(Handelingsperspectief.HERPOSITIONERING, year));
		restructureFraction[b] = parameters.intensities().value(Handelingsperspectief.WONINGPROGRAMMA,
				mix.intensityIn(Handelingsperspectief.WONINGPROGRAMMA, year));
		copingEffort[b] = parameters.intensities().copingEffort(mix, year);
	}

	private int step(int year) {
		applyPeriods(year);
		transferCount = 0;
		for (int b = 0; b < states.size(); b++) {
			changeStock(b, year);
		}
		for (BuurtState state : states) {
			state.moveOut(turnover, inflowShare);
		}
		for (int b = 0; b < states.size(); b++) {
			if (redirectFraction[b] == 0) {
				continue; // Math.round(0 * inflow) is 0: nothing redirected
			}
			BuurtState state = states.get(b);
			for (int s = 0; s < SEGMENTS; s++) {
				int redirected = (int) Math.round(redirectFraction[b] * state.vulnerableInflow[s]);
				if (redirected > 0) {
					state.vulnerableInflow[s] -= redirected;
					addTransfer(b, s, Handelingsperspectief.HERPOSITIONERING, redirected);
				}
			}
		}
		int unplaced = 0;
		for (int s = 0; s < SEGMENTS; s++) {
			unplaced += allocateElsewhere(s);
		}
		for (BuurtState state : states) {
			state.moveIn();
		}
		return unplaced;
	}

	private void changeStock(int b, int year) {
		BuurtState state = states.get(b);
		int corporatie = Segment.CORPORATIE_HUUR.ordinal();
		int restructured = (int) Math.round(restructureFraction[b] * state.dwellings[corporatie]);
		if (restructured > 0) {
			displace(b, corporatie, state.demolish(corporatie, restructured));
			int[] replacement = LargestRemainder.apportion(restructured, replacementShares, null);
			for (int s = 0; s < replacement.length; s++) {
				state.dwellings[s] += replacement[s];
			}
		}
		for (StockChange change : stockChanges.get(b)) {
			if (change.year() == year) {
				int s = change.segment().ordinal();
				if (change.delta() > 0) {
					state.dwellings[s] += change.delta();
				} else {
					displace(b, s, state.demolish(s, -change.delta()));
				}
			}
		}
	}

	private void displace(int b, int s, int vulnerable) {
		if (vulnerable > 0) {
			addTransfer(b, s, Handelingsperspectief.WONINGPROGRAMMA, vulnerable);
		}
	}

	private void addTransfer(int origin, int segment, Handelingsperspectief perspective, int households) {
		if (4 * transferCount == transfers.length) {
			transfers = Arrays.copyOf(transfers, 2 * transfers.length);
		}
		int at = 4 * transferCount++;
		transfers[at] = origin;
		transfers[at + 1] = segment;
		transfers[at + 2] = perspective.ordinal();
		transfers[at + 3] = households;
	}

	/**
	 * Places the households of all this year's transfers of one segment jointly, in the order they were made.
	 *
	 * @return the households that found no vacancy anywhere
	 */
	private int allocateElsewhere(int s) {
		int groups = 0;
		for (int k = 0; k < transferCount; k++) {
			if (transfers[4 * k + 1] == s) {
				groups++;
			}
		}
		if (groups == 0) {
			return 0;
		}
		int[] origins = new int[groups];
		int[] households = new int[groups];
		Handelingsperspectief[] perspectives = new Handelingsperspectief[groups];
		for (int k = 0, g = 0; k < transferCount; k++) {
			if (transfers[4 * k + 1] == s) {
				origins[g] = transfers[4 * k];
				perspectives[g] = Handelingsperspectief.VALUES.get(transfers[4 * k + 2]);
				households[g] = transfers[4 * k + 3];
				g++;
			}
		}
		for (int c = 0; c < states.size(); c++) {
			weights[c] = states.get(c).vacancies[s] * (1 - redirectFraction[c]);
		}
		VacancyAllocator.Placement[] placements = new VacancyAllocator(weights).allocate(origins, households,
				c -> states.get(c).room(s));
		int[] left = households.clone();
		for (int g = 0; g < placements.length; g++) {
			VacancyAllocator.Placement placement = placements[g];
			String origin = states.get(origins[g]).code;
			for (int k = 0; k < placement.buurten().length; k++) {
				states.get(placement.buurten()[k]).receive(s, origin, perspectives[g], placement.counts()[k]);
				left[g] -= placement.counts()[k];
			}
		}
		int unplaced = 0;
		for (int g = 0; g < placements.length; g++) {
			// redirected households that find no room elsewhere stay in their origin (its inflow was lowered by
			// them); displaced households may take a vacancy of their own segment in their own buurt
			BuurtState origin = states.get(origins[g]);
			int backHome = Math.min(left[g], Math.max(0, origin.room(s)));
			origin.vulnerableInflow[s] += backHome;
			unplaced += left[g] - backHome;
		}
		return unplaced;
	}

	private List<BuurtYear> snapshot(int year, boolean measuresActive) {
		project(!measuresActive);
		List<BuurtYear> row = new ArrayList<>(states.size());
		for (int b = 0; b < states.size(); b++) {
			BuurtState state = states.get(b);
			int households = BuurtState.sum(state.households);
			int vulnerable = BuurtState.sum(state.vulnerable);
			double share = households == 0 ? Double.NaN : (double) vulnerable / households;
			double index = households == 0 ? Double.NaN
					: parameters.problemIndex(share, measuresActive ? copingEffort[b] : 0);
			double[] dwellings = new double[state.dwellings.length];
			for (int s = 0; s < dwellings.length; s++) {
				dwellings[s] = state.dwellings[s];
			}
			Map<Cause, Double> attributed = state.attributedTotal();
			double kwetsbaarheid = projection == null ? Double.NaN : scores[b];
			Klasse klasse = projection == null ? classifier.classify(share) : parameterClass(kwetsbaarheid);
			row.add(new BuurtYear(state.code, year, SegmentValues.of(dwellings), households, vulnerable, index,
					klasse, state.received, attributed, kwetsbaarheid));
		}
		return row;
	}

	/** Writes the state of every buurt into year {@code t} of the arrays, computed as {@link #snapshot}. */
	private void record(Trajectories result, int t, boolean measuresActive) {
		project(!measuresActive);
		int n = states.size();
		for (int b = 0; b < n; b++) {
			BuurtState state = states.get(b);
			int households = BuurtState.sum(state.households);
			int vulnerable = BuurtState.sum(state.vulnerable);
			int cell = t * n + b;
			result.households[cell] = households;
			result.vulnerable[cell] = vulnerable;
			System.arraycopy(state.dwellings, 0, result.dwellings, cell * SEGMENTS, SEGMENTS);
			double share = households == 0 ? Double.NaN : (double) vulnerable / households;
			result.problemIndex[cell] = households == 0 ? Double.NaN
					: parameters.problemIndex(share, measuresActive ? copingEffort[b] : 0);
			result.kwetsbaarheid[cell] = projection == null ? Double.NaN : scores[b];
		}
	}

	private Klasse parameterClass(double kwetsbaarheid) {
		return projectionClassifier.classify(kwetsbaarheid);
	}

	/**
	 * Projects the kwetsbaarheid score of every buurt in the current state into {@link #scores} (nothing without
	 * a projection). In the start year the current shares become the start shares, so the ratio is exactly 1 and
	 * the shift exactly 0 there.
	 */
	private void project(boolean startYear) {
		if (projection == null) {
			return;
		}
		int corporatie = Segment.CORPORATIE_HUUR.ordinal();
		for (int b = 0; b < states.size(); b++) {
			BuurtState state = states.get(b);
			int households = BuurtState.sum(state.households);
			int dwellings = BuurtState.sum(state.dwellings);
			double share = households == 0 ? Double.NaN : (double) BuurtState.sum(state.vulnerable) / households;
			double corporatiePercentage = dwellings == 0 ? 0 : 100.0 * state.dwellings[corporatie] / dwellings;
			if (startYear) {
				startShare[b] = share;
				startCorporatie[b] = corporatiePercentage;
			}
			ratio[b] = households == 0 ? Double.NaN : startShare[b] > 0 ? share / startShare[b] : 1;
			shift[b] = corporatiePercentage - startCorporatie[b];
		}
		projection.score(ratio, shift, scores);
	}
}
