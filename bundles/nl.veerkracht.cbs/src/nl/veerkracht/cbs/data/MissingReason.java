package nl.veerkracht.cbs.data;

import java.util.Optional;

import nl.veerkracht.cbs.internal.CbsNumbers;

/**
 * Why a CBS value is missing. Every reader maps the markers of its format to one of these, and no missing
 * value is ever turned into a number (in particular not into 0).
 * <p>
 * The meanings of StatLine's symbols are CBS's own legend ("Verklaring van symbolen" in the Toelichting
 * Kerncijfers wijken en buurten). The meanings of the Wijk- en Buurtkaart codes are not in a document
 * shipped with the data; they are inferred from where they occur: {@code -99999999} marks small buurten's
 * percentages in the 2017 map (secret or unknown, the map counterpart of StatLine's {@code .}),
 * {@code -99997} marks small buurten's percentages in the 2024 maps (secret), {@code -99995} marks whole
 * themes of a 2024 map that CBS had not yet published when the map was made.
 */
public enum MissingReason {

	/** StatLine {@code .} and WBK {@code -99999999}: "het cijfer is onbekend, onvoldoende betrouwbaar of geheim". */
	UNKNOWN_OR_SECRET,

	/** StatLine {@code x}, WBK {@code -99999997} and {@code -99997}: secret (geheim), too few cases. */
	SECRET,

	/**
	 * StatLine {@code -}: "nihil". CBS uses it for a true nil, but the product keeps it missing so that
	 * it never becomes a measured 0 silently; a consumer that wants nil as 0 must say so explicitly.
	 */
	NIHIL,

	/** WBK {@code -99995} and {@code -99999998}: not (yet) published for this year. */
	NOT_YET_PUBLISHED,

	/** {@code null} in a JSON series: suppressed by the publisher. */
	SUPPRESSED,

	/**
	 * An empty cell. CBS's legend says blank means "het cijfer kan op logische gronden niet voorkomen";
	 * in exports it also stands for not published. Either way there is no number.
	 */
	BLANK,

	/** A derived value (see the catalogue's percentage rule) whose inputs were missing or whose denominator was 0. */
	NOT_DERIVABLE;

	/**
	 * Reads a StatLine or kwb missing-value symbol: {@code .} unknown or secret, {@code x} secret,
	 * {@code -} nihil, an empty cell blank.
	 *
	 * @param text the cell text; surrounding spaces are ignored
	 * @return the reason, or empty if the text is not a symbol
	 */
	public static Optional<MissingReason> forSymbol(String text) {
		return CbsNumbers.symbol(text.strip());
	}

	/**
	 * Reads a Wijk- en Buurtkaart missing-value code such as {@code -99999997}.
	 *
	 * @param value the number in the map's attribute table
	 * @return the reason, or empty if the value is not a listed code
	 */
	public static Optional<MissingReason> forWbkCode(double value) {
		return CbsNumbers.wbkCode(value);
	}

	/**
	 * Tells whether a number looks like a Wijk- en Buurtkaart missing-value code that is not listed (a large
	 * negative sentinel, -99990 or below).
	 *
	 * @param value the number
	 * @return {@code true} if it should be read as missing rather than as a number
	 */
	public static boolean looksLikeUnlistedWbkCode(double value) {
		return CbsNumbers.looksLikeUnknownCode(value);
	}
}
