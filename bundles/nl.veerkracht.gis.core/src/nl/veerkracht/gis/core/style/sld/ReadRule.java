package nl.veerkracht.gis.core.style.sld;

import nl.veerkracht.gis.core.style.SimpleStyle;

/**
 * One rule of an SLD style as read.
 *
 * @param element  the {@code Rule} element, for messages
 * @param title    the rule's title (its legend label), empty when it has none
 * @param filter   what the rule selects, or {@code null} when it has no filter
 * @param minScale the smallest scale denominator the rule is drawn at, 0 for none
 * @param maxScale the largest scale denominator the rule is drawn at, infinity for none
 * @param symbols  the rule's symbol and labels
 */
record ReadRule(XmlElement element, String title, RuleFilter filter, double minScale, double maxScale,
		SymbolizerReader.RuleSymbols symbols) {

	/** @return the symbol the rule draws features with, or {@code null} if it only labels */
	SimpleStyle symbol() {
		return symbols.symbol();
	}

	/** @return whether the rule is limited to a range of scales */
	boolean hasScaleRange() {
		return minScale > 0 || maxScale != Double.POSITIVE_INFINITY;
	}

	/** @return how the rule is named in messages: its title, or its line */
	String describe() {
		return title.isEmpty() ? "the rule on line " + element.line() : "the rule \"" + title + "\"";
	}
}
