package nl.veerkracht.stad;

import java.util.Objects;

import nl.veerkracht.model.Handelingsperspectief;

/**
 * A choice made in one buurt that sends vulnerable households elsewhere: Herpositionering (allocation redirected)
 * or Woningprogramma (households rehoused after demolition).
 *
 * @param originCode  the buurt where the choice was made
 * @param perspective the perspective of the choice
 */
public record Cause(String originCode, Handelingsperspectief perspective) {

	/** Checks the arguments. */
	public Cause {
		Objects.requireNonNull(originCode, "originCode");
		Objects.requireNonNull(perspective, "perspective");
	}
}
