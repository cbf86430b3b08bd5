package nl.veerkracht.cbs.data;

import java.util.Objects;

/**
 * A region as a CBS file names it.
 *
 * @param code the region code
 * @param name the name in the file, possibly empty
 */
public record Region(RegionCode code, String name) {

	/**
	 * Checks the arguments.
	 *
	 * @param code the region code
	 * @param name the name
	 */
	public Region {
		Objects.requireNonNull(code, "code");
		name = name == null ? "" : name.strip();
	}
}
