package nl.veerkracht.gis.core.style.sld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
import nl.veerkracht.gis.core.io.ReadWarnings;
import nl.veerkracht.gis.core.style.GraduatedStyle;
import nl.veerkracht.gis.core.style.LabelStyle;
import nl.veerkracht.gis.core.style.LayerStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;
import nl.veerkracht.gis.core.style.classify.Classifier;
import nl.veerkracht.gis.core.style.classify.ColorBrewerPalette;

/** The style file beside a data file: where it is, saving and reading it, and what happens when it does not fit. */
class SldSidecarTest {

	private static final FeatureSchema SCHEMA = new FeatureSchema("buurten",
			List.of(new AttributeDescriptor("naam", AttributeType.STRING), new AttributeDescriptor("aandeel", AttributeType.REAL)));
	private static final GraduatedStyle STYLE = GraduatedStyle.of("aandeel", Classifier.manual(new double[] { 10, 20, 30 }),
			ColorBrewerPalette.OR_RD, SimpleStyle.defaults()).withLabels(LabelStyle.of("naam"));

	@Test
	void theStyleFileHasTheDataFilesNameWithExtensionSld() {
		assertEquals(Path.of("data", "buurten.sld"), SldSidecar.fileOf(Path.of("data", "buurten.geojson")));
		assertEquals(Path.of("wijken.sld"), SldSidecar.fileOf(Path.of("wijken.shp")));
		assertEquals(Path.of("README.sld"), SldSidecar.fileOf(Path.of("README")));
	}

	@Test
	void aSavedStyleIsAppliedWhenTheDataFileIsOpenedAgain(@TempDir Path folder) throws Exception {
		Path data = folder.resolve("buurten.geojson");
		Path written = SldSidecar.save(data, List.of(new StyledLayer("buurten", STYLE, GeometryKind.POLYGON)));
		assertEquals(folder.resolve("buurten.sld"), written);
		ReadWarnings warnings = new ReadWarnings();
		SldSidecar sidecar = SldSidecar.load(data, warnings);
		assertEquals(Optional.of(STYLE), sidecar.styleFor(layer("buurten", SCHEMA), warnings));
		assertEquals(Optional.of(STYLE), sidecar.styleFor(layer("andere_naam", SCHEMA), warnings),
				"a style file of one layer styles the file's one layer whatever its name");
		assertTrue(warnings.isEmpty(), warnings.list()::toString);
		try (var leftovers = Files.list(folder)) {
			assertEquals(List.of(written), leftovers.toList(), "no temporary files are left");
		}
	}

	@Test
	void noStyleFileMeansNoStyleAndNoWarning(@TempDir Path folder) {
		ReadWarnings warnings = new ReadWarnings();
		SldSidecar sidecar = SldSidecar.load(folder.resolve("buurten.geojson"), warnings);
		assertEquals(Optional.empty(), sidecar.styleFor(layer("buurten", SCHEMA), warnings));
		assertTrue(sidecar.styles().isEmpty());
		assertTrue(warnings.isEmpty());
	}

