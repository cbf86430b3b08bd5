package nl.veerkracht.scoring.ui.open;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.veerkracht.cbs.data.MissingReason;
import nl.veerkracht.cbs.io.CbsFileKind;
import nl.veerkracht.scoring.Role;

/** The wizard's words for kinds of file, roles, CBS missing-value symbols, years and counts. */
final class PreviewTexts {

	private static final Locale DUTCH = Locale.forLanguageTag("nl-NL"); //$NON-NLS-1$

	private PreviewTexts() {
	}

	/**
	 * @param kind a kind of CBS file
	 * @return e.g. "StatLine-CSV"
	 */
	static String kind(CbsFileKind kind) {
		return switch (kind) {
		case STATLINE_CSV -> OpenMessages.Kind_statLine;
		case KWB_XLSX -> OpenMessages.Kind_kwbXlsx;
		case WBK_GEOJSON -> OpenMessages.Kind_wbk;
		case SERIES_JSON -> OpenMessages.Kind_series;
		};
	}

	/**
	 * @param role the role of a registered indicator
	 * @return e.g. "draagkracht: drager"
	 */
	static String role(Role role) {
		return switch (role) {
		case KWETSBAARHEID -> OpenMessages.Role_kwetsbaarheid;
		case DRAGER -> OpenMessages.Role_drager;
		case VRAGER -> OpenMessages.Role_vrager;
		case CONTEXT -> OpenMessages.Role_context;
		};
	}

	/**
	 * @param role the role of an indicator in the engine's table
	 * @return e.g. "draagkracht: drager"
	 */
	static String role(nl.veerkracht.scoring.engine.Role role) {
		return switch (role) {
		case KWETSBAARHEID -> OpenMessages.Role_kwetsbaarheid;
		case DRAAGKRACHT_DRAGER -> OpenMessages.Role_drager;
		case DRAAGKRACHT_VRAGER -> OpenMessages.Role_vrager;
		case CONTEXT -> OpenMessages.Role_context;
		};
	}

	/**
	 * @param reason why CBS values are missing
	 * @return the meaning with the CBS symbol, e.g. "geheim (x)"
	 */
	static String missing(MissingReason reason) {
		return switch (reason) {
		case UNKNOWN_OR_SECRET -> OpenMessages.Missing_unknownOrSecret;
		case SECRET -> OpenMessages.Missing_secret;
		case NIHIL -> OpenMessages.Missing_nihil;
		case NOT_YET_PUBLISHED -> OpenMessages.Missing_notYetPublished;
		case SUPPRESSED -> OpenMessages.Missing_suppressed;
		case BLANK -> OpenMessages.Missing_blank;
		case NOT_DERIVABLE -> OpenMessages.Missing_notDerivable;
		};
	}

	/**
	 * @param counts missing values per reason
	 * @return e.g. "onbekend of geheim (.) 1.945, geheim (x) 400"
	 */
	static String missing(Map<MissingReason, Long> counts) {
		return counts.entrySet().stream().map(e -> missing(e.getKey()) + ' ' + number(e.getValue()))
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	/**
	 * @param years years, ascending
	 * @return e.g. "2014–2016", "2016", or "" for none
	 */
	static String years(int[] years) {
		if (years.length == 0) {
			return ""; //$NON-NLS-1$
		}
		int first = Arrays.stream(years).min().getAsInt();
		int last = Arrays.stream(years).max().getAsInt();
		return first == last ? Integer.toString(first) : first + "\u2013" + last; //$NON-NLS-1$
	}

	/**
	 * @param count a count
	 * @return with Dutch thousands separators, e.g. "1.945"
	 */
	static String number(long count) {
		return String.format(DUTCH, "%,d", count); //$NON-NLS-1$
	}
}
