package nl.veerkracht.gis.qgis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.style.CategorizedStyle;
import nl.veerkracht.gis.geopackage.GeoPackageReader;
import nl.veerkracht.scoring.IndicatorRegistry;
import nl.veerkracht.scoring.cli.ScoreApplication;
import nl.veerkracht.scoring.cli.ScoreCommand;
import nl.veerkracht.scoring.cli.SignalMapGeoPackage;
import nl.veerkracht.scoring.run.SignalMapStyles;
import nl.veerkracht.testsupport.SharedData;

/**
 * The score command on real Rotterdam KWB 2014–2016 data, its output opened as QGIS and GDAL open it:
 * {@code signaleringskaart.gpkg} appears in QGIS in the signal map's classes and colours, with the other
 * signal-map styles to choose from, and {@code scores.csv} gets typed columns from {@code scores.csvt}.
 */
class QgisOpensTheSignalMapTest {

	@TempDir
	static Path dir;

	private static Path out;

	@BeforeAll
	static void score() {
		out = dir.resolve("uit");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int status = ScoreApplication.run(new String[] { "--kwb",
				SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2014.csv").toString(),
				SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2015.csv").toString(),
				SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2016.csv").toString(), "--grenzen",
				SharedData.file("rotterdam/buurten_wgs84.geojson").toString(), "--gemeente", "GM0599", "--out",
				out.toString() }, IndicatorRegistry.getDefault(),
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(ScoreApplication.OK, status, err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void qgisDrawsTheSignalMapInItsClassesAndColours() throws Exception {
		Path gpkg = out.resolve(ScoreCommand.GPKG);
		FeatureCollection signalMap = new GeoPackageReader().read(gpkg, (done, total) -> true).get(0);
		String table = signalMap.getSchema().getName();

		Map<String, Object> layer = Qgis.styleReport(gpkg, table).get(table);

		CategorizedStyle klasse = SignalMapStyles.klasse();
		assertEquals("categorizedSymbol", layer.get("renderer"), layer.toString());
		assertEquals("klasse", layer.get("attribute"));
		QgisOpensStyledGeoPackagesTest.assertClasses(klasse, layer);
		List<?> classes = (List<?>) layer.get("classes");
		assertEquals(6, classes.size(), "five classes and geen gegevens: " + classes);
		assertEquals("geen gegevens", ((Map<?, ?>) classes.get(5)).get("label"));
		QgisOpensStyledGeoPackagesTest.assertFeatureFills(gpkg, table, klasse, layer);
		Map<?, ?> colours = (Map<?, ?>) layer.get("colours");
		assertEquals(signalMap.size(), colours.size(), "every buurt is drawn");
		assertTrue(colours.containsValue("#d3d3d3ff"), "buurten without a score are drawn in the geen-gegevens grey");
		assertTrue(colours.containsValue("#d7191cff"), "and the zeer kwetsbare in red");
		assertEquals(List.of(SignalMapGeoPackage.KLASSE, SignalMapGeoPackage.TREND, SignalMapGeoPackage.HOTSPOT,
				SignalMapGeoPackage.VROEG_SIGNAAL), layer.get("styles"));
	}

	@Test
	void gdalReadsTheStyledSignalMapWithoutComplaint() throws IOException {
		String info = OgrInfo.summary(out.resolve(ScoreCommand.GPKG));
		assertTrue(info.contains("\nLayer name: layer_styles\n"), "the styles are an attribute table for GDAL: " + info);
		assertTrue(info.contains("Geometry: Multi Polygon") || info.contains("Geometry: Polygon"), info);
		assertTrue(!info.contains("Warning") && !info.contains("ERROR"), info);
	}

	@Test
	void gdalReadsTheScoresWithTheColumnTypesOfTheCsvt() throws IOException {
		List<String> header = List.of(Files.readAllLines(out.resolve(ScoreCommand.CSV)).get(0).split(","));
		List<String> types = List.of(Files.readString(out.resolve(ScoreCommand.CSVT)).strip().split(","));
		assertEquals(header.size(), types.size(), "a type per column");
		assertEquals("\"String\"", types.get(header.indexOf("bu_code")));
		assertEquals("\"Integer\"", types.get(header.indexOf("jaar")));
		assertEquals("\"Real\"", types.get(header.indexOf("kwetsbaarheid")));
		assertEquals("\"Integer(Boolean)\"", types.get(header.indexOf("vroeg_signaal")));

		String info = OgrInfo.summary(out.resolve(ScoreCommand.CSV));
		assertTrue(info.contains("\nbu_code: String"), info);
		assertTrue(info.contains("\njaar: Integer "), info);
		assertTrue(info.contains("\nkwetsbaarheid: Real"), info);
		assertTrue(info.contains("\nklasse: String"), info);
		assertTrue(info.contains("\nvroeg_signaal: Integer(Boolean)"), info);
		assertTrue(info.contains("\nlaag_inkomen: Real"), "indicators are numbers: " + info);
	}
}
