package nl.veerkracht.gis.gdal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;
import nl.veerkracht.testsupport.SharedData;

/**
 * Our GeoJSON reader agrees with GDAL on every vector file of the shared data: feature count, CRS,
 * attribute names, every attribute value of every feature and every polygon area.
 * <p>
 * Real-data quirks found and handled here:
 * <ul>
 * <li>Zaanstad (and other CBS/PDOK exports) give each feature a string {@code "id"} member, such as
 * {@code "cbs_wijken_2017.2"}. GDAL cannot use a string as FID and exposes it as an extra first field
 * {@code id}; we use it as the feature id. The test compares that GDAL field with our feature ids.</li>
 * <li>GDAL's CSV export writes a NULL as an empty field, so an empty string and a missing value look
 * alike there; both are accepted for either.</li>
 * <li>GDAL writes reals with 15 significant digits; reals are compared with a relative tolerance of
 * 1e-14, and areas (computed with JTS from GDAL's WKT and from our geometries, in the file's CRS) with
 * 1e-9.</li>
 * </ul>
 * The invalid {@code rotterdam/buurten_wgs84_as_published_trailing_comma.geojson} is left out: neither
 * reader accepts it (our reader's error test covers it).
 */
class GeoJsonAgreesWithGdalTest {

	private static final double REAL_TOLERANCE = 1e-14;
	private static final double AREA_TOLERANCE = 1e-9;
	private static final String GDAL_ID_FIELD = "id";

	@TempDir
	Path folder;

	static Stream<Path> vectorFiles() throws IOException {
		List<Path> files;
		try (Stream<Path> all = Files.walk(SharedData.directory())) {
			files = all.filter(file -> file.getFileName().toString().endsWith(".geojson"))
					.filter(file -> !file.getFileName().toString().contains("trailing_comma")).sorted().toList();
		}
		return files.stream();
	}

	@Test
	void allExpectedDataSetsAreCompared() throws IOException {
		List<String> names = vectorFiles().map(file -> SharedData.directory().relativize(file).toString()).toList();

		assertTrue(names.containsAll(List.of("nederland/wijken_2024.geojson", "zaanstad/wijk_zaanstad.geojson",
				"zaanstad/buurt_zaanstad.geojson", "ede/wijkenbuurtenwijken.geojson", "ede/municipality_ede.geojson",
				"baarn/baarn_buurten.geojson", "rotterdam/buurten_wgs84.geojson")), names::toString);
	}

	@ParameterizedTest
	@MethodSource("vectorFiles")
	void featureCountAndCrsAgree(Path file) throws Exception {
		FeatureCollection ours = new GeoJsonReader().read(file);
		OgrInfo gdal = OgrInfo.parse(Gdal.run("ogrinfo", "-so", "-al", file.toString())).get(0);

		assertEquals(gdal.featureCount(), ours.size(), "feature count");
		assertEquals(gdal.epsgCode(), ours.getCrs().epsgCode(), "EPSG code");
	}

	@ParameterizedTest
	@MethodSource("vectorFiles")
	void attributeNamesAndValuesAgree(Path file) throws Exception {
		FeatureCollection ours = new GeoJsonReader().read(file);
		CsvTable gdal = Gdal.toCsv(file, folder);

		List<String> gdalFields = new ArrayList<>(gdal.header().subList(1, gdal.header().size()));
		boolean idAsField = gdalFields.contains(GDAL_ID_FIELD) && ours.getSchema().indexOf(GDAL_ID_FIELD) < 0;
		if (idAsField) {
			gdalFields.remove(GDAL_ID_FIELD);
		}
		assertEquals(gdalFields, ours.getSchema().getAttributes().stream().map(AttributeDescriptor::name).toList());
		assertEquals(gdal.rows().size(), ours.size());
		List<String> differences = new ArrayList<>();
		for (int i = 0; i < ours.size(); i++) {
			Feature feature = ours.getFeatures().get(i);
			List<String> row = gdal.rows().get(i);
			if (idAsField && !row.get(gdal.column(GDAL_ID_FIELD)).equals(feature.getId())) {
				differences.add("feature " + (i + 1) + " id: ours " + feature.getId() + ", GDAL "
						+ row.get(gdal.column(GDAL_ID_FIELD)));
			}
			for (AttributeDescriptor attribute : ours.getSchema().getAttributes()) {
				Object value = feature.getAttribute(attribute.name());
				String gdalValue = row.get(gdal.column(attribute.name()));
				if (!ValueComparison.agree(value, gdalValue, REAL_TOLERANCE)) {
					differences.add("feature " + (i + 1) + " " + attribute.name() + ": ours " + value + ", GDAL "
							+ gdalValue);
				}
			}
		}
		assertTrue(differences.isEmpty(), () -> differences.size() + " differences, e.g. "
				+ differences.subList(0, Math.min(10, differences.size())));
	}

	@ParameterizedTest
	@MethodSource("vectorFiles")
	void polygonAreasAgree(Path file) throws Exception {
		FeatureCollection ours = new GeoJsonReader().read(file);
		CsvTable gdal = Gdal.toCsv(file, folder);
		WKTReader wkt = new WKTReader();

		int polygons = 0;
		for (int i = 0; i < ours.size(); i++) {
			Geometry geometry = ours.getFeatures().get(i).getGeometry();
			String gdalWkt = gdal.rows().get(i).get(0);
			if (gdalWkt.isEmpty()) {
				assertTrue(geometry.isEmpty(), "feature " + (i + 1) + " has no geometry in GDAL");
				continue;
			}
			double gdalArea = wkt.read(gdalWkt).getArea();
			assertEquals(gdalArea, geometry.getArea(), gdalArea * AREA_TOLERANCE, "area of feature " + (i + 1));
			if (gdalArea > 0) {
				polygons++;
			}
		}
		assertTrue(polygons > 0, "the file has polygons");
	}
}
