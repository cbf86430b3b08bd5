package nl.veerkracht.scoring.ui;

import java.util.Objects;

/**
 * A buurt as a selection element, for views that show buurten without features (e.g. the Indicatoren table);
 * the Buurtprofiel follows it like a feature picked on the map.
 *
 * @param code the CBS buurt code, e.g. {@code BU05990110}
 * @param name the buurt's name, for display
 */
public record BuurtReference(String code, String name) {

	/**
	 * Validates the components.
	 *
	 * @throws NullPointerException if a component is {@code null}
	 */
	public BuurtReference {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
	}
}
