package nl.veerkracht.scoring.ui.profile;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short form of an indicator value's trace for a table cell: the CBS variables it was computed from, e.g.
 * {@code a_soz_wb, a_inw} for the trace
 * {@code 1000 × (a_soz_wb = 312 (Kerncijfers…2016.csv, line 8, column 40)) / (a_inw = …)} or for
 * {@code p_hh_lkk UNKNOWN_OR_SECRET (Kerncijfers…2016.csv, line 8, column 101)}. The whole trace, with files,
 * lines and columns, is the cell's tooltip. A trace without CBS variable names is shown as it is.
 */
final class SourceText {

	/** A CBS variable name: lower case words joined by underscores, such as {@code p_hh_lkk} or {@code a_inw}. */
	private static final Pattern VARIABLE = Pattern.compile("\\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\\b"); //$NON-NLS-1$

	private SourceText() {
	}

	/**
	 * @param trace an indicator value's trace (its source column)
	 * @return the variables, or the trace itself
	 */
	static String shortForm(String trace) {
		Set<String> variables = new LinkedHashSet<>();
		Matcher variable = VARIABLE.matcher(trace);
		while (variable.find()) {
			variables.add(variable.group());
		}
		return variables.isEmpty() ? trace : String.join(", ", variables); //$NON-NLS-1$
	}
}
