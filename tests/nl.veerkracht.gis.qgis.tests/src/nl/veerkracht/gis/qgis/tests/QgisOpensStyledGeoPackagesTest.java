package nl.veerkracht.gis.qgis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.AttributeType;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.feature.FeatureSchema;
import nl.veerkracht.gis.core.style.CategorizedStyle;
import nl.veerkracht.gis.core.style.Category;
import nl.veerkracht.gis.core.style.GraduatedStyle;
import nl.veerkracht.gis.core.style.LabelStyle;
import nl.veerkracht.gis.core.style.LayerStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;
import nl.veerkracht.gis.core.style.classify.Classification;
import nl.veerkracht.gis.core.style.classify.ClassificationMethod;
import nl.veerkracht.gis.core.style.classify.ColorBrewerPalette;
import nl.veerkracht.gis.core.style.classify.NoDataStyle;
import nl.veerkracht.gis.geopackage.GeoPackageReader;
import nl.veerkracht.gis.geopackage.GeoPackageWriter;
import nl.veerkracht.gis.geopackage.NamedStyle;
import nl.veerkracht.gis.geopackage.StyledTable;

/**
 * GeoPackages we write with styles, opened in the real QGIS 3: QGIS applies the default style from
 * {@code layer_styles} and draws every feature, the "geen gegevens" ones included, in our colours.
 */
class QgisOpensStyledGeoPackagesTest {

	private static final GeometryFactory FACTORY = new GeometryFactory();
	private static final Color OUTLINE = new Color(0x63, 0x63, 0x63);
	private static final SimpleStyle BASE = new SimpleStyle(Color.WHITE, OUTLINE, 0.6f, 1.0, 6);

	@TempDir
	Path dir;

