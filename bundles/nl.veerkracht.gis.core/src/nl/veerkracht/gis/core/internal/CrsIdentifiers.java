package nl.veerkracht.gis.core.internal;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the textual forms of CRS identifiers found in data files into EPSG codes.
 */
public final class CrsIdentifiers {

	/** EPSG code used for OGC CRS84, which is WGS 84 with longitude/latitude axis order. */
	private static final int CRS84_AS_EPSG = 4326;

	private static final Pattern CODE = Pattern.compile("(?:epsg:)?(\\d+)");
	private static final Pattern URN = Pattern.compile("urn:(?:x-)?ogc:def:crs:([^:]+):(?:.*:)?([^:]+)");
	private static final Pattern URL = Pattern.compile("https?://www\\.opengis\\.net/def/crs/([^/]+)/[^/]*/([^/]+)");
	private static final Pattern CRS84 = Pattern.compile("(?:ogc:)?crs:?84");

	private CrsIdentifiers() {
	}

	/**
	 * Extracts the EPSG code from an identifier such as {@code "EPSG:28992"}, {@code "28992"},
	 * {@code "urn:ogc:def:crs:EPSG::28992"}, {@code "http://www.opengis.net/def/crs/EPSG/0/28992"} or an OGC
	 * CRS84 URN/URL (yielding 4326). Matching is case-insensitive.
	 *
	 * @param identifier the identifier
	 * @return the EPSG code, or empty if the identifier has none of the supported forms
	 */
	public static OptionalInt parseEpsgCode(String identifier) {
		String text = identifier.trim().toLowerCase(Locale.ROOT);
		Matcher code = CODE.matcher(text);
		if (code.matches()) {
			return parseNumber(code.group(1));
		}
		if (CRS84.matcher(text).matches()) {
			return OptionalInt.of(CRS84_AS_EPSG);
		}
		Matcher urn = URN.matcher(text);
		if (urn.matches()) {
			return authorityCode(urn.group(1), urn.group(2));
		}
		Matcher url = URL.matcher(text);
		if (url.matches()) {
			return authorityCode(url.group(1), url.group(2));
		}
		return OptionalInt.empty();
	}

	private static OptionalInt authorityCode(String authority, String code) {
		if (authority.equals("epsg") && code.chars().allMatch(Character::isDigit)) {
			return parseNumber(code);
		}
		if (authority.equals("ogc") && code.equals("crs84")) {
			return OptionalInt.of(CRS84_AS_EPSG);
		}
		return OptionalInt.empty();
	}

	private static OptionalInt parseNumber(String digits) {
		try {
			return OptionalInt.of(Integer.parseInt(digits));
		} catch (NumberFormatException tooLarge) {
			return OptionalInt.empty();
		}
	}
}
