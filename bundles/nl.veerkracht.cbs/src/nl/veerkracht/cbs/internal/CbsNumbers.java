package nl.veerkracht.cbs.internal;

import java.util.Optional;

import nl.veerkracht.cbs.data.MissingReason;

/**
 * The missing-value markers of CBS files and the parsing of CBS number texts.
 */
public final class CbsNumbers {

	private CbsNumbers() {
	}

	/**
	 * Maps a StatLine / kwb text symbol to its missing reason: {@code .} unknown or secret, {@code x}
	 * secret, {@code -} nihil, empty blank.
	 *
	 * @param text the cell text, trimmed
	 * @return the reason, or empty if the text is not a symbol
	 */
	public static Optional<MissingReason> symbol(String text) {
		return switch (text) {
			case "." -> Optional.of(MissingReason.UNKNOWN_OR_SECRET);
			case "x", "X" -> Optional.of(MissingReason.SECRET);
			case "-" -> Optional.of(MissingReason.NIHIL);
			case "" -> Optional.of(MissingReason.BLANK);
			default -> Optional.empty();
		};
	}

	/**
	 * Maps a Wijk- en Buurtkaart numeric code to its missing reason (see {@link MissingReason} for how the
	 * meanings were established).
	 *
	 * @param value the number in the map's attribute table
	 * @return the reason, or empty if the value is an ordinary number
	 */
	public static Optional<MissingReason> wbkCode(double value) {
		if (value == -99999999d) {
			return Optional.of(MissingReason.UNKNOWN_OR_SECRET);
		}
		if (value == -99999998d || value == -99995d) {
			return Optional.of(MissingReason.NOT_YET_PUBLISHED);
		}
		if (value == -99999997d || value == -99997d) {
			return Optional.of(MissingReason.SECRET);
		}
		return Optional.empty();
	}

	/**
	 * Tells whether a number looks like an unlisted WBK missing code (a large negative sentinel).
	 *
	 * @param value the number
	 * @return {@code true} for values of -99990 or below
	 */
	public static boolean looksLikeUnknownCode(double value) {
		return value <= -99990d;
	}

	/**
	 * Parses a number as CBS writes it: a decimal comma or point, no thousands separators.
	 *
	 * @param text the trimmed cell text
	 * @return the number, or empty if the text is not a number
	 */
	public static Optional<Double> parse(String text) {
		String normalised = text.replace(',', '.');
		if (normalised.isEmpty() || !normalised.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?")) {
			return Optional.empty();
		}
		return Optional.of(Double.parseDouble(normalised));
	}
}
