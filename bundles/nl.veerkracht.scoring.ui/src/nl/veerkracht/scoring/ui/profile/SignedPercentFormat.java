package nl.veerkracht.scoring.ui.profile;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;
import nl.veerkracht.gis.core.format.DutchNumbers;

/**
 * Axis ticks of a relative difference given in percent: {@code +50 %}, {@code 0 %}, {@code -25 %}, with Dutch
 * thousands points. It also parses them back, as SWTChart does to tell major ticks from rounded ones.
 */
final class SignedPercentFormat extends Format {

	private static final long serialVersionUID = 1L;

	private final DecimalFormat number = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(DutchNumbers.DUTCH)); //$NON-NLS-1$

	@Override
	public StringBuffer format(Object value, StringBuffer target, FieldPosition position) {
		return target.append(DutchNumbers.signedPercent(((Number) value).doubleValue() / 100));
	}

	@Override
	public Object parseObject(String source, ParsePosition position) {
		int start = position.getIndex();
		int at = start < source.length() && source.charAt(start) == '+' ? start + 1 : start;
		ParsePosition inner = new ParsePosition(at);
		Number parsed = number.parse(source, inner);
		if (parsed == null) {
			position.setErrorIndex(inner.getErrorIndex());
			return null;
		}
		int end = inner.getIndex();
		int sign = end < source.length() && source.charAt(end) == ' ' ? end + 1 : end;
		position.setIndex(sign < source.length() && source.charAt(sign) == '%' ? sign + 1 : end);
		return parsed.doubleValue();
	}
}
