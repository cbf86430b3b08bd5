package nl.veerkracht.gis.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.AttributeType;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.ProgressListener;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;
import nl.veerkracht.gis.shapefile.testdata.Ogr2Ogr;
import nl.veerkracht.testsupport.SharedData;
import nl.veerkracht.gis.core.io.ReadWarning;
import nl.veerkracht.gis.core.io.ReadWarnings;

/** Shapefiles made by GDAL from the shared real data, read back and compared with the GeoJSON originals. */
class ShapefileReaderTest {

	private static final String ZAANSTAD_BUURTEN = "zaanstad/buurt_zaanstad.geojson";
	private static final String NATIONAL_WIJKEN = "nederland/wijken_2024.geojson";

	@TempDir
	Path folder;

	private final ReadWarnings warnings = new ReadWarnings();

	private FeatureCollection read(Path shp) throws DataSourceException {
		return new ShapefileReader().read(shp, warnings, ProgressListener.NONE);
	}

	@Test
	void zaanstadBuurtenMatchTheGeoJsonOriginal() throws Exception {
		Path source = SharedData.file(ZAANSTAD_BUURTEN);
		FeatureCollection original = new GeoJsonReader().read(source);
		FeatureCollection layer = read(Ogr2Ogr.toShapefile(source, folder.resolve("buurten.shp"), "UTF-8"));

		assertEquals(50, layer.size());
		assertEquals(Crs.RD_NEW, layer.getCrs());
		assertEquals("buurten", layer.getSchema().getName());
		assertEquals(AttributeType.STRING, layer.getSchema().attribute("bu_code").orElseThrow().type());
		assertEquals(AttributeType.INTEGER, layer.getSchema().attribute("aant_inw").orElseThrow().type());
		assertTrue(warnings.isEmpty(), warnings.list().toString());
		Map<String, Feature> byCode = byKey(layer, "bu_code");
		for (Feature expected : original.getFeatures()) {
			Feature actual = byCode.get((String) expected.getAttribute("bu_code"));
			assertEquals(expected.getAttribute("bu_naam"), actual.getAttribute("bu_naam"));
			assertEquals(expected.getAttribute("aant_inw"), actual.getAttribute("aant_inw"));
			assertEquals(expected.getGeometry().getArea(), actual.getGeometry().getArea(),
					1e-6 * expected.getGeometry().getArea(), "area of " + expected.getAttribute("bu_code"));
		}
		assertEquals(original.getEnvelope(), layer.getEnvelope());
	}

	@ParameterizedTest
	@ValueSource(strings = { "UTF-8", "ISO-8859-1" })
	void nationalWijkenKeepTheirAccentsInEitherEncoding(String encoding) throws Exception {
		Path source = SharedData.file(NATIONAL_WIJKEN);
		FeatureCollection original = new GeoJsonReader().read(source);
		FeatureCollection layer = read(Ogr2Ogr.toShapefile(source, folder.resolve("wijken.shp"), encoding));

		assertEquals(3475, layer.size());
		assertEquals(Crs.WGS84, layer.getCrs());
		assertTrue(warnings.isEmpty(), warnings.list().toString());
		assertNames(original, layer);
		assertTrue(layer.getFeatures().stream().anyMatch(f -> "1e Exloërmond".equals(f.getAttribute("wijknaam"))));
	}

	@Test
	void withoutCpgTheDefaultEncodingIsAssumedWithAWarning() throws Exception {
		Path source = SharedData.file(NATIONAL_WIJKEN);
		Path shp = Ogr2Ogr.toShapefile(source, folder.resolve("wijken.shp"), "ISO-8859-1");
		Files.delete(folder.resolve("wijken.cpg"));

		FeatureCollection layer = read(shp);

		assertNames(new GeoJsonReader().read(source), layer);
		assertEquals(1, warnings.list().size());
		assertTrue(warnings.list().get(0).message().contains("windows-1252"), warnings.list().toString());
	}

	@Test
	void withoutPrjCoordinatesInTheRdGridAreAssumedRdNewWithAWarning() throws Exception {
		Path shp = Ogr2Ogr.toShapefile(SharedData.file(ZAANSTAD_BUURTEN), folder.resolve("buurten.shp"), "UTF-8");
		Files.delete(folder.resolve("buurten.prj"));

		FeatureCollection layer = read(shp);

		assertEquals(Crs.RD_NEW, layer.getCrs());
		assertEquals(50, layer.size());
		ReadWarning warning = warnings.list().get(0);
		assertEquals("buurten.shp", warning.fileName());
		assertTrue(warning.message().startsWith("no .prj"), warning.message());
	}

	@Test
	void withoutPrjOtherCoordinatesAreAnError() throws Exception {
		Path shp = Ogr2Ogr.toShapefile(SharedData.file(NATIONAL_WIJKEN), folder.resolve("wijken.shp"), "UTF-8");
		Files.delete(folder.resolve("wijken.prj"));

		DataSourceException e = assertThrows(DataSourceException.class, () -> read(shp));
		assertTrue(e.getMessage().startsWith("wijken.shp: no .prj: the coordinate reference system is unknown"),
				e.getMessage());
	}

