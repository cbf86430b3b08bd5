package nl.veerkracht.scoring.ui.table;

import nl.veerkracht.scoring.engine.NormalisationMethod;

/**
 * What the indicator cells of the Indicatoren table show.
 */
enum CellMode {
	/** The raw values in the indicator's unit, as CBS publishes them or as computed from CBS figures. */
	RAW,
	/** The normalised, direction-corrected values (z-score or rank; higher = more vulnerable). */
	NORMALISED,
	/** Each indicator's contribution to the buurt's kwetsbaarheid (they sum to it). */
	CONTRIBUTION;

	/**
	 * Returns the label of the mode in the mode list.
	 *
	 * @param method the normalisation method of the run
	 * @return for example {@code "Genormaliseerd (z-score)"}
	 */
	String label(NormalisationMethod method) {
		return switch (this) {
		case RAW -> IndicatorTableMessages.Mode_raw;
		case NORMALISED -> method == NormalisationMethod.RANK ? IndicatorTableMessages.Mode_rank
				: IndicatorTableMessages.Mode_zScore;
		case CONTRIBUTION -> IndicatorTableMessages.Mode_contribution;
		};
	}
}
