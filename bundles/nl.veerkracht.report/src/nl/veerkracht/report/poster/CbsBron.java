package nl.veerkracht.report.poster;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The source line a poster with CBS figures carries (CC BY 4.0): "Bron: CBS, Kerncijfers wijken en buurten
 * &lt;jaren&gt;, CC BY 4.0", the years written as ranges where they follow each other, e.g. "2014–2016" or
 * "2012, 2014–2016".
 */
public final class CbsBron {

	private CbsBron() {
	}

	/**
	 * @param years the years of the Kerncijfers wijken en buurten the poster's maps were made from, in any order,
	 *        duplicates allowed
	 * @return the source line, e.g. "Bron: CBS, Kerncijfers wijken en buurten 2014–2016, CC BY 4.0"; without years
	 *         "Bron: CBS, Kerncijfers wijken en buurten, CC BY 4.0"
	 */
	public static String kerncijfers(int... years) {
		String span = jaren(years);
		return "Bron: CBS, Kerncijfers wijken en buurten" + (span.isEmpty() ? "" : " " + span) + ", CC BY 4.0";
	}

	/**
	 * @param years years in any order, duplicates allowed
	 * @return them sorted, consecutive years joined into a range with an en dash, e.g. "2012, 2014–2016"; empty
	 *         for no years
	 */
	public static String jaren(int... years) {
		TreeSet<Integer> sorted = new TreeSet<>();
		for (int year : years) {
			sorted.add(year);
		}
		List<String> parts = new ArrayList<>();
		Integer start = null;
		Integer previous = null;
		for (int year : sorted) {
			if (previous != null && year == previous + 1) {
				previous = year;
				continue;
			}
			if (start != null) {
				parts.add(range(start, previous));
			}
			start = year;
			previous = year;
		}
		if (start != null) {
			parts.add(range(start, previous));
		}
		return String.join(", ", parts);
	}

	private static String range(int start, int end) {
		return start == end ? Integer.toString(start) : start + "\u2013" + end;
	}
}
