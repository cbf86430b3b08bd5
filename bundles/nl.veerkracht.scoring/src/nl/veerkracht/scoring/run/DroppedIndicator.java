package nl.veerkracht.scoring.run;

import java.util.Objects;

/**
 * A registered indicator that a scoring run left out of its table, with the reason.
 *
 * @param id     the indicator id
 * @param label  the Dutch label
 * @param reason why it was left out, for example {@code "geen enkele waarde in de gegevens (INPUT_NOT_READ)"}
 */
public record DroppedIndicator(String id, String label, String reason) {

	/**
	 * Checks the fields.
	 *
	 * @throws NullPointerException if a field is {@code null}
	 */
	public DroppedIndicator {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(reason, "reason");
	}
}
