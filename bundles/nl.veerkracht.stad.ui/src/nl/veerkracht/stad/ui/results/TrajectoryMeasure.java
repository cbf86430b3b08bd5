package nl.veerkracht.stad.ui.results;

import nl.veerkracht.gis.core.format.DutchNumbers;
import nl.veerkracht.stad.Band;
import nl.veerkracht.stad.BuurtYear;
import nl.veerkracht.stad.SensitivityResult;

/** What the trajectory of a buurt shows: the three outputs the model gives per buurt and year. */
enum TrajectoryMeasure {

	/** The share of vulnerable households, in percent. */
	VULNERABLE_SHARE(ResultsMessages.Trajectory_measureShare, ResultsMessages.Trajectory_axis) {
		@Override
		double value(BuurtYear buurt) {
			return 100 * buurt.vulnerableShare();
		}

		@Override
		Band band(SensitivityResult sensitivity, String code, int year) {
			Band band = sensitivity.vulnerableShare(code, year);
			return new Band(100 * band.p10(), 100 * band.p50(), 100 * band.p90(), 100 * band.central());
		}

		@Override
		String format(double value) {
			return DutchNumbers.decimal(value, 1) + " %"; //$NON-NLS-1$
		}
	},

	/** The projected kwetsbaarheid score of the signal map (NaN when the run had no projection). */
	KWETSBAARHEID(ResultsMessages.Trajectory_measureScore, ResultsMessages.Trajectory_axisScore) {
		@Override
		double value(BuurtYear buurt) {
			return buurt.kwetsbaarheid();
		}

		@Override
		Band band(SensitivityResult sensitivity, String code, int year) {
			return sensitivity.kwetsbaarheid(code, year);
		}

		@Override
		String format(double value) {
			return DutchNumbers.decimal(value, 2);
		}
	},

	/** The expected-problem index: 100 × share^γ × the coping factor. */
	PROBLEM_INDEX(ResultsMessages.Trajectory_measureProblems, ResultsMessages.Trajectory_axisProblems) {
		@Override
		double value(BuurtYear buurt) {
			return buurt.problemIndex();
		}

		@Override
		Band band(SensitivityResult sensitivity, String code, int year) {
			return sensitivity.problemIndex(code, year);
		}

		@Override
		String format(double value) {
			return DutchNumbers.decimal(value, 1);
		}
	};

	private final String label;
	private final String axis;

	TrajectoryMeasure(String label, String axis) {
		this.label = label;
		this.axis = axis;
	}

	/** @return the name in the choice */
	String label() {
		return label;
	}

	/** @return the title of the chart's y axis */
	String axis() {
		return axis;
	}

	/**
	 * @param buurt a buurt in a year
	 * @return the value of this measure, NaN when there is none
	 */
	abstract double value(BuurtYear buurt);

	/**
	 * @param sensitivity the sensitivity of a scenario
	 * @param code        a buurt
	 * @param year        a year
	 * @return the band of this measure, on the same scale as {@link #value}
	 */
	abstract Band band(SensitivityResult sensitivity, String code, int year);

	/**
	 * @param value a value of this measure
	 * @return it in Dutch number style
	 */
	abstract String format(double value);
}
