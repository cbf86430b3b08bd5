package nl.veerkracht.stad;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The outcome of one scenario: every buurt in every year from the start year to the end of the horizon, and the
 * city-wide balance figures per year. Immutable.
 */
public final class SimulationResult {

	private final Scenario scenario;
	private final int startYear;
	private final List<String> buurtCodes;
	private final List<List<BuurtYear>> years;
	private final List<YearBalance> balances;

	SimulationResult(Scenario scenario, int startYear, List<String> buurtCodes, List<List<BuurtYear>> years,
			List<YearBalance> balances) {
		this.scenario = scenario;
		this.startYear = startYear;
		this.buurtCodes = List.copyOf(buurtCodes);
		this.years = years.stream().map(List::copyOf).toList();
		this.balances = List.copyOf(balances);
	}

	/** @return the scenario that was run */
	public Scenario scenario() {
		return scenario;
	}

	/** @return the start year (the state before any choice) */
	public int startYear() {
		return startYear;
	}

	/** @return the last simulated year */
	public int endYear() {
		return startYear + years.size() - 1;
	}

	/** @return the buurt codes in input order */
	public List<String> buurtCodes() {
		return buurtCodes;
	}

	/**
	 * @param year a year from {@link #startYear()} to {@link #endYear()}
	 * @return every buurt in that year, in input order
	 */
	public List<BuurtYear> year(int year) {
		return years.get(offset(year));
	}

	/**
	 * @param code a buurt code
	 * @param year a year from {@link #startYear()} to {@link #endYear()}
	 * @return that buurt in that year
	 */
	public BuurtYear buurt(String code, int year) {
		return year(year).get(index(code));
	}

	/**
	 * @param code a buurt code
	 * @return that buurt in every year, the start year first
	 */
	public List<BuurtYear> trajectory(String code) {
		int index = index(code);
		List<BuurtYear> result = new ArrayList<>(years.size());
		for (List<BuurtYear> year : years) {
			result.add(year.get(index));
		}
		return result;
	}

	/**
	 * @param year a year from {@link #startYear()} to {@link #endYear()}
	 * @return the city-wide balance figures of that year
	 */
	public YearBalance balance(int year) {
		return balances.get(offset(year));
	}

	/** @return the balance figures of every year, the start year first */
	public List<YearBalance> balances() {
		return balances;
	}

	private int offset(int year) {
		if (year < startYear || year > endYear()) {
			throw new NoSuchElementException("year " + year + " outside " + startYear + ".." + endYear());
		}
		return year - startYear;
	}

	private int index(String code) {
		int index = buurtCodes.indexOf(code);
		if (index < 0) {
			throw new NoSuchElementException("no buurt " + code + " in scenario " + scenario.name());
		}
		return index;
	}
}
