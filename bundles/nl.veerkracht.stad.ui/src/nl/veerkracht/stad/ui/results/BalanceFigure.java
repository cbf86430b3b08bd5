package nl.veerkracht.stad.ui.results;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.veerkracht.gis.core.format.DutchNumbers;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.stad.Band;
import nl.veerkracht.stad.ComparisonResult;
import nl.veerkracht.stad.ScenarioOutcome;
import nl.veerkracht.stad.YearBalance;

/**
 * One city-wide balance figure of the Stadsbalans: how to read it from a scenario's outcome in a year, whether
 * the sensitivity run gives it a P10–P90 band, and how to write it and its difference to the baseline in Dutch
 * number style. The rows of the balance table and the choices of the time chart.
 *
 * @param kind   what the figure is
 * @param klasse for {@link Kind#BUURTEN}, the class counted; otherwise null
 */
record BalanceFigure(Kind kind, Klasse klasse) {

	/** The kinds of balance figure. */
	enum Kind {
		/** The number of buurten in one class. */
		BUURTEN,
		/** The largest vulnerable share of any buurt. */
		LARGEST,
		/** The index of dissimilarity D. */
		DISSIMILARITY,
		/** Vulnerable households displaced by demolition without a vacancy. */
		UNPLACED,
		/** The number of waterbed effects in the year. */
		WATERBED
	}

	/** @return the figures in table order: the five classes, then the city-wide figures */
	static List<BalanceFigure> all() {
		List<BalanceFigure> figures = new ArrayList<>();
		for (Klasse klasse : Klasse.values()) {
			if (klasse != Klasse.GEEN_GEGEVENS) {
				figures.add(new BalanceFigure(Kind.BUURTEN, klasse));
			}
		}
		figures.add(new BalanceFigure(Kind.LARGEST, null));
		figures.add(new BalanceFigure(Kind.DISSIMILARITY, null));
		figures.add(new BalanceFigure(Kind.UNPLACED, null));
		figures.add(new BalanceFigure(Kind.WATERBED, null));
		return figures;
	}

	/** @return the row label, e.g. "Buurten zeer kwetsbaar" */
	String label() {
		return switch (kind) {
		case BUURTEN -> NLS.bind(ResultsMessages.Table_buurten, klasse.label());
		case LARGEST -> ResultsMessages.Table_largest;
		case DISSIMILARITY -> ResultsMessages.Table_dissimilarity;
		case UNPLACED -> ResultsMessages.Table_unplaced;
		case WATERBED -> ResultsMessages.Table_waterbed;
		};
	}

	/** @return the title of the time chart's value axis */
	String axisTitle() {
		return switch (kind) {
		case BUURTEN -> ResultsMessages.Chart_count;
		case LARGEST -> ResultsMessages.Chart_share;
		case DISSIMILARITY -> ResultsMessages.Chart_index;
		case UNPLACED -> ResultsMessages.Chart_households;
		case WATERBED -> ResultsMessages.Chart_effects;
		};
	}

	/** @return whether the figure is a share drawn as a percentage in charts */
	boolean isShare() {
		return kind == Kind.LARGEST;
	}

	/**
	 * @param outcome a scenario's outcome
	 * @param year    a simulated year
	 * @return the figure in the central run
	 */
	double value(ScenarioOutcome outcome, int year) {
		YearBalance balance = outcome.central().balance(year);
		return switch (kind) {
		case BUURTEN -> balance.buurtenPerKlasse().getOrDefault(klasse, 0);
		case LARGEST -> balance.largestShare();
		case DISSIMILARITY -> balance.dissimilarity();
		case UNPLACED -> balance.unplaced();
		case WATERBED -> outcome.waterbed(year).size();
		};
	}

	/**
	 * @param outcome a scenario's outcome
	 * @param year    a simulated year
	 * @return the P10–P90 band of the sensitivity run, or null when the figure has none
	 */
	Band band(ScenarioOutcome outcome, int year) {
		return switch (kind) {
		case LARGEST -> outcome.sensitivity().largestShare(year);
		case DISSIMILARITY -> outcome.sensitivity().dissimilarity(year);
		default -> null;
		};
	}

	/**
	 * @param comparison the comparison (for the buurt name of the largest concentration)
	 * @param outcome    a scenario's outcome
	 * @param year       a simulated year
	 * @return the table cell, e.g. {@code 12}, {@code 0,318} or {@code Tarwewijk (43,1 %)}
	 */
	String cell(ComparisonResult comparison, ScenarioOutcome outcome, int year) {
		double value = value(outcome, year);
		if (kind == Kind.LARGEST) {
			String code = outcome.central().balance(year).largestBuurt();
			return code == null ? DutchNumbers.MISSING
					: NLS.bind(ResultsMessages.Table_largestValue, comparison.buurtName(code), format(value));
		}
		return format(value);
	}

	/**
	 * @param value a value of this figure
	 * @return it in Dutch number style
	 */
	String format(double value) {
		return switch (kind) {
		case LARGEST -> DutchNumbers.percentOneDecimal(value);
		case DISSIMILARITY -> DutchNumbers.decimal(value, 3);
		default -> DutchNumbers.integer(Math.round(value));
		};
	}

	/**
	 * @param band a band of this figure, may be null
	 * @return {@code p10–p90}, or empty when there is no band
	 */
	String formatBand(Band band) {
		return band == null ? "" : format(band.p10()) + "\u2013" + format(band.p90()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @param difference a scenario's value minus the baseline's
	 * @return it with its sign: {@code +3}, {@code -0,012}, {@code +2,5 %-punt}
	 */
	String formatDifference(double difference) {
		return switch (kind) {
		case LARGEST -> NLS.bind(ResultsMessages.Table_percentPoint, DutchNumbers.signed(100 * difference, 1));
		case DISSIMILARITY -> DutchNumbers.signed(difference, 3);
		default -> DutchNumbers.signed(difference, 0);
		};
	}
}
