package nl.veerkracht.gis.core.crs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrsTest {

	@ParameterizedTest
	@ValueSource(strings = {"EPSG:28992", "epsg:28992", "28992", " EPSG:28992 ", "urn:ogc:def:crs:EPSG::28992",
		"urn:ogc:def:crs:EPSG:6.18:3:28992", "urn:ogc:def:crs:EPSG:28992", "http://www.opengis.net/def/crs/EPSG/0/28992",
		"https://www.opengis.net/def/crs/EPSG/0/28992"})
	void parsesRdNewIdentifiers(String identifier) {
		assertSame(Crs.RD_NEW, Crs.forCode(identifier));
	}

	@ParameterizedTest
	@ValueSource(strings = {"EPSG:4326", "urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84",
		"http://www.opengis.net/def/crs/OGC/1.3/CRS84", "CRS84"})
	void parsesWgs84AndCrs84Identifiers(String identifier) {
		assertSame(Crs.WGS84, Crs.forCode(identifier));
	}

	@Test
	void constantsDescribeTheirSystems() {
		assertEquals("EPSG:28992", Crs.RD_NEW.code());
		assertEquals("Amersfoort / RD New", Crs.RD_NEW.name());
		assertFalse(Crs.RD_NEW.isGeographic());
		assertTrue(Crs.WGS84.isGeographic());
		assertEquals("EPSG:3857", Crs.WEB_MERCATOR.code());
		assertSame(Crs.WEB_MERCATOR, Crs.forCode("3857"));
	}

	@Test
	void otherEpsgCodesAreLoadedFromTheEpsgDatabaseWithTheirNames() {
		Crs lambert = Crs.forCode("urn:ogc:def:crs:EPSG::2154");
		assertEquals("EPSG:2154", lambert.code());
		assertEquals("RGF93 / Lambert-93", lambert.name());
		assertFalse(lambert.isGeographic());
		assertSame(lambert, Crs.forCode("EPSG:2154"));
		assertTrue(Crs.forCode("EPSG:4258").isGeographic());
	}

	@Test
	void unknownCodeNamesTheIdentifier() {
		UnknownCrsException e = assertThrows(UnknownCrsException.class, () -> Crs.forCode("EPSG:99999"));
		assertEquals("EPSG:99999", e.getIdentifier());
		assertTrue(e.getMessage().contains("EPSG:99999"), e.getMessage());
	}

	@ParameterizedTest
	@ValueSource(strings = {"", "WGS84", "urn:ogc:def:crs:OGC:1.3:CRS83", "EPSG:abc",
		"http://www.opengis.net/def/crs/ESRI/0/102100", "EPSG:99999999999"})
	void unparsableIdentifiersAreRejected(String identifier) {
		UnknownCrsException e = assertThrows(UnknownCrsException.class, () -> Crs.forCode(identifier));
		assertTrue(e.getMessage().contains("'" + identifier + "'"), e.getMessage());
	}
}
