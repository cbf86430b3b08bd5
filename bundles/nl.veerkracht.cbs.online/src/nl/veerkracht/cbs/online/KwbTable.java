package nl.veerkracht.cbs.online;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The <i>Kerncijfers wijken en buurten</i> of one gemeente for one year, as downloaded from CBS: the
 * column descriptions and one row per region (the gemeente, its wijken and its buurten). Immutable.
 */
public final class KwbTable {

	private final String tableId;
	private final int year;
	private final String gemeenteCode;
	private final List<DataProperty> properties;
	private final Map<String, Map<String, Object>> rowsByRegion;

	/**
	 * Creates a table.
	 *
	 * @param tableId the CBS table identifier, for example {@code "85984NED"}
	 * @param year the reference year
	 * @param gemeenteCode the gemeente, for example {@code "GM0599"}
	 * @param properties the column descriptions in table order
	 * @param rowsByRegion the rows by trimmed region code ({@code "GM0599"}, {@code "WK059901"},
	 *        {@code "BU05990110"}); each row maps column key to a {@link Long}, {@link Double}, {@link String},
	 *        {@link Boolean} or {@code null} value; the maps are copied, keeping their order
	 */
	public KwbTable(String tableId, int year, String gemeenteCode, List<DataProperty> properties,
			Map<String, Map<String, Object>> rowsByRegion) {
		this.tableId = Objects.requireNonNull(tableId, "tableId");
		this.year = year;
		this.gemeenteCode = Objects.requireNonNull(gemeenteCode, "gemeenteCode");
		this.properties = List.copyOf(properties);
		Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
		rowsByRegion.forEach((code, row) -> rows.put(code, Collections.unmodifiableMap(new LinkedHashMap<>(row))));
		this.rowsByRegion = Collections.unmodifiableMap(rows);
	}

	/**
	 * Returns the CBS table identifier.
	 *
	 * @return the identifier, for example {@code "85984NED"}
	 */
	public String getTableId() {
		return tableId;
	}

	/**
	 * Returns the reference year of the figures.
	 *
	 * @return the year
	 */
	public int getYear() {
		return year;
	}

	/**
	 * Returns the gemeente the rows belong to.
	 *
	 * @return the code, for example {@code "GM0599"}
	 */
	public String getGemeenteCode() {
		return gemeenteCode;
	}

	/**
	 * Returns the column descriptions: dimensions and topics, without topic groups.
	 *
	 * @return an immutable list in table order
	 */
	public List<DataProperty> getProperties() {
		return properties;
	}

	/**
	 * Looks up a column description.
	 *
	 * @param key the column key, for example {@code "AantalInwoners_5"}
	 * @return the description, or empty if the table has no such column
	 */
	public Optional<DataProperty> property(String key) {
		return properties.stream().filter(property -> property.key().equals(key)).findFirst();
	}

	/**
	 * Returns all rows by region code.
	 *
	 * @return an immutable map from trimmed region code to an immutable row (column key to value), in the
	 *         order CBS returned them
	 */
	public Map<String, Map<String, Object>> getRows() {
		return rowsByRegion;
	}

	/**
	 * Returns the region codes in the order CBS returned them.
	 *
	 * @return the trimmed codes, for example {@code "GM0599"}, {@code "WK059901"}, {@code "BU05990110"}
	 */
	public Set<String> regionCodes() {
		return rowsByRegion.keySet();
	}

	/**
	 * Returns the row of a region.
	 *
	 * @param regionCode the trimmed region code
	 * @return the row (column key to value), or empty if the table has no such region
	 */
	public Optional<Map<String, Object>> row(String regionCode) {
		return Optional.ofNullable(rowsByRegion.get(regionCode));
	}
}