	@Test
	void aCategorizedAndALabelledGraduatedLayerOpenStyledInQgis() throws Exception {
		FeatureCollection soorten = wijken("soorten");
		FeatureCollection inwoners = wijken("inwoners");
		CategorizedStyle categorized = new CategorizedStyle("soort",
				List.of(new Category("woon", "wonen", BASE.withFill(new Color(0x1B, 0x9E, 0x77))),
						new Category("werk", "werken", BASE.withFill(new Color(0xD9, 0x5F, 0x02)))),
				null, BASE.withFill(NoDataStyle.COLOUR), null);
		GraduatedStyle graduated = GraduatedStyle.of("inwoners",
				new Classification(ClassificationMethod.MANUAL, new double[] { 1000, 2500, 6000 }),
				ColorBrewerPalette.BLUES, BASE.withOpacity(0.8)).withLabels(LabelStyle.of("naam"));
		Path file = dir.resolve("wijken.gpkg");
		new GeoPackageWriter().writeStyled(file, List.of(StyledTable.of(soorten, categorized),
				new StyledTable(inwoners, List.of(new NamedStyle("inwoners", "klassen", graduated),
						new NamedStyle("soort", "categorieën", categorized)))), (done, total) -> true);

		Map<String, Map<String, Object>> report = Qgis.styleReport(file, "soorten", "inwoners");

		Map<String, Object> first = report.get("soorten");
		assertEquals("categorizedSymbol", first.get("renderer"), first.toString());
		assertEquals("soort", first.get("attribute"));
		assertClasses(categorized, first);
		assertEquals(Boolean.FALSE, first.get("labels"));
		assertEquals(List.of("soorten"), first.get("styles"));
		assertFeatureFills(file, "soorten", categorized, first);

		Map<String, Object> second = report.get("inwoners");
		assertEquals("graduatedSymbol", second.get("renderer"), second.toString());
		assertClasses(graduated, second);
		assertEquals(Boolean.TRUE, second.get("labels"));
		assertEquals("naam", second.get("label_field"));
		assertEquals(List.of("inwoners", "soort"), second.get("styles"));
		assertFeatureFills(file, "inwoners", graduated, second);
		assertTrue(((Map<?, ?>) second.get("colours")).containsValue("#d3d3d3cc"),
				"a buurt without inwoners is drawn in the geen-gegevens grey at opacity 0.8: " + second.get("colours"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void otherValuesAndMissingValuesAndPointsAreDrawnApartInQgis() throws Exception {
		FeatureCollection soorten = wijken("overige");
		CategorizedStyle withOther = new CategorizedStyle("soort",
				List.of(new Category("woon", "wonen", BASE.withFill(new Color(0x1B, 0x9E, 0x77)))),
				BASE.withFill(new Color(0x75, 0x70, 0xB3)), BASE.withFill(NoDataStyle.COLOUR), null);
		FeatureSchema schema = new FeatureSchema("punten", List.of(new AttributeDescriptor("naam", AttributeType.STRING)));
		List<Feature> points = List.of(
				new Feature("1", FACTORY.createPoint(new Coordinate(91000, 436000)), schema, new Object[] { "a" }),
				new Feature("2", FACTORY.createPoint(new Coordinate(92000, 436000)), schema, new Object[] { "b" }));
		SingleSymbolStyle single = SingleSymbolStyle.of(new SimpleStyle(new Color(0xE7, 0x29, 0x8A), OUTLINE, 1.5f, 0.5, 9));
		Path file = dir.resolve("overige.gpkg");
		new GeoPackageWriter().writeStyled(file, List.of(StyledTable.of(soorten, withOther),
				StyledTable.of(new FeatureCollection(schema, points, Crs.RD_NEW), single)), (done, total) -> true);

		Map<String, Map<String, Object>> report = Qgis.styleReport(file, "overige", "punten");

		Map<String, Object> categorized = report.get("overige");
		assertEquals("categorizedSymbol", categorized.get("renderer"), categorized.toString());
		assertClasses(withOther, categorized);
		assertFeatureFills(file, "overige", withOther, categorized);
		Map<?, ?> colours = (Map<?, ?>) categorized.get("colours");
		assertEquals("#7570b3ff", colours.get("2"), "werken has no category: overige waarden");
		assertEquals("#d3d3d3ff", colours.get("4"), "no soort: geen gegevens, not overige waarden");

		Map<String, Object> marker = report.get("punten");
		assertEquals("singleSymbol", marker.get("renderer"), marker.toString());
		assertClasses(single, marker);
		assertEquals("SimpleMarker", symbol(((List<Map<String, Object>>) marker.get("classes")).get(0)).get("layer"));
		assertFeatureFills(file, "punten", single, marker);
	}

	/** Checks QGIS's classes against our legend: labels, fills (with opacity), outlines in pixels. */
	static void assertClasses(LayerStyle style, Map<String, Object> layer) {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> classes = (List<Map<String, Object>>) layer.get("classes");
		assertEquals(Expected.labels(style), classes.stream().map(c -> c.get("label")).toList(), "class labels");
		assertEquals(Expected.fills(style), classes.stream().map(c -> symbol(c).get("colour")).toList(), "class fills");
		for (int i = 0; i < classes.size(); i++) {
			SimpleStyle ours = style.legend().get(i).symbol();
			Map<String, Object> theirs = symbol(classes.get(i));
			assertEquals(Expected.stroke(ours), theirs.get("stroke"), "outline of class " + i);
			assertEquals(ours.strokeWidth(), ((Double) theirs.get("stroke_width")).floatValue(), 1e-6, "outline width");
			assertEquals("Pixel", theirs.get("stroke_unit"));
		}
	}

	/** Checks that QGIS draws every feature of the table with the fill our style gives it. */
	static void assertFeatureFills(Path file, String table, LayerStyle style, Map<String, Object> layer)
			throws Exception {
		FeatureCollection features = new GeoPackageReader().read(file, (done, total) -> true).stream()
				.filter(l -> l.getSchema().getName().equals(table)).findFirst().orElseThrow();
		assertEquals(Expected.featureFills(features, style), layer.get("colours"), "fill per feature id");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> symbol(Map<String, Object> styleClass) {
		return (Map<String, Object>) styleClass.get("symbol");
	}

	/** Six squares in RD New: two wonen, two werken, one without soort; one without inwoners. */
	private static FeatureCollection wijken(String name) {
		FeatureSchema schema = new FeatureSchema(name, List.of(new AttributeDescriptor("naam", AttributeType.STRING),
				new AttributeDescriptor("soort", AttributeType.STRING),
				new AttributeDescriptor("inwoners", AttributeType.REAL)));
		Object[][] rows = { { "Noord", "woon", 800.0 }, { "Oost", "werk", 1000.0 }, { "Zuid", "woon", 2400.5 },
				{ "West", null, 5999.0 }, { "Centrum", "werk", null }, { "Haven", "woon", 6000.0 } };
		List<Feature> features = new ArrayList<>();
		for (int i = 0; i < rows.length; i++) {
			features.add(new Feature(Integer.toString(i + 1), square(90000 + i * 1000, 435000), schema, rows[i]));
		}
		return new FeatureCollection(schema, features, Crs.RD_NEW);
	}

	private static Polygon square(double x, double y) {
		return FACTORY.createPolygon(new Coordinate[] { new Coordinate(x, y), new Coordinate(x + 900, y),
				new Coordinate(x + 900, y + 900), new Coordinate(x, y + 900), new Coordinate(x, y) });
	}
}
