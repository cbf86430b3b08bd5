package nl.veerkracht.gis.shapefile.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.veerkracht.gis.core.crs.Crs;

class PrjAndEncodingTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"PROJCS[\"RD_New\",GEOGCS[\"GCS_Amersfoort\",DATUM[\"D_Amersfoort\"]],PROJECTION[\"Double_Stereographic\"]]|28992",
			"PROJCS[\"Amersfoort_RD_New\",GEOGCS[\"GCS_Amersfoort\"]]|28992",
			"PROJCS[\"Amersfoort / RD New\",GEOGCS[\"Amersfoort\",AUTHORITY[\"EPSG\",\"4289\"]],AUTHORITY[\"EPSG\",\"28992\"]]|28992",
			"GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\"]]|4326",
			"PROJCS[\"WGS_1984_Web_Mercator_Auxiliary_Sphere\",GEOGCS[\"GCS_WGS_1984\"]]|3857",
			"PROJCS[\"ETRS_1989_UTM_Zone_31N\",GEOGCS[\"GCS_ETRS_1989\"]]|25831",
			"GEOGCS[\"ETRS89\",DATUM[\"European_Terrestrial_Reference_System_1989\"]]|4258" })
	void recognisesTheCrsOfDutchPrjFiles(String wkt, int epsg) {
		assertEquals(Optional.of(Crs.forCode("EPSG:" + epsg)), PrjCrs.recognise(wkt));
	}

	@Test
	void anUnknownPrjIsNotGuessed() {
		String wkt = "PROJCS[\"Belge_Lambert_1972\",GEOGCS[\"GCS_Belge_1972\"]]";
		assertTrue(PrjCrs.recognise(wkt).isEmpty());
		assertEquals(Optional.of("Belge_Lambert_1972"), PrjCrs.name(wkt));
	}

	@ParameterizedTest
	@CsvSource({ "UTF-8,UTF-8", "utf8,UTF-8", "1252,windows-1252", "ANSI 1252,windows-1252", "CP1252,windows-1252",
			"ISO-8859-1,ISO-8859-1", "88591,ISO-8859-1", "ISO 88591,ISO-8859-1", "850,IBM850", "437,IBM437" })
	void readsTheCodePageOfACpg(String cpg, String charset) {
		assertEquals(Optional.of(Charset.forName(charset)), DbfEncoding.fromCpg(cpg + "\r\n"));
	}

	@Test
	void anUnknownCpgIsNotGuessed() {
		assertTrue(DbfEncoding.fromCpg("klingon").isEmpty());
		assertTrue(DbfEncoding.fromCpg("  ").isEmpty());
	}
}
