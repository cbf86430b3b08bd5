package nl.veerkracht.scoring.engine;

import java.util.Objects;

/**
 * The description of one indicator as the engine needs it: plain data, produced by whoever computes the
 * indicator values (for example the indicator plugins of {@code nl.veerkracht.scoring}).
 *
 * @param id            stable identifier, unique within a {@link IndicatorTable}, e.g. {@code "laag_inkomen"}
 * @param label         label for people (Dutch), e.g. {@code "Huishoudens met een laag inkomen"}
 * @param unit          unit of the raw values, e.g. {@code "%"} or {@code "per 1.000 inwoners"}
 * @param direction     which way the raw values point
 * @param role          what the indicator is used for
 * @param defaultWeight the weight used when the analyst has not set one; finite and not negative
 */
public record IndicatorSpec(String id, String label, String unit, Direction direction, Role role,
		double defaultWeight) {

	/**
	 * Validates the fields.
	 *
	 * @throws NullPointerException     if a field is {@code null}
	 * @throws IllegalArgumentException if the default weight is negative or not finite
	 */
	public IndicatorSpec {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(direction, "direction");
		Objects.requireNonNull(role, "role");
		Weights.checkWeight(id, defaultWeight);
	}
}
