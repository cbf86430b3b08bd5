package nl.veerkracht.cbs.catalogue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One variable of the catalogue: a meaning in one unit, whatever a source calls its column. The same
 * meaning in another unit (a count beside a percentage) is another variable.
 *
 * @param id the stable id, after the CBS kwb short code where there is one (for example {@code p_hh_lkk})
 * @param unit the unit every value of this variable is in
 * @param labelNl the Dutch label
 * @param labelEn the English label
 * @param derivation how the value can be computed from counts when a source lacks it, if at all
 * @param sourceColumns the column names per source format; a format without names does not have the
 *            variable
 */
public record Variable(String id, Unit unit, String labelNl, String labelEn, Optional<PercentageDerivation> derivation,
		Map<SourceFormat, List<String>> sourceColumns) {

	/**
	 * Checks and copies the arguments.
	 *
	 * @param id the stable id
	 * @param unit the unit
	 * @param labelNl the Dutch label
	 * @param labelEn the English label
	 * @param derivation the derivation rule, if any
	 * @param sourceColumns the column names per source format
	 */
	public Variable {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(labelNl, "labelNl");
		Objects.requireNonNull(labelEn, "labelEn");
		Objects.requireNonNull(derivation, "derivation");
		Map<SourceFormat, List<String>> copy = new EnumMap<>(SourceFormat.class);
		sourceColumns.forEach((format, names) -> copy.put(format, List.copyOf(names)));
		sourceColumns = Map.copyOf(copy);
	}

	/**
	 * Returns the column names this variable has in one source format.
	 *
	 * @param format the source format
	 * @return the names, empty if the format does not carry this variable
	 */
	public List<String> columnsIn(SourceFormat format) {
		return sourceColumns.getOrDefault(format, List.of());
	}
}
