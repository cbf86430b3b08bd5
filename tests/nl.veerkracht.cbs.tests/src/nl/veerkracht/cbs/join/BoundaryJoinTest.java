package nl.veerkracht.cbs.join;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.veerkracht.cbs.catalogue.VariableCatalogue;
import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.RegionCode;
import nl.veerkracht.cbs.io.StatLineCsvReader;
import nl.veerkracht.testsupport.SharedData;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;

class BoundaryJoinTest {

	private static final Set<String> BUURTEN_WITHOUT_POLYGON = Set.of("BU05990457", "BU05991853", "BU05991926",
			"BU05992194", "BU05992196", "BU05992198", "BU05992295", "BU05992306", "BU05992307", "BU05992308", "BU05992459",
			"BU05992540", "BU05992650", "BU05992705");

	private static CbsData rotterdam(int year) throws DataSourceException {
		return new StatLineCsvReader(VariableCatalogue.standard())
				.read(SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_" + year + ".csv"));
	}

	private static FeatureCollection polygons() throws DataSourceException {
		return new GeoJsonReader().read(SharedData.file("rotterdam/buurten_wgs84.geojson"));
	}

	@Test
	void rotterdam78PolygonsAgainst92BuurtenListsTheFourteenUnmatched() throws DataSourceException {
		JoinResult result = BoundaryJoin.join(polygons(), rotterdam(2017), 2017);
		JoinReport report = result.report();
		assertEquals("buurtcode", report.codeAttribute());
		assertEquals(78, report.matched());
		assertEquals(BUURTEN_WITHOUT_POLYGON,
				report.dataWithoutGeometry().stream().map(RegionCode::code).collect(Collectors.toSet()));
		assertTrue(report.geometryWithoutData().isEmpty());
		assertTrue(report.featuresWithoutCode().isEmpty());
		assertEquals(Map.of(RegionCode.of("BU05991079"), 3, RegionCode.of("BU05991082"), 3, RegionCode.of("BU05991702"), 3,
				RegionCode.of("BU05991703"), 3), report.boundaryChanges());
		assertTrue(report.summary().contains("14 regions with data but no boundary"), report.summary());
		assertEquals(78, result.features().size());
	}

	@Test
	void joinedAttributesCarryNumbersAndNullForMissingNeverZero() throws DataSourceException {
		FeatureCollection joined = BoundaryJoin.join(polygons(), rotterdam(2018), 2018, List.of("a_inw", "p_hh_lkk"))
				.features();
		Feature stadsdriehoek = joined.getFeatures().stream()
				.filter(f -> "BU05990110".equals(f.getAttribute("buurtcode"))).findFirst().orElseThrow();
		assertEquals(16045.0, stadsdriehoek.getAttribute("a_inw"));
		assertNull(stadsdriehoek.getAttribute("p_hh_lkk"));
		assertTrue(joined.getFeatures().stream().allMatch(f -> f.getAttribute("p_hh_lkk") == null));
	}

	@Test
	void aYearWithoutDataLeavesEveryBoundaryListed() throws DataSourceException {
		JoinReport report = BoundaryJoin.join(polygons(), rotterdam(2017), 2016).report();
		assertEquals(0, report.matched());
		assertEquals(78, report.geometryWithoutData().size());
		assertEquals(new TreeSet<>(), report.dataWithoutGeometry());
	}

	@Test
	void boundariesWithoutACodeAttributeAreRejected() throws DataSourceException {
		FeatureCollection gemeente = new GeoJsonReader().read(SharedData.file("ede/municipality_ede.geojson"));
		assertEquals("gemeentecode", BoundaryJoin.detectCodeAttribute(gemeente));
		FeatureCollection noCodes = new FeatureCollection(
				new nl.veerkracht.gis.core.feature.FeatureSchema("x", List.of()), List.of(), gemeente.getCrs());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BoundaryJoin.join(noCodes,
				rotterdam(2017), 2017));
		assertTrue(e.getMessage().startsWith("No region code attribute"), e.getMessage());
	}
}
