package nl.veerkracht.scoring.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.geopackage.GeoPackageReader;
import nl.veerkracht.scoring.IndicatorRegistry;
import nl.veerkracht.testsupport.SharedData;

/**
 * The score command in-process on Rotterdam KWB 2014–2016 and its buurt boundaries, with the default
 * indicators from the extension registry: what it writes, and that a failure writes nothing.
 */
class ScoreCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int score(String... extra) {
		List<String> args = new java.util.ArrayList<>(List.of("--kwb",
				SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2014.csv").toString(),
				SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2015.csv").toString(),
				SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2016.csv").toString(), "--grenzen",
				SharedData.file("rotterdam/buurten_wgs84.geojson").toString()));
		args.addAll(Arrays.asList(extra));
		return ScoreApplication.run(args.toArray(String[]::new), IndicatorRegistry.getDefault(),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private List<String> leftovers() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).filter(name -> name.startsWith(".")).toList();
		}
	}

	@Test
	void writesScoresCsvAndTheSignalMapGeoPackage() throws Exception {
		Path target = dir.resolve("uit");
		assertEquals(ScoreApplication.OK, score("--gemeente", "GM0599", "--out", target.toString()), err.toString());

		List<String> lines = Files.readAllLines(target.resolve(ScoreCommand.CSV), StandardCharsets.UTF_8);
		List<String> header = List.of(lines.get(0).split(","));
		assertEquals(List.of("bu_code", "naam", "gm_code", "jaar"), header.subList(0, 4));
		assertTrue(header.containsAll(List.of("laag_inkomen", "bijstand", "woz_waarde", "kwetsbaarheid", "klasse",
				"reden", "draagkracht", "trend", "vroeg_signaal", "hotspot", "robuustheid", "fragiel")), header.toString());
		assertFalse(header.contains("arbeidsparticipatie"), "no value in 2014–2016: dropped");
		String stadsdriehoek = lines.stream().filter(line -> line.startsWith("BU05990110,")).findFirst().orElseThrow();
		assertTrue(stadsdriehoek.startsWith("BU05990110,Stadsdriehoek,GM0599,2016,"), stadsdriehoek);
		assertTrue(lines.stream().skip(1).anyMatch(line -> line.matches(".*,geen gegevens,\"?dekking \\d+% < 60%; ontbrekend .*")),
				"geen gegevens with a reason");

		List<FeatureCollection> layers = new GeoPackageReader().read(target.resolve(ScoreCommand.GPKG), (d, t) -> true);
		assertEquals(1, layers.size());
		assertEquals(lines.size() - 1, layers.get(0).size());
		Feature first = layers.get(0).getFeatures().get(0);
		assertTrue(first.getGeometry() != null && !first.getGeometry().isEmpty());
		assertTrue(out.toString().contains("weggelaten: arbeidsparticipatie"), out.toString());
		assertEquals(List.of(), leftovers());

		List<String> types = List.of(Files.readString(target.resolve(ScoreCommand.CSVT)).strip().split(","));
		assertEquals(header.size(), types.size(), "scores.csvt has a type per column");
		assertEquals(List.of("\"String\"", "\"String\"", "\"String\"", "\"Integer\""), types.subList(0, 4));
		assertEquals("\"Real\"", types.get(header.indexOf("kwetsbaarheid")));
		assertEquals("\"Integer(Boolean)\"", types.get(header.indexOf("fragiel")));
	}

	@Test
	void shapefileBoundariesScoreTheSameAsTheGeoJson() throws Exception {
		Path shp = dir.resolve("buurten.shp");
		Process ogr = new ProcessBuilder("ogr2ogr", "-f", "ESRI Shapefile", shp.toString(),
				SharedData.file("rotterdam/buurten_wgs84.geojson").toString(), "-lco", "ENCODING=UTF-8")
				.redirectErrorStream(true).start();
		String ogrOutput = new String(ogr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, ogr.waitFor(), "ogr2ogr (gdal-bin) makes the shapefile: " + ogrOutput);
		Path fromGeoJson = dir.resolve("geojson");
		assertEquals(ScoreApplication.OK, score("--gemeente", "GM0599", "--out", fromGeoJson.toString()), err.toString());

		List<String> args = new java.util.ArrayList<>(List.of("--kwb",
				SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2014.csv").toString(),
				SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2015.csv").toString(),
				SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2016.csv").toString(), "--grenzen",
				shp.toString(), "--gemeente", "GM0599", "--out", dir.resolve("shp").toString()));
		assertEquals(ScoreApplication.OK, ScoreApplication.run(args.toArray(String[]::new), IndicatorRegistry.getDefault(),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)),
				err.toString());

		assertEquals(Files.readAllLines(fromGeoJson.resolve(ScoreCommand.CSV)),
				Files.readAllLines(dir.resolve("shp").resolve(ScoreCommand.CSV)), "same buurten, same scores");
	}

	@Test
	void anExistingOutputDirectoryGetsTheNewFilesAndKeepsOthers() throws Exception {
		Path target = Files.createDirectory(dir.resolve("uit"));
		Files.writeString(target.resolve(ScoreCommand.CSV), "old");
		Files.writeString(target.resolve("notes.txt"), "mine");
		assertEquals(ScoreApplication.OK, score("--jaar", "2015", "--out", target.toString()), err.toString());
		assertTrue(Files.readString(target.resolve(ScoreCommand.CSV)).lines().skip(1).allMatch(l -> l.contains(",2015,")));
		assertEquals("mine", Files.readString(target.resolve("notes.txt")));
		assertEquals(List.of(), leftovers());
	}

	@Test
	void aYearOutsideTheDataIsABadArgumentAndWritesNothing() throws IOException {
		Path target = dir.resolve("uit");
		assertEquals(ScoreApplication.BAD_ARGUMENTS, score("--jaar", "2018", "--out", target.toString()));
		assertTrue(err.toString().contains("--jaar: 2018 is not in the KWB files"), err.toString());
		assertFalse(Files.exists(target));
		assertEquals(List.of(), leftovers());
	}

	@Test
	void anUnreadableKwbFileIsNamedAndWritesNothing() throws IOException {
		Path broken = Files.writeString(dir.resolve("kapot.csv"), "dit is geen KWB-bestand\n1;2;3\n");
		Path target = dir.resolve("uit");
		int code = ScoreApplication.run(new String[] { "--kwb", broken.toString(), "--grenzen",
				SharedData.file("rotterdam/buurten_wgs84.geojson").toString(), "--out", target.toString() },
				IndicatorRegistry.getDefault(), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(ScoreApplication.FAILED, code, err.toString());
		assertTrue(err.toString().contains("kapot.csv"), err.toString());
		assertFalse(Files.exists(target));
	}

	@Test
	void csvFieldsAreQuotedOnlyWhenNeeded() {
		assertEquals("", ScoresCsvWriter.field(null));
		assertEquals("12.5", ScoresCsvWriter.field(12.50));
		assertEquals("0.0001", ScoresCsvWriter.field(1e-4));
		assertEquals("\"a, b\"", ScoresCsvWriter.field("a, b"));
		assertEquals("\"zeg \"\"hoi\"\"\"", ScoresCsvWriter.field("zeg \"hoi\""));
		assertEquals("true", ScoresCsvWriter.field(Boolean.TRUE));
	}
}
