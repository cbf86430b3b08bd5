package nl.veerkracht.scoring.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.veerkracht.scoring.engine.IndicatorSpec;
import nl.veerkracht.scoring.engine.IndicatorTable;
import nl.veerkracht.scoring.engine.IndicatorValue;

/**
 * The raw values of one indicator over the years of a run, for a buurt and for its gemeente (the gemeente's
 * own CBS row), with the missing reasons where a year has no value.
 *
 * @param spec     the indicator
 * @param years    the years of the run, ascending
 * @param buurt    one value per year, in the order of {@code years}
 * @param gemeente one value per year, in the order of {@code years}
 */
public record IndicatorSeries(IndicatorSpec spec, int[] years, List<IndicatorValue> buurt,
		List<IndicatorValue> gemeente) {

	/** The missing reason of a gemeente value that the run does not hold. */
	public static final String NO_GEMEENTE_VALUE = "geen gemeentewaarde in de gegevens";

	/**
	 * Copies the components.
	 *
	 * @throws IllegalArgumentException if the lists do not hold one value per year
	 */
	public IndicatorSeries {
		Objects.requireNonNull(spec, "spec");
		years = years.clone();
		buurt = List.copyOf(buurt);
		gemeente = List.copyOf(gemeente);
		if (buurt.size() != years.length || gemeente.size() != years.length) {
			throw new IllegalArgumentException("one buurt and one gemeente value per year are needed");
		}
	}

	/**
	 * Reads the series of a buurt from a run.
	 *
	 * @param run         the run
	 * @param buurtCode   a buurt of the run
	 * @param indicatorId an indicator of the run's table
	 * @return the series
	 * @throws IllegalArgumentException if the run has no such buurt or indicator
	 */
	public static IndicatorSeries of(ScoringRun run, String buurtCode, String indicatorId) {
		IndicatorTable table = run.table();
		int region = table.regionIndexOf(buurtCode);
		int indicator = table.indicatorIndexOf(indicatorId);
		String gemeenteCode = table.regions().get(region).gemeenteCode();
		int[] years = table.years();
		List<IndicatorValue> buurt = new ArrayList<>();
		List<IndicatorValue> gemeente = new ArrayList<>();
		for (int y = 0; y < years.length; y++) {
			int year = years[y];
			buurt.add(table.cell(region, indicator, y));
			gemeente.add(run.gemeenteValue(gemeenteCode, indicatorId, year).orElseGet(
					() -> IndicatorValue.missing(gemeenteCode, indicatorId, year, NO_GEMEENTE_VALUE, "")));
		}
		return new IndicatorSeries(table.indicators().get(indicator), years, buurt, gemeente);
	}

	/** @return the years, a copy */
	@Override
	public int[] years() {
		return years.clone();
	}
}
