package nl.veerkracht.scoring.engine;

/**
 * Normalised, direction-corrected values (higher = more vulnerable) for a set of years, as produced by
 * {@link Normaliser}; NaN where the raw value is missing.
 */
public final class NormalisedValues {

	private final double[][][] values;

	NormalisedValues(double[][][] values) {
		this.values = values;
	}

	/**
	 * Returns one normalised value.
	 *
	 * @param yearPosition position of the year in the year indices given to the normaliser
	 * @param indicator    indicator index
	 * @param region       region index
	 * @return the normalised value, NaN when missing
	 */
	public double value(int yearPosition, int indicator, int region) {
		return values[yearPosition][indicator][region];
	}

	/**
	 * Returns the matrix of one year without copying: {@code [indicator][region]}.
	 *
	 * @param yearPosition position of the year in the year indices given to the normaliser
	 * @return the matrix; callers must not modify it
	 */
	double[][] year(int yearPosition) {
		return values[yearPosition];
	}
}
