package nl.veerkracht.scoring;

import java.util.Objects;

/**
 * A contribution to the indicator extension point that was left out, and why.
 *
 * @param contributor the symbolic name of the plug-in that made it
 * @param indicatorId the id it gave, or {@code "(no id)"}
 * @param reason what is wrong, for example {@code "unit 'procent' is not one of COUNT, PERCENT, ..."}
 */
public record ContributionProblem(String contributor, String indicatorId, String reason) {

	/**
	 * Checks the arguments.
	 *
	 * @param contributor the plug-in
	 * @param indicatorId the id
	 * @param reason the reason
	 */
	public ContributionProblem {
		Objects.requireNonNull(contributor, "contributor");
		Objects.requireNonNull(indicatorId, "indicatorId");
		Objects.requireNonNull(reason, "reason");
	}

	/**
	 * Returns the message for a log or a dialog.
	 *
	 * @return for example {@code "Indicator laag_inkomen of plug-in com.example.x is left out: ..."}
	 */
	public String message() {
		return "Indicator " + indicatorId + " of plug-in " + contributor + " is left out: " + reason;
	}

	@Override
	public String toString() {
		return message();
	}
}
