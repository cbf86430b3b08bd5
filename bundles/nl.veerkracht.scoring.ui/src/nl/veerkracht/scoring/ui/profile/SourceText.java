package nl.veerkracht.scoring.ui.profile;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short form of an indicator value's trace for a table cell: the CBS variables it was computed from and
 * the file, e.g. {@code a_soz_wb, a_inw · Kerncijfers_wijken_en_buurten_2016.csv} for the trace
 * {@code 1000 × (a_soz_wb = 312 (Kerncijfers…2016.csv, line 8, column 40)) / (a_inw = …)}. A trace of another
 * form is shown as it is.
 */
final class SourceText {

	private static final Pattern VARIABLE = Pattern.compile("([A-Za-z][A-Za-z0-9_]*) ="); //$NON-NLS-1$
	private static final Pattern FILE = Pattern.compile("([^\\s(),/\\\\]+\\.(?:csv|xlsx?|json|geojson|gpkg|dbf))"); //$NON-NLS-1$

	private SourceText() {
	}

	/**
	 * @param trace an indicator value's trace (its source column)
	 * @return the variables and files, or the trace itself
	 */
	static String shortForm(String trace) {
		Set<String> variables = new LinkedHashSet<>();
		Matcher variable = VARIABLE.matcher(trace);
		while (variable.find()) {
			variables.add(variable.group(1));
		}
		Set<String> files = new LinkedHashSet<>();
		Matcher file = FILE.matcher(trace);
		while (file.find()) {
			files.add(file.group(1));
		}
		if (variables.isEmpty()) {
			return trace;
		}
		String text = String.join(", ", variables); //$NON-NLS-1$
		return files.isEmpty() ? text : text + " \u00b7 " + String.join(", ", files); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
