package nl.veerkracht.gis.core.table;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * Formats attribute values for people in one language: numbers with the locale's decimal separator,
 * whole numbers of five digits or more with grouping (so that years and codes such as 2014 stay as
 * written, as the Dutch spelling rules have it), reals with at most four decimals, yes/no for booleans.
 * Not thread-safe: use one instance per thread.
 */
public final class AttributeValueFormat {

	private static final long GROUPING_FROM = 10_000;
	private static final int MAX_DECIMALS = 4;

	private final NumberFormat grouped;
	private final NumberFormat plain;
	private final String yes;
	private final String no;

	/**
	 * Creates a format.
	 *
	 * @param locale the language and country, for example {@code nl-NL}
	 * @param yes the text for {@code true}
	 * @param no the text for {@code false}
	 */
	public AttributeValueFormat(Locale locale, String yes, String no) {
		this.grouped = NumberFormat.getNumberInstance(locale);
		this.plain = NumberFormat.getNumberInstance(locale);
		for (NumberFormat format : new NumberFormat[] { grouped, plain }) {
			format.setMaximumFractionDigits(MAX_DECIMALS);
			format.setMinimumFractionDigits(0);
		}
		plain.setGroupingUsed(false);
		this.yes = Objects.requireNonNull(yes, "yes");
		this.no = Objects.requireNonNull(no, "no");
	}

	/**
	 * Creates the Dutch format ({@code 12.345}, {@code 2,4}, {@code ja}, {@code nee}).
	 *
	 * @return the format
	 */
	public static AttributeValueFormat dutch() {
		return new AttributeValueFormat(Locale.forLanguageTag("nl-NL"), "ja", "nee");
	}

	/**
	 * Formats a value.
	 *
	 * @param value an attribute value: a {@link String}, {@link Long}, {@link Double}, {@link Boolean} or
	 *        {@code null}
	 * @return the text; empty for {@code null}
	 */
	public String format(Object value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value instanceof Boolean bool) {
			return bool ? yes : no;
		}
		if (value instanceof Double number && !Double.isFinite(number)) {
			return number.toString();
		}
		if (value instanceof Number number) {
			return Math.abs(number.doubleValue()) >= GROUPING_FROM ? grouped.format(number) : plain.format(number);
		}
		return value.toString();
	}
}
