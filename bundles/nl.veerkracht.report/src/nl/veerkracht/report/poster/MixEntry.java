package nl.veerkracht.report.poster;

import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.method.Intensiteit;

/**
 * One quadrant of the 2x2 mix: how strongly a handelingsperspectief is used and why.
 *
 * @param perspective the perspective, never null
 * @param intensity the intensity on the workshop scale {@value Intensiteit#MIN}..{@value Intensiteit#MAX}
 * @param rationale why this intensity, never null, possibly empty
 */
public record MixEntry(Handelingsperspectief perspective, int intensity, String rationale) {

	/**
	 * Checks the perspective and replaces a missing rationale by an empty one.
	 */
	public MixEntry {
		if (perspective == null) {
			throw new IllegalArgumentException("a mix entry needs a perspective");
		}
		rationale = rationale == null ? "" : rationale.strip();
	}

	/**
	 * @return the workshop word of the intensity, e.g. "vol op het orgel"
	 */
	public String intensityWord() {
		return Intensiteit.woord(intensity);
	}
}
