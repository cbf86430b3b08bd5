package nl.veerkracht.gis.core.io.geojson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Envelope;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.AttributeType;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.testsupport.SharedData;

/** Reads the real CBS/PDOK files in shared/data. */
class GeoJsonReaderRealDataTest {

	private final GeoJsonReader reader = new GeoJsonReader();

	@Test
	void rotterdamBuurtenHave78WgsFeaturesWithBuurtcodes() throws Exception {
		FeatureCollection buurten = reader.read(SharedData.file("rotterdam/buurten_wgs84.geojson"));
		assertEquals(78, buurten.size());
		assertEquals(Crs.WGS84, buurten.getCrs());
		assertEquals(AttributeType.STRING, buurten.getSchema().attribute("buurtcode").orElseThrow().type());
		Set<Object> codes = new HashSet<>();
		for (Feature feature : buurten.getFeatures()) {
			String code = (String) feature.getAttribute("buurtcode");
			assertTrue(code.startsWith("BU0599"), code);
			assertEquals("MultiPolygon", feature.getGeometry().getGeometryType());
			codes.add(code);
		}
		assertEquals(78, codes.size());
		assertEquals("BU05990110", buurten.getFeatures().get(0).getAttribute("buurtcode"));
		assertEquals("Stadsdriehoek", buurten.getFeatures().get(0).getAttribute("buurtnaam"));
		assertEquals("1", buurten.getFeatures().get(0).getId());
		Envelope envelope = buurten.getEnvelope();
		assertTrue(envelope.getMinX() > 3.9 && envelope.getMaxX() < 4.7, envelope::toString);
		assertTrue(envelope.getMinY() > 51.8 && envelope.getMaxY() < 52.1, envelope::toString);
	}

	@Test
	void zaanstadBuurtenDetectRdNewFromCrsMemberAfterTheFeatures() throws Exception {
		FeatureCollection buurten = reader.read(SharedData.file("zaanstad/buurt_zaanstad.geojson"));
		assertEquals(50, buurten.size());
		assertEquals(Crs.RD_NEW, buurten.getCrs());
		Feature first = buurten.getFeatures().get(0);
		assertEquals("cbs_buurten_2017.1", first.getId());
		assertTrue(((String) first.getAttribute("bu_code")).startsWith("BU0479"));
		assertEquals(AttributeType.INTEGER, buurten.getSchema().attribute("aant_inw").orElseThrow().type());
		Envelope envelope = buurten.getEnvelope();
		assertTrue(envelope.getMinX() > 100_000 && envelope.getMaxX() < 130_000, envelope::toString);
		assertTrue(envelope.getMinY() > 480_000 && envelope.getMaxY() < 510_000, envelope::toString);
	}

	@Test
	void zaanstadWijkenReadInRdNew() throws Exception {
		FeatureCollection wijken = reader.read(SharedData.file("zaanstad/wijk_zaanstad.geojson"));
		assertEquals(19, wijken.size());
		assertEquals(Crs.RD_NEW, wijken.getCrs());
		assertEquals(AttributeType.REAL, wijken.getSchema().attribute("gem_hh_gr").orElseThrow().type());
	}

	@ParameterizedTest
	@CsvSource({"ede/municipality_ede.geojson, 1", "ede/wijkenbuurtenwijken.geojson, 17",
		"baarn/baarn_buurten.geojson, 21"})
	void otherMunicipalitiesReadInWgs84(String file, int expectedFeatures) throws Exception {
		FeatureCollection collection = reader.read(SharedData.file(file));
		assertEquals(expectedFeatures, collection.size());
		assertEquals(Crs.WGS84, collection.getCrs());
		for (Feature feature : collection.getFeatures()) {
			assertTrue(feature.getGeometry().isValid() || feature.getGeometry().getArea() > 0, feature::toString);
		}
	}

	@Test
	void edeBooleanPropertyIsTyped() throws Exception {
		FeatureCollection ede = reader.read(SharedData.file("ede/municipality_ede.geojson"));
		assertEquals(AttributeType.BOOLEAN, ede.getSchema()
				.attribute("prox_Regioaanduiding/Indelingswijziging wijken en buurten (code)").orElseThrow().type());
	}

	@Test
	void nationalWijkenHave3475FeaturesAndMissingPropertiesAreNull() throws Exception {
		FeatureCollection wijken = reader.read(SharedData.file("nederland/wijken_2024.geojson"));
		assertEquals(3475, wijken.size());
		assertEquals(Crs.WGS84, wijken.getCrs());
		assertEquals(16, wijken.getSchema().size());
		long withoutInhabitants = wijken.getFeatures().stream()
				.filter(feature -> feature.getAttribute("aantal_inwoners") == null).count();
		assertTrue(withoutInhabitants > 0 && withoutInhabitants < 3475, () -> "without: " + withoutInhabitants);
		assertFalse(wijken.getEnvelope().isNull());
	}

	@Test
	void trailingCommaFileReportsFileLineAndColumn() {
		Path file = SharedData.file("rotterdam/buurten_wgs84_as_published_trailing_comma.geojson");
		DataSourceException e = assertThrows(DataSourceException.class, () -> reader.read(file));
		// Line 83 ends with "} }," after the 78th feature; the closing ']' of "features" is at line 84, column 1.
		assertEquals(OptionalInt.of(84), e.getLine());
		assertEquals(OptionalInt.of(1), e.getColumn());
		assertTrue(e.getMessage().startsWith(
				"buurten_wgs84_as_published_trailing_comma.geojson, line 84, column 1: Unexpected character (']'"),
				e.getMessage());
	}
}
