package nl.veerkracht.cbs.online;

import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The identifiers of the CBS StatLine tables <i>Kerncijfers wijken en buurten</i> (KWB), one per year.
 * <p>
 * The list was compiled from knowledge of the CBS open data catalogue and could not be checked online when
 * it was written: check it against the live catalogue (https://opendata.cbs.nl/ODataCatalog/Tables, or the
 * StatLine pages of the tables) before relying on a year, and add new years here as CBS publishes them.
 * <table>
 * <caption>KWB tables</caption>
 * <tr><th>year</th><th>table</th></tr>
 * <tr><td>2024</td><td>85984NED</td></tr>
 * <tr><td>2023</td><td>85618NED</td></tr>
 * <tr><td>2022</td><td>85318NED</td></tr>
 * <tr><td>2021</td><td>85039NED</td></tr>
 * <tr><td>2020</td><td>84799NED</td></tr>
 * <tr><td>2019</td><td>84583NED</td></tr>
 * <tr><td>2018</td><td>84286NED</td></tr>
 * <tr><td>2017</td><td>83765NED</td></tr>
 * <tr><td>2016</td><td>83487NED</td></tr>
 * <tr><td>2015</td><td>83220NED</td></tr>
 * <tr><td>2014</td><td>82931NED</td></tr>
 * </table>
 */
public final class KwbTables {

	private static final Map<Integer, String> TABLE_BY_YEAR = new TreeMap<>(Map.ofEntries(
			Map.entry(2024, "85984NED"),
			Map.entry(2023, "85618NED"),
			Map.entry(2022, "85318NED"),
			Map.entry(2021, "85039NED"),
			Map.entry(2020, "84799NED"),
			Map.entry(2019, "84583NED"),
			Map.entry(2018, "84286NED"),
			Map.entry(2017, "83765NED"),
			Map.entry(2016, "83487NED"),
			Map.entry(2015, "83220NED"),
			Map.entry(2014, "82931NED")));

	private KwbTables() {
	}

	/**
	 * Returns the KWB table of a year.
	 *
	 * @param year the reference year of the figures
	 * @return the table identifier, for example {@code "85984NED"} for 2024, or empty for a year not listed
	 */
	public static Optional<String> tableId(int year) {
		return Optional.ofNullable(TABLE_BY_YEAR.get(year));
	}

	/**
	 * Returns the years that have a known KWB table.
	 *
	 * @return the years in ascending order
	 */
	public static SortedSet<Integer> years() {
		return new TreeSet<>(TABLE_BY_YEAR.keySet());
	}
}
