package nl.veerkracht.stad.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.stad.BuurtStart;
import nl.veerkracht.stad.Cause;
import nl.veerkracht.stad.ModelParameters;
import nl.veerkracht.stad.Segment;

/**
 * The mutable stock of one buurt during a simulation: dwellings, households and vulnerable households per
 * segment, and the vulnerable households attributed to choices elsewhere.
 */
final class BuurtState {

	private static final int SEGMENTS = Segment.values().length;

	final String code;
	final int[] dwellings = new int[SEGMENTS];
	final int[] households = new int[SEGMENTS];
	final int[] vulnerable = new int[SEGMENTS];
	/** Vacancies of the current year, per segment (set by {@link #moveOut}). */
	final int[] vacancies = new int[SEGMENTS];
	/** Vulnerable households filling this year's vacancies, per segment. */
	final int[] vulnerableInflow = new int[SEGMENTS];
	final List<Map<Cause, Double>> attributed = new ArrayList<>();
	final Map<Cause, Integer> received = new LinkedHashMap<>();
	/** Whether to keep {@link #received} and {@link #attributed} (not needed for sensitivity samples). */
	private final boolean attribute;

	/**
	 * @param start      the start state
	 * @param parameters the parameters (the vulnerable inflow shares weigh where the vulnerable households live)
	 * @param attribute  whether to keep track of the households received from choices elsewhere
	 */
	BuurtState(BuurtStart start, ModelParameters parameters, boolean attribute) {
		this.code = start.code();
		this.attribute = attribute;
		double[] stock = start.dwellings().toArray();
		for (int s = 0; s < SEGMENTS; s++) {
			dwellings[s] = (int) stock[s];
			if (attribute) {
				attributed.add(new LinkedHashMap<>());
			}
		}
		int[] spread = LargestRemainder.apportion(start.households(), stock, dwellings);
		System.arraycopy(spread, 0, households, 0, SEGMENTS);
		double[] weights = new double[SEGMENTS];
		double[] share = parameters.vulnerableInflowShare().toArray();
		for (int s = 0; s < SEGMENTS; s++) {
			weights[s] = households[s] * share[s];
		}
		int vulnerableTotal = (int) Math.round(start.vulnerableShare() * start.households());
		int[] vulnerableSpread = LargestRemainder.apportion(vulnerableTotal, weights, households);
		int placed = sum(vulnerableSpread);
		if (placed < vulnerableTotal) {
			// every segment with a positive weight is full: the rest go where there is room
			int[] rest = LargestRemainder.apportion(vulnerableTotal - placed, toDouble(households),
					minus(households, vulnerableSpread));
			for (int s = 0; s < SEGMENTS; s++) {
				vulnerableSpread[s] += rest[s];
			}
		}
		System.arraycopy(vulnerableSpread, 0, vulnerable, 0, SEGMENTS);
	}

	/**
	 * Removes dwellings of one segment with the households living in them (the average composition of the
	 * segment).
	 *
	 * @param s     the segment
	 * @param count dwellings to demolish; at most the stock
	 * @return the vulnerable households displaced
	 */
	int demolish(int s, int count) {
		int n = Math.min(count, dwellings[s]);
		if (n == 0) {
			return 0;
		}
		int leaving = dwellings[s] == 0 ? 0 : (int) Math.round((double) n * households[s] / dwellings[s]);
		leaving = Math.min(households[s], Math.max(leaving, households[s] - (dwellings[s] - n)));
		int vulnerableLeaving = households[s] == 0 ? 0 : (int) Math.round((double) leaving * vulnerable[s] / households[s]);
		shrinkAttributed(s, leaving);
		dwellings[s] -= n;
		households[s] -= leaving;
		vulnerable[s] -= vulnerableLeaving;
		return vulnerableLeaving;
	}

	/**
	 * Households move out at the segment turnover; what is left empty is this year's vacancies, filled with the
	 * segment's vulnerable inflow share.
	 *
	 * @param turnover    moving-out rate per segment, in {@link Segment#ordinal()} order
	 * @param inflowShare vulnerable share of the inflow per segment, in the same order
	 */
	void moveOut(double[] turnover, double[] inflowShare) {
		for (int s = 0; s < SEGMENTS; s++) {
			int leaving = (int) Math.round(turnover[s] * households[s]);
			int vulnerableLeaving = households[s] == 0 ? 0
					: (int) Math.round((double) leaving * vulnerable[s] / households[s]);
			shrinkAttributed(s, leaving);
			households[s] -= leaving;
			vulnerable[s] -= vulnerableLeaving;
			vacancies[s] = dwellings[s] - households[s];
			vulnerableInflow[s] = (int) Math.round(vacancies[s] * inflowShare[s]);
		}
	}

	/**
	 * Vulnerable households from a choice elsewhere take vacancies here.
	 *
	 * @param s           the segment
	 * @param origin      the buurt that made the choice
	 * @param perspective the choice
	 * @param count       the households
	 */
	void receive(int s, String origin, Handelingsperspectief perspective, int count) {
		if (count == 0) {
			return;
		}
		vulnerableInflow[s] += count;
		if (!attribute) {
			return;
		}
		Cause cause = new Cause(origin, perspective);
		received.merge(cause, count, Integer::sum);
		attributed.get(s).merge(cause, (double) count, Double::sum);
	}

	/** Lets every vacancy: the households move in. */
	void moveIn() {
		for (int s = 0; s < SEGMENTS; s++) {
			households[s] += vacancies[s];
			vulnerable[s] += vulnerableInflow[s];
			vacancies[s] = 0;
			vulnerableInflow[s] = 0;
		}
	}

	/**
	 * @param s a segment
	 * @return vacancies still open to vulnerable households this year
	 */
	int room(int s) {
		return vacancies[s] - vulnerableInflow[s];
	}

	private void shrinkAttributed(int s, int leaving) {
		if (!attribute || leaving == 0 || households[s] == 0 || attributed.get(s).isEmpty()) {
			return;
		}
		double keep = 1 - (double) leaving / households[s];
		attributed.get(s).replaceAll((cause, value) -> value * keep);
	}

	/** @return the attributed households per cause, summed over the segments */
	Map<Cause, Double> attributedTotal() {
		Map<Cause, Double> total = new LinkedHashMap<>();
		for (Map<Cause, Double> segment : attributed) {
			segment.forEach((cause, value) -> total.merge(cause, value, Double::sum));
		}
		return total;
	}

	static int sum(int[] values) {
		int sum = 0;
		for (int value : values) {
			sum += value;
		}
		return sum;
	}

	private static double[] toDouble(int[] values) {
		double[] result = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			result[i] = values[i];
		}
		return result;
	}

	private static int[] minus(int[] a, int[] b) {
		int[] result = new int[a.length];
		for (int i = 0; i < a.length; i++) {
			result[i] = a[i] - b[i];
		}
		return result;
	}
}
