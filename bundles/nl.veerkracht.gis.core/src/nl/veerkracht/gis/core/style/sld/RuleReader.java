package nl.veerkracht.gis.core.style.sld;

import java.util.Objects;

/**
 * Reads one {@code Rule}: its title (legend label), filter or {@code ElseFilter}, scale range and
 * symbolizers.
 */
final class RuleReader {

	private final ReadContext context;
	private final FilterReader filters;
	private final SymbolizerReader symbolizers;

	RuleReader(ReadContext context) {
		this.context = context;
		this.filters = new FilterReader(context);
		this.symbolizers = new SymbolizerReader(context);
	}

	/**
	 * @param rule a {@code Rule} element
	 * @return what it says
	 * @throws SldException naming the line of an unsupported or malformed part
	 */
	ReadRule read(XmlElement rule) throws SldException {
		String title = SldReader.titleOf(rule);
		if (title == null) {
			title = Objects.requireNonNullElse(rule.styleText("Name"), "");
		}
		XmlElement filterElement = rule.children().stream().filter(child -> child.isFilter("Filter")).findFirst()
				.orElse(null);
		XmlElement elseFilter = rule.styleChild("ElseFilter");
		if (filterElement != null && elseFilter != null) {
			throw context.fault(elseFilter, "a rule has either a Filter or an ElseFilter, not both");
		}
		RuleFilter filter = filterElement != null ? filters.read(filterElement)
				: elseFilter != null ? new RuleFilter.Else() : null;
		double minScale = scale(rule.styleChild("MinScaleDenominator"), 0);
		double maxScale = scale(rule.styleChild("MaxScaleDenominator"), Double.POSITIVE_INFINITY);
		SymbolizerReader.RuleSymbols symbols = symbolizers.read(rule, Metadata.parse(SldReader.abstractOf(rule)),
				minScale, maxScale);
		return new ReadRule(rule, title, filter, minScale, maxScale, symbols);
	}

	private double scale(XmlElement denominator, double fallback) throws SldException {
		if (denominator == null) {
			return fallback;
		}
		try {
			return SldValues.parseNumber(denominator.text());
		} catch (IllegalArgumentException e) {
			throw context.fault(denominator, e.getMessage() + "; a scale denominator must be a number");
		}
	}
}
