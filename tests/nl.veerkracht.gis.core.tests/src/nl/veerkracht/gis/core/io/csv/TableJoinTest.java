package nl.veerkracht.gis.core.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.gis.core.feature.AttributeType;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;
import nl.veerkracht.testsupport.SharedData;

class TableJoinTest {

	@TempDir
	Path folder;

	private static FeatureCollection baarnBuurten() throws Exception {
		return new GeoJsonReader().read(SharedData.file("baarn/baarn_buurten.geojson"));
	}

	private static FeatureCollection baarnTable() throws Exception {
		return new CsvReader().read(SharedData.file("baarn/cbs_baarn_buurten.csv"));
	}

	@Test
	void baarnTableJoinsEveryBuurtByCbsCode() throws Exception {
		FeatureCollection buurten = baarnBuurten();
		JoinResult result = TableJoin.join(buurten, "buurtcode", baarnTable(), "Buurt2024", KeyMatch.CBS_CODE);

		assertEquals(21, result.matchedFeatures());
		assertEquals(List.of(), result.unmatchedLayerKeys());
		assertEquals(List.of(), result.unmatchedTableKeys());
		assertEquals(List.of(), result.duplicateTableKeys());
		FeatureCollection joined = result.joined();
		assertEquals(buurten.getSchema().size() + 1, joined.getSchema().size());
		assertEquals(buurten.getCrs(), joined.getCrs());
		for (Feature feature : joined.getFeatures()) {
			assertEquals(feature.getAttribute("buurtnaam"), feature.getAttribute("buurtnaam2024"));
		}
		assertEquals(buurten.getFeatures().get(3).getGeometry(), joined.getFeatures().get(3).getGeometry());
	}

	@Test
	void withoutCbsPrefixMatchingNothingMatchesAndBothSidesAreReported() throws Exception {
		JoinResult result = TableJoin.join(baarnBuurten(), "buurtcode", baarnTable(), "Buurt2024",
				KeyMatch.IGNORE_CASE_AND_SPACES);

		assertEquals(0, result.matchedFeatures());
		assertEquals(21, result.unmatchedLayerKeys().size());
		assertEquals("BU03080000", result.unmatchedLayerKeys().get(0));
		assertEquals(21, result.unmatchedTableKeys().size());
		assertEquals("03080000", result.unmatchedTableKeys().get(0));
		assertTrue(result.joined().getFeatures().stream().allMatch(f -> f.getAttribute("buurtnaam2024") == null));
	}

	@Test
	void keysIgnoreCaseAndSpacesAndUnmatchedDuplicateAndNameClashesAreReported() throws Exception {
		Path layerFile = folder.resolve("laag.csv");
		Files.writeString(layerFile, "code;naam\nBU0001;Noord\nBU0002;Zuid\n;Leeg\n");
		Path tableFile = folder.resolve("cijfers.csv");
		Files.writeString(tableFile, "buurtcode;naam;score\n\" bu 0001 \";N;1,5\nbu0001;dubbel;2\nBU0009;Elders;3\n");

		JoinResult result = TableJoin.join(new CsvReader().read(layerFile), "code", new CsvReader().read(tableFile),
				"buurtcode", KeyMatch.IGNORE_CASE_AND_SPACES);

		assertEquals(1, result.matchedFeatures());
		assertEquals(List.of("BU0002"), result.unmatchedLayerKeys());
		assertEquals(List.of("BU0009"), result.unmatchedTableKeys());
		assertEquals(List.of("bu0001"), result.duplicateTableKeys());
		assertEquals(1, result.featuresWithoutKey());
		Feature noord = result.joined().getFeatures().get(0);
		assertEquals("Noord", noord.getAttribute("naam"));
		assertEquals("N", noord.getAttribute("naam_cijfers"), "the first row of a duplicate key is used");
		assertEquals(1.5, noord.getAttribute("score"));
		assertEquals(AttributeType.REAL, result.joined().getSchema().attribute("score").orElseThrow().type());
		assertNull(result.joined().getFeatures().get(1).getAttribute("score"));
	}

	@Test
	void anUnknownKeyColumnIsNamed() throws Exception {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> TableJoin.join(baarnBuurten(), "bu_code", baarnTable(), "Buurt2024", KeyMatch.CBS_CODE));
		assertTrue(e.getMessage().startsWith("'baarn_buurten' has no attribute 'bu_code'"), e.getMessage());
	}
}
