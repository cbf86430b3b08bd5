package nl.veerkracht.gis.gdal.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.AttributeType;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.feature.FeatureSchema;
import nl.veerkracht.gis.core.io.ProgressListener;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;
import nl.veerkracht.gis.geopackage.GeoPackageReader;
import nl.veerkracht.gis.geopackage.GeoPackageWriter;
import nl.veerkracht.testsupport.SharedData;

/**
 * GeoPackages we write open in GDAL with the same layers, fields and field types, CRS and feature
 * counts, and a GeoPackage GDAL writes reads with our reader exactly as its GeoJSON source does.
 */
class GeoPackageAgreesWithGdalTest {

	private static final Map<AttributeType, String> OGR_TYPES = Map.of(AttributeType.STRING, "String",
			AttributeType.INTEGER, "Integer64", AttributeType.REAL, "Real", AttributeType.BOOLEAN, "Integer(Boolean)");

	@TempDir
	Path folder;

	@Test
	void zaanstadInRdNewOpensInGdal() throws Exception {
		assertGdalSees(List.of(read("zaanstad/wijk_zaanstad.geojson"), read("zaanstad/buurt_zaanstad.geojson")),
				"zaanstad.gpkg");
	}

	@Test
	void rotterdamInWgs84OpensInGdal() throws Exception {
		assertGdalSees(List.of(read("rotterdam/buurten_wgs84.geojson")), "rotterdam.gpkg");
	}

	@Test
	void demoLikeMultiLayerGeoPackageOpensInGdal() throws Exception {
		List<FeatureCollection> layers = List.of(read("zaanstad/wijk_zaanstad.geojson"),
				read("rotterdam/buurten_wgs84.geojson"), voorzieningen());

		List<OgrInfo> gdal = assertGdalSees(layers, "demo.gpkg");

		assertEquals("Point", gdal.get(2).geometryType());
		assertEquals("Multi Polygon", gdal.get(0).geometryType());
	}

	@Test
	void geoPackageWrittenByGdalReadsLikeItsSource() throws Exception {
		Path source = SharedData.file("zaanstad/buurt_zaanstad.geojson");
		Path gpkg = folder.resolve("door-gdal.gpkg");
		Gdal.run("ogr2ogr", "-f", "GPKG", gpkg.toString(), source.toString());

		FeatureCollection fromGeoJson = new GeoJsonReader().read(source);
		FeatureCollection fromGeoPackage = new GeoPackageReader().read(gpkg, ProgressListener.NONE).get(0);

		assertEquals(fromGeoJson.getCrs(), fromGeoPackage.getCrs());
		assertEquals(fromGeoJson.size(), fromGeoPackage.size());
		// GDAL turns the string feature "id" into a first field 'id'; everything after it is the same
		List<AttributeDescriptor> gdalAttributes = fromGeoPackage.getSchema().getAttributes();
		assertEquals(new AttributeDescriptor("id", AttributeType.STRING), gdalAttributes.get(0));
		assertEquals(fromGeoJson.getSchema().getAttributes(), gdalAttributes.subList(1, gdalAttributes.size()));
		for (int i = 0; i < fromGeoJson.size(); i++) {
			Feature expected = fromGeoJson.getFeatures().get(i);
			Feature actual = fromGeoPackage.getFeatures().get(i);
			assertEquals(expected.getId(), actual.getAttribute("id"));
			assertTrue(expected.getGeometry().equalsExact(actual.getGeometry()), "geometry of " + expected.getId());
			for (AttributeDescriptor attribute : fromGeoJson.getSchema().getAttributes()) {
				assertEquals(expected.getAttribute(attribute.name()), actual.getAttribute(attribute.name()));
			}
		}
	}

	private List<OgrInfo> assertGdalSees(List<FeatureCollection> layers, String fileName) {
		Path file = folder.resolve(fileName);
		try {
			new GeoPackageWriter().write(file, layers, ProgressListener.NONE);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
		List<OgrInfo> gdal = OgrInfo.parse(Gdal.run("ogrinfo", "-so", "-al", file.toString()));

		assertEquals(layers.stream().map(layer -> layer.getSchema().getName()).toList(),
				gdal.stream().map(OgrInfo::name).toList(), "layers");
		for (int i = 0; i < layers.size(); i++) {
			FeatureCollection layer = layers.get(i);
			OgrInfo info = gdal.get(i);
			Map<String, String> expectedFields = new LinkedHashMap<>();
			for (AttributeDescriptor attribute : layer.getSchema().getAttributes()) {
				expectedFields.put(attribute.name(), OGR_TYPES.get(attribute.type()));
			}
			assertEquals(expectedFields, info.fields(), "fields of " + info.name());
			assertEquals(layer.getCrs().epsgCode(), info.epsgCode(), "EPSG code of " + info.name());
			assertEquals(layer.size(), info.featureCount(), "feature count of " + info.name());
		}
		return gdal;
	}

	private static FeatureCollection read(String relativePath) throws Exception {
		return new GeoJsonReader().read(SharedData.file(relativePath));
	}

	/** Points with a value of every type, as the demo municipality's facilities layer has. */
	private static FeatureCollection voorzieningen() {
		GeometryFactory factory = new GeometryFactory();
		FeatureSchema schema = new FeatureSchema("voorzieningen", List.of(
				new AttributeDescriptor("naam", AttributeType.STRING),
				new AttributeDescriptor("bezoekers", AttributeType.INTEGER),
				new AttributeDescriptor("score", AttributeType.REAL),
				new AttributeDescriptor("open", AttributeType.BOOLEAN)));
		List<Feature> features = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			features.add(new Feature(String.valueOf(i), factory.createPoint(new Coordinate(150000 + i * 100, 460000)),
					schema, new Object[] { "Voorziening " + i, (long) i * 1000, i / 3.0, i % 2 == 0 }));
		}
		return new FeatureCollection(schema, features, Crs.RD_NEW);
	}
}
