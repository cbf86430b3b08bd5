package nl.veerkracht.stad;

import java.util.Objects;

/**
 * A buurt of the data that a city input leaves out, and why (for example: CBS publishes no households for
 * it). Shown to the analyst next to the outlook, so that nothing disappears silently.
 *
 * @param code   the buurt code
 * @param name   the buurt name
 * @param reason why it is left out, in Dutch, e.g. {@code "geen huishoudens bekend"}
 */
public record SkippedBuurt(String code, String name, String reason) {

	/** Checks the arguments. */
	public SkippedBuurt {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(reason, "reason");
	}
}
