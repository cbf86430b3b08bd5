package nl.veerkracht.scoring.run;

import java.util.Objects;

import nl.veerkracht.scoring.engine.LeastSquares;

/**
 * The kwetsbaarheid of a buurt and the mean kwetsbaarheid of the buurten of its gemeente over the years of
 * a run, all on one scale (see {@link CompositeHistory}). NaN where a year has no composite.
 *
 * @param buurtCode    the buurt
 * @param gemeenteCode its gemeente
 * @param years        the years, ascending
 * @param buurt        the buurt's composite per year
 * @param gemeente     the mean composite of the gemeente's buurten per year (those with a composite)
 */
public record CompositeSeries(String buurtCode, String gemeenteCode, int[] years, double[] buurt,
		double[] gemeente) {

	/**
	 * Copies the arrays.
	 *
	 * @throws IllegalArgumentException if the arrays differ in length
	 */
	public CompositeSeries {
		Objects.requireNonNull(buurtCode, "buurtCode");
		Objects.requireNonNull(gemeenteCode, "gemeenteCode");
		years = years.clone();
		buurt = buurt.clone();
		gemeente = gemeente.clone();
		if (buurt.length != years.length || gemeente.length != years.length) {
			throw new IllegalArgumentException("one buurt and one gemeente value per year are needed");
		}
	}

	/** @return the years, a copy */
	@Override
	public int[] years() {
		return years.clone();
	}

	/** @return the buurt's composite per year, a copy */
	@Override
	public double[] buurt() {
		return buurt.clone();
	}

	/** @return the gemeente's mean composite per year, a copy */
	@Override
	public double[] gemeente() {
		return gemeente.clone();
	}

	/** @return the least-squares change per year of the buurt's composite, NaN with fewer than two values */
	public double buurtSlope() {
		return LeastSquares.slope(years, buurt);
	}

	/** @return the least-squares change per year of the gemeente's mean, NaN with fewer than two values */
	public double gemeenteSlope() {
		return LeastSquares.slope(years, gemeente);
	}
}