	@Test
	void anUnreadableStyleFileIsAWarningNotAFailure(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("buurten.sld"), "<StyledLayerDescriptor>\n<NamedLayer>\n</StyledLayerDescriptor>");
		ReadWarnings warnings = new ReadWarnings();
		SldSidecar sidecar = SldSidecar.load(folder.resolve("buurten.geojson"), warnings);
		assertEquals(Optional.empty(), sidecar.styleFor(layer("buurten", SCHEMA), warnings));
		assertEquals(1, warnings.list().size());
		assertEquals("buurten.sld", warnings.list().get(0).fileName());
		assertTrue(warnings.list().get(0).message().startsWith("the style file buurten.sld cannot be used, so the default"
				+ " style is shown: buurten.sld, line 3"), warnings.list().get(0).message());
	}

	@Test
	void aStyleByAMissingAttributeIsNotUsedAndLabelsOfAMissingAttributeAreDropped(@TempDir Path folder) throws Exception {
		Path data = folder.resolve("buurten.gpkg");
		SldSidecar.save(data, List.of(new StyledLayer("buurten", STYLE, GeometryKind.POLYGON),
				new StyledLayer("wijken", SingleSymbolStyle.of(SimpleStyle.defaults().withFill(Color.BLUE))
						.withLabels(LabelStyle.of("wijknaam")), GeometryKind.POLYGON)));
		FeatureSchema withoutAandeel = new FeatureSchema("buurten", List.of(new AttributeDescriptor("naam", AttributeType.STRING)));
		ReadWarnings warnings = new ReadWarnings();
		SldSidecar sidecar = SldSidecar.load(data, warnings);
		assertEquals(Optional.empty(), sidecar.styleFor(layer("buurten", withoutAandeel), warnings));
		Optional<LayerStyle> wijken = sidecar.styleFor(layer("wijken", withoutAandeel), warnings);
		assertEquals(Optional.of(SingleSymbolStyle.of(SimpleStyle.defaults().withFill(Color.BLUE))), wijken);
		assertEquals(Optional.empty(), sidecar.styleFor(layer("wegen", SCHEMA), warnings),
				"a style file of several layers styles only the layers it names");
		assertEquals(List.of("the style file buurten.sld: the style is by the attribute \"aandeel\", which the layer"
				+ " buurten does not have; the style is not used", "the style file buurten.sld: the labels show the"
				+ " attribute \"wijknaam\", which the layer wijken does not have; the layer is not labelled"),
				warnings.list().stream().map(w -> w.message()).toList());
		assertFalse(warnings.list().stream().anyMatch(w -> !w.fileName().equals("buurten.sld")));
	}

	@Test
	void warningsWhileReadingTheStyleFileNameIt(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("scholen.sld"), """
				<StyledLayerDescriptor xmlns="http://www.opengis.net/sld" version="1.0.0">
				  <NamedLayer><Name>scholen</Name><UserStyle><FeatureTypeStyle><Rule>
				    <PointSymbolizer><Graphic><Mark><WellKnownName>star</WellKnownName></Mark></Graphic></PointSymbolizer>
				  </Rule></FeatureTypeStyle></UserStyle></NamedLayer>
				</StyledLayerDescriptor>
				""");
		ReadWarnings warnings = new ReadWarnings();
		SldSidecar sidecar = SldSidecar.load(folder.resolve("scholen.geojson"), warnings);
		assertTrue(sidecar.styleFor(layer("scholen", SCHEMA), warnings).isPresent());
		assertEquals(List.of("the style file scholen.sld, line 3: the mark \"star\" is drawn as a circle"),
				warnings.list().stream().map(w -> w.message()).toList());
	}

	@Test
	void savingOneLayerOfAFileOfSeveralKeepsTheOthersStyles(@TempDir Path folder) throws Exception {
		Path data = folder.resolve("kwb.gpkg");
		StyledLayer buurten = new StyledLayer("buurten", STYLE, GeometryKind.POLYGON);
		StyledLayer wijken = new StyledLayer("wijken", SingleSymbolStyle.of(SimpleStyle.defaults()), GeometryKind.POLYGON);
		StyledLayer wegen = new StyledLayer("wegen", SingleSymbolStyle.of(SimpleStyle.defaults()), GeometryKind.LINE);
		SldSidecar.save(data, List.of(buurten, wijken));
		StyledLayer newWijken = new StyledLayer("wijken", SingleSymbolStyle.of(SimpleStyle.defaults().withFill(Color.CYAN)),
				GeometryKind.POLYGON);
		ReadWarnings warnings = new ReadWarnings();
		assertEquals(List.of(buurten, newWijken, wegen), SldSidecar.load(data, warnings).with(List.of(newWijken, wegen)));

		SldSidecar.save(data, List.of(buurten));
		assertEquals(List.of(newWijken), SldSidecar.load(data, warnings).with(List.of(newWijken)),
				"a style file of one layer belongs to the file's one layer and is replaced");
		assertTrue(warnings.isEmpty());
	}

	@Test
	void theGeometryKindIsThatOfTheHighestDimension() {
		GeometryFactory geometries = new GeometryFactory();
		FeatureSchema schema = new FeatureSchema("mix", List.of());
		Feature point = new Feature("1", geometries.createPoint(new Coordinate(1, 2)), schema, new Object[0]);
		Feature line = new Feature("2", geometries.createLineString(new Coordinate[] { new Coordinate(0, 0),
				new Coordinate(1, 1) }), schema, new Object[0]);
		assertEquals(GeometryKind.POINT, GeometryKind.of(new FeatureCollection(schema, List.of(point), Crs.RD_NEW)));
		assertEquals(GeometryKind.LINE, GeometryKind.of(new FeatureCollection(schema, List.of(point, line), Crs.RD_NEW)));
		assertEquals(GeometryKind.POLYGON, GeometryKind.of(new FeatureCollection(schema, List.of(), Crs.RD_NEW)));
	}

	private static FeatureCollection layer(String name, FeatureSchema schema) {
		return new FeatureCollection(new FeatureSchema(name, schema.getAttributes()), List.of(), Crs.RD_NEW);
	}
}
