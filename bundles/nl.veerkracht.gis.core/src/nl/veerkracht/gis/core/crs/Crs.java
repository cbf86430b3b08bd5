package nl.veerkracht.gis.core.crs;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.Proj4jException;

import nl.veerkracht.gis.core.internal.CrsIdentifiers;
import nl.veerkracht.gis.core.internal.EpsgNames;

/**
 * A coordinate reference system identified by an EPSG code.
 * <p>
 * Geographic systems always use longitude as x and latitude as y (the GeoJSON axis order), in degrees;
 * projected systems use easting as x and northing as y. Instances are cached: there is one instance per
 * EPSG code, and instances are immutable and thread-safe.
 */
public final class Crs {

	/** Amersfoort / RD New (EPSG:28992), the Dutch national grid in metres; the default map CRS. */
	public static final Crs RD_NEW = new Crs(28992, "Amersfoort / RD New", false);

	/** WGS 84 (EPSG:4326) with longitude as x and latitude as y, as in GeoJSON (OGC CRS84). */
	public static final Crs WGS84 = new Crs(4326, "WGS 84", true);

	/** WGS 84 / Pseudo-Mercator (EPSG:3857), the web map projection in metres. */
	public static final Crs WEB_MERCATOR = new Crs(3857, "WGS 84 / Pseudo-Mercator", false);

	private static final Map<Integer, Crs> BY_EPSG_CODE = new ConcurrentHashMap<>(Map.of(
			RD_NEW.epsgCode, RD_NEW, WGS84.epsgCode, WGS84, WEB_MERCATOR.epsgCode, WEB_MERCATOR));

	private static final Object PROJ4J_LOCK = new Object();

	private final int epsgCode;
	private final String name;
	private final boolean geographic;
	private volatile CoordinateReferenceSystem projection;

	private Crs(int epsgCode, String name, boolean geographic) {
		this.epsgCode = epsgCode;
		this.name = name;
		this.geographic = geographic;
	}

	/**
	 * Returns the CRS for an identifier.
	 * <p>
	 * Accepted forms: {@code "EPSG:28992"}, {@code "28992"}, {@code "urn:ogc:def:crs:EPSG::28992"},
	 * {@code "urn:ogc:def:crs:EPSG:6.18:3:28992"}, {@code "http://www.opengis.net/def/crs/EPSG/0/28992"},
	 * and OGC CRS84 ({@code "urn:ogc:def:crs:OGC:1.3:CRS84"},
	 * {@code "http://www.opengis.net/def/crs/OGC/1.3/CRS84"}), which yields {@link #WGS84}.
	 *
	 * @param identifier the identifier
	 * @return the CRS
	 * @throws UnknownCrsException if the identifier cannot be parsed or the EPSG code is not supported
	 */
	public static Crs forCode(String identifier) {
		Objects.requireNonNull(identifier, "identifier");
		int code = CrsIdentifiers.parseEpsgCode(identifier).orElseThrow(() -> new UnknownCrsException(identifier,
				"not an EPSG code, EPSG URN/URL or OGC CRS84 identifier"));
		return BY_EPSG_CODE.computeIfAbsent(code, c -> create(identifier, c));
	}

	private static Crs create(String identifier, int code) {
		CoordinateReferenceSystem projection = createProjection(code, identifier);
		String name = EpsgNames.lookup(code).orElse("EPSG:" + code);
		Crs crs = new Crs(code, name, Boolean.TRUE.equals(projection.isGeographic()));
		crs.projection = projection;
		return crs;
	}

	private static CoordinateReferenceSystem createProjection(int code, String identifier) {
		synchronized (PROJ4J_LOCK) {
			try {
				return new CRSFactory().createFromName("EPSG:" + code);
			} catch (Proj4jException e) {
				throw new UnknownCrsException(identifier, "EPSG:" + code + " is not supported (" + e.getMessage() + ")");
			}
		}
	}

	/**
	 * Returns the identifier in {@code "EPSG:nnnn"} form.
	 *
	 * @return the code, for example {@code "EPSG:28992"}
	 */
	public String code() {
		return "EPSG:" + epsgCode;
	}

	/**
	 * Returns the numeric EPSG code.
	 *
	 * @return the code, for example 28992
	 */
	public int epsgCode() {
		return epsgCode;
	}

	/**
	 * Returns the human-readable name.
	 *
	 * @return the name, for example {@code "Amersfoort / RD New"}
	 */
	public String name() {
		return name;
	}

	/**
	 * Tells whether coordinates are longitude/latitude in degrees rather than projected map units.
	 *
	 * @return {@code true} for geographic systems such as {@link #WGS84}
	 */
	public boolean isGeographic() {
		return geographic;
	}

	/** Returns the proj4j definition, created on first use. */
	CoordinateReferenceSystem projection() {
		CoordinateReferenceSystem result = projection;
		if (result == null) {
			result = createProjection(epsgCode, code());
			projection = result;
		}
		return result;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Crs crs && epsgCode == crs.epsgCode;
	}

	@Override
	public int hashCode() {
		return Integer.hashCode(epsgCode);
	}

	@Override
	public String toString() {
		return code() + " (" + name + ")";
	}
}