	@Test
	void datesNumbersAndNullShapesAreTyped() throws Exception {
		Path source = folder.resolve("punten.geojson");
		Files.writeString(source, """
				{"type":"FeatureCollection","features":[
				{"type":"Feature","properties":{"naam":"Zaandam-Zuid é","datum":"2024-01-31","r":1.5,"groot":12345678901234},
				 "geometry":{"type":"Point","coordinates":[120000,490000]}},
				{"type":"Feature","properties":{"naam":"B","datum":null,"r":null,"groot":7},"geometry":null}]}
				""");
		FeatureCollection layer = read(Ogr2Ogr.toShapefile(source, folder.resolve("punten.shp"), "UTF-8",
				"-a_srs", "EPSG:28992"));

		List<Feature> features = layer.getFeatures();
		assertEquals("Zaandam-Zuid é", features.get(0).getAttribute("naam"));
		assertEquals("2024-01-31", features.get(0).getAttribute("datum"));
		assertNull(features.get(1).getAttribute("datum"));
		assertEquals(1.5, features.get(0).getAttribute("r"));
		assertNull(features.get(1).getAttribute("r"), "an empty number is missing, never 0");
		assertEquals(12345678901234L, features.get(0).getAttribute("groot"));
		assertEquals(AttributeType.INTEGER, layer.getSchema().attribute("groot").orElseThrow().type());
		assertTrue(features.get(1).getGeometry().isEmpty());
		assertEquals("2", features.get(1).getId());
	}

	@Test
	void aTruncatedShpIsNamed() throws Exception {
		Path shp = Ogr2Ogr.toShapefile(SharedData.file(ZAANSTAD_BUURTEN), folder.resolve("buurten.shp"), "UTF-8");
		truncate(shp, Files.size(shp) / 2);

		DataSourceException e = assertThrows(DataSourceException.class, () -> read(shp));
		assertTrue(e.getMessage().startsWith("buurten.shp: is truncated"), e.getMessage());
	}

	@Test
	void aTruncatedDbfIsNamed() throws Exception {
		Path shp = Ogr2Ogr.toShapefile(SharedData.file(ZAANSTAD_BUURTEN), folder.resolve("buurten.shp"), "UTF-8");
		Path dbf = folder.resolve("buurten.dbf");
		truncate(dbf, Files.size(dbf) - 500);

		DataSourceException e = assertThrows(DataSourceException.class, () -> read(shp));
		assertTrue(e.getMessage().startsWith("buurten.dbf: is truncated"), e.getMessage());
	}

	@Test
	void aDbfWithAnotherRecordCountIsRejected() throws Exception {
		Path source = SharedData.file(ZAANSTAD_BUURTEN);
		Path shp = Ogr2Ogr.toShapefile(source, folder.resolve("buurten.shp"), "UTF-8");
		Path other = Files.createDirectory(folder.resolve("other"));
		Ogr2Ogr.toShapefile(source, other.resolve("buurten.shp"), "UTF-8", "-limit", "10");
		Files.copy(other.resolve("buurten.dbf"), folder.resolve("buurten.dbf"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);

		DataSourceException e = assertThrows(DataSourceException.class, () -> read(shp));
		assertEquals("buurten.dbf: has 10 records but buurten.shx indexes 50 shapes", e.getMessage());
	}

	@ParameterizedTest
	@ValueSource(strings = { "shx", "dbf" })
	void aMissingRequiredPartIsNamed(String extension) throws Exception {
		Path shp = Ogr2Ogr.toShapefile(SharedData.file(ZAANSTAD_BUURTEN), folder.resolve("buurten.shp"), "UTF-8");
		Files.delete(folder.resolve("buurten." + extension));

		DataSourceException e = assertThrows(DataSourceException.class, () -> read(shp));
		assertTrue(e.getMessage().startsWith("buurten.shp: the "), e.getMessage());
		assertTrue(e.getMessage().contains("expected buurten." + extension + " beside it"), e.getMessage());
	}

	private static void truncate(Path file, long size) throws IOException {
		try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
			channel.truncate(size);
		}
	}

	private static void assertNames(FeatureCollection original, FeatureCollection layer) {
		for (int i = 0; i < original.size(); i++) {
			assertEquals(original.getFeatures().get(i).getAttribute("wijknaam"),
					layer.getFeatures().get(i).getAttribute("wijknaam"), "wijk " + (i + 1));
		}
	}

	private static Map<String, Feature> byKey(FeatureCollection layer, String attribute) {
		Map<String, Feature> result = new HashMap<>();
		for (Feature feature : layer.getFeatures()) {
			result.put(assertInstanceOf(String.class, feature.getAttribute(attribute)), feature);
		}
		return result;
	}
}
