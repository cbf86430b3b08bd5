package nl.veerkracht.gis.geopackage.internal;

import java.sql.SQLException;
import java.util.Map;

import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.geopackage.srs.SpatialReferenceSystemDao;
import nl.veerkracht.gis.core.crs.Crs;

/**
 * Finds or adds the {@code gpkg_spatial_ref_sys} row of a {@link Crs}. RD New, WGS 84 and Web Mercator
 * get their EPSG WKT definitions (as GDAL writes them); other EPSG codes get the definition mil.nga knows,
 * or {@code undefined} (allowed by the specification) when it knows none.
 */
public final class SpatialReferenceSystems {

	/** The organization name of EPSG codes in {@code gpkg_spatial_ref_sys}. */
	public static final String EPSG = "EPSG";

	private static final String UNDEFINED = "undefined";

	private static final Map<Integer, String> WKT = Map.of(
			28992, "PROJCS[\"Amersfoort / RD New\",GEOGCS[\"Amersfoort\",DATUM[\"Amersfoort\","
					+ "SPHEROID[\"Bessel 1841\",6377397.155,299.1528128,AUTHORITY[\"EPSG\",\"7004\"]],"
					+ "AUTHORITY[\"EPSG\",\"6289\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
					+ "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4289\"]],"
					+ "PROJECTION[\"Oblique_Stereographic\"],PARAMETER[\"latitude_of_origin\",52.1561605555556],"
					+ "PARAMETER[\"central_meridian\",5.38763888888889],PARAMETER[\"scale_factor\",0.9999079],"
					+ "PARAMETER[\"false_easting\",155000],PARAMETER[\"false_northing\",463000],"
					+ "UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],"
					+ "AUTHORITY[\"EPSG\",\"28992\"]]",
			4326, "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
					+ "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,"
					+ "AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
					+ "AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],AUTHORITY[\"EPSG\",\"4326\"]]",
			3857, "PROJCS[\"WGS 84 / Pseudo-Mercator\",GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\","
					+ "6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],"
					+ "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,"
					+ "AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]],PROJECTION[\"Mercator_1SP\"],"
					+ "PARAMETER[\"central_meridian\",0],PARAMETER[\"scale_factor\",1],PARAMETER[\"false_easting\",0],"
					+ "PARAMETER[\"false_northing\",0],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],"
					+ "AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"3857\"]]");

	private SpatialReferenceSystems() {
	}

	/**
	 * Returns the row for a CRS, adding it (with srs_id equal to the EPSG code) when missing.
	 *
	 * @param geoPackage the GeoPackage being written
	 * @param crs        the CRS
	 * @return the row
	 * @throws SQLException when the table cannot be read or written
	 */
	public static SpatialReferenceSystem getOrCreate(GeoPackage geoPackage, Crs crs) throws SQLException {
		SpatialReferenceSystemDao dao = geoPackage.getSpatialReferenceSystemDao();
		SpatialReferenceSystem existing = dao.queryForOrganizationCoordsysId(EPSG, crs.epsgCode());
		if (existing != null) {
			return existing;
		}
		String wkt = WKT.get(crs.epsgCode());
		if (wkt == null) {
			try {
				return dao.getOrCreateCode(EPSG, crs.epsgCode());
			} catch (RuntimeException unknownToMilNga) {
				wkt = UNDEFINED;
			}
		}
		SpatialReferenceSystem srs = new SpatialReferenceSystem();
		srs.setSrsName(crs.name());
		srs.setSrsId(crs.epsgCode());
		srs.setOrganization(EPSG);
		srs.setOrganizationCoordsysId(crs.epsgCode());
		srs.setDefinition(wkt);
		srs.setDescription(crs.name());
		dao.create(srs);
		return srs;
	}
}
