package nl.veerkracht.gis.shapefile.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.veerkracht.gis.core.crs.Crs;

/**
 * Recognises the coordinate reference system of a {@code .prj} (OGC or Esri WKT): by a top-level EPSG
 * authority, else by the name of the outermost {@code PROJCS}/{@code GEOGCS}.
 */
public final class PrjCrs {

	private static final Pattern OUTER_NAME = Pattern.compile("^\\s*(?:PROJCS|PROJCRS|GEOGCS|GEOGCRS|GEODCRS)\\s*\\[\\s*\"([^\"]*)\"",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern LAST_AUTHORITY = Pattern.compile(
			"(?:AUTHORITY|ID)\\s*\\[\\s*\"EPSG\"\\s*,\\s*\"?(\\d+)\"?\\s*\\]\\s*\\]\\s*$", Pattern.CASE_INSENSITIVE);

	private PrjCrs() {
	}

	/**
	 * @param wkt the text of a {@code .prj}
	 * @return the CRS, or empty when it is not one the workbench recognises
	 */
	public static Optional<Crs> recognise(String wkt) {
		Matcher authority = LAST_AUTHORITY.matcher(wkt.strip());
		if (authority.find()) {
			return Optional.of(Crs.forCode("EPSG:" + authority.group(1)));
		}
		return name(wkt).flatMap(PrjCrs::byName).map(code -> Crs.forCode("EPSG:" + code));
	}

	/**
	 * @param wkt the text of a {@code .prj}
	 * @return the name of its outermost coordinate system, if it has one
	 */
	public static Optional<String> name(String wkt) {
		Matcher name = OUTER_NAME.matcher(wkt);
		return name.find() ? Optional.of(name.group(1)) : Optional.empty();
	}

	private static Optional<Integer> byName(String name) {
		String key = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
		return Optional.ofNullable(switch (key) {
			case "rd_new", "amersfoort_rd_new" -> 28992;
			case "amersfoort", "gcs_amersfoort" -> 4289;
			case "wgs_84", "wgs84", "gcs_wgs_1984" -> 4326;
			case "wgs_84_pseudo_mercator", "wgs_1984_web_mercator_auxiliary_sphere", "wgs_1984_web_mercator",
					"popular_visualisation_crs_mercator" -> 3857;
			case "etrs89", "gcs_etrs_1989" -> 4258;
			case "etrs89_utm_zone_31n", "etrs_1989_utm_zone_31n" -> 25831;
			case "etrs89_utm_zone_32n", "etrs_1989_utm_zone_32n" -> 25832;
			default -> null;
		});
	}
}
