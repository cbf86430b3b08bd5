package nl.veerkracht.scoring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.veerkracht.cbs.data.MissingReason;

/**
 * The reasons for a missing indicator value in words for a reader of a report: the codes of
 * {@link MissingReason} (CBS's own reasons) and {@link MissingCause} (why an indicator could not be computed),
 * which tables and exports keep as codes.
 */
public final class MissingReasonTexts {

	private static final Map<String, String> DUTCH = new LinkedHashMap<>();

	static {
		DUTCH.put(MissingReason.UNKNOWN_OR_SECRET.name(), "onbekend of geheim bij CBS");
		DUTCH.put(MissingReason.SECRET.name(), "geheim bij CBS");
		DUTCH.put(MissingReason.NIHIL.name(), "nihil volgens CBS");
		DUTCH.put(MissingReason.NOT_YET_PUBLISHED.name(), "nog niet gepubliceerd");
		DUTCH.put(MissingReason.SUPPRESSED.name(), "niet vrijgegeven");
		DUTCH.put(MissingReason.BLANK.name(), "leeg in het bestand");
		DUTCH.put(MissingReason.NOT_DERIVABLE.name(), "niet af te leiden");
		DUTCH.put(MissingCause.INPUT_MISSING.name(), "ontbreekt bij CBS");
		DUTCH.put(MissingCause.INPUT_NOT_READ.name(), "niet in de bestanden");
		DUTCH.put(MissingCause.ZERO_DENOMINATOR.name(), "geen inwoners om door te delen");
	}

	private static final Pattern CODE = Pattern.compile("\\b(" + String.join("|", DUTCH.keySet()) + ")\\b");

	private MissingReasonTexts() {
	}

	/**
	 * @param text a reason code such as {@code UNKNOWN_OR_SECRET}, or a text with such codes in it
	 * @return the text with every known code in Dutch words; other text as it is
	 */
	public static String dutch(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		Matcher matcher = CODE.matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(result, Matcher.quoteReplacement(DUTCH.get(matcher.group(1))));
		}
		matcher.appendTail(result);
		return result.toString();
	}
}
