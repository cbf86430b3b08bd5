package nl.veerkracht.gis.core.style.sld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.veerkracht.gis.core.io.ReadWarnings;
import nl.veerkracht.gis.core.style.CategorizedStyle;
import nl.veerkracht.gis.core.style.Category;
import nl.veerkracht.gis.core.style.GraduatedStyle;
import nl.veerkracht.gis.core.style.LabelStyle;
import nl.veerkracht.gis.core.style.LayerStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;
import nl.veerkracht.gis.core.style.StyleClass;
import nl.veerkracht.gis.core.style.classify.Classification;
import nl.veerkracht.gis.core.style.classify.ClassificationMethod;
import nl.veerkracht.gis.core.style.classify.Classifier;
import nl.veerkracht.gis.core.style.classify.ColorBrewerPalette;
import nl.veerkracht.gis.core.style.classify.NoDataStyle;

/** Every kind of style, written as SLD and read back, is equal to what was written, without warnings. */
class SldRoundTripTest {

	private static final SimpleStyle BASE = SimpleStyle.defaults();
	private static final LabelStyle LABELS = new LabelStyle("buurtnaam", "DejaVu Sans", 10.5f, new Color(0x20, 0x20, 0x20),
			new Color(0xff, 0xff, 0xee), 2_500, 75_000);

	@ParameterizedTest
	@EnumSource(GeometryKind.class)
	void singleSymbolWithAndWithoutLabels(GeometryKind kind) throws SldException {
		assertRoundTrip(SingleSymbolStyle.of(BASE), kind);
		assertRoundTrip(new SingleSymbolStyle(BASE.withPointSize(12.5), LabelStyle.of("naam")), kind);
	}

	@ParameterizedTest
	@EnumSource(GeometryKind.class)
	void symbolsWithoutFillOrOutlineKeepEveryPart(GeometryKind kind) throws SldException {
		assertRoundTrip(SingleSymbolStyle.of(new SimpleStyle(null, Color.BLUE, 2.5f, 0.35, 3)), kind);
		assertRoundTrip(SingleSymbolStyle.of(new SimpleStyle(Color.GREEN, null, 1.5f, 0.6, 8)), kind);
		assertRoundTrip(SingleSymbolStyle.of(new SimpleStyle(null, null, 0.75f, 0, 14)), kind);
		assertRoundTrip(SingleSymbolStyle.of(new SimpleStyle(Color.RED, Color.BLACK, 0, 1, 8)), kind);
	}

	@ParameterizedTest
	@EnumSource(GeometryKind.class)
	void categorizedWithOtherValuesNoDataAndLabels(GeometryKind kind) throws SldException {
		CategorizedStyle style = new CategorizedStyle("wijknaam",
				List.of(new Category("Centrum", "Centrum", BASE.withFill(Color.RED)),
						new Category("Noord & Oost <1>", "Noord en \"Oost\"", BASE.withFill(Color.BLUE)),
						new Category("3", "drie", BASE.withFill(Color.ORANGE).withStrokeWidth(2))),
				BASE.withFill(Color.GREEN), BASE.withFill(NoDataStyle.COLOUR), LABELS);
		assertRoundTrip(style, kind);
	}

	@Test
	void categorizedWithoutOtherValuesAndWithoutCategories() throws SldException {
		assertRoundTrip(new CategorizedStyle("code", List.of(new Category("BU1", "een", BASE)), null,
				BASE.withFill(NoDataStyle.COLOUR), null), GeometryKind.POLYGON);
		assertRoundTrip(new CategorizedStyle("code", List.of(), null, BASE.withFill(NoDataStyle.COLOUR), null),
				GeometryKind.POLYGON);
		assertRoundTrip(new CategorizedStyle("code", List.of(), BASE.withFill(Color.PINK),
				BASE.withFill(NoDataStyle.COLOUR), null), GeometryKind.LINE);
	}

	@ParameterizedTest
	@EnumSource(ClassificationMethod.class)
	void graduatedByEveryMethodWithPaletteNoDataAndLabels(ClassificationMethod method) throws SldException {
		double[] values = { 3.5, 7.25, 12, 12.5, 19, 22.75, 31, 40.125, 41, 55, Double.NaN };
		Classification classification = method == ClassificationMethod.MANUAL
				? Classifier.manual(new double[] { 10, 20, 30, 60 })
				: Classifier.classify(values, method, 5);
		GraduatedStyle style = GraduatedStyle.of("aandeel_laag_inkomen", classification, ColorBrewerPalette.BLUES, BASE)
				.withLabels(LABELS);
		for (GeometryKind kind : GeometryKind.values()) {
			assertRoundTrip(style, kind);
		}
	}

	@Test
	void graduatedWithHandChosenColoursEditedLabelsAndAwkwardBreaks() throws SldException {
		Classification classification = new Classification(ClassificationMethod.QUANTILE,
				new double[] { -1234.5, -0.0, 1.0E-5, 0.1 + 0.2, 1.0E17 });
		List<StyleClass> classes = List.of(new StyleClass("zeer laag", BASE.withFill(Color.WHITE)),
				new StyleClass("laag", BASE.withFill(Color.YELLOW)), new StyleClass("", BASE.withFill(Color.ORANGE)),
				new StyleClass("hoog", BASE.withFill(Color.RED)), new StyleClass("zeer hoog", BASE.withFill(Color.BLACK)));
		GraduatedStyle style = new GraduatedStyle("waarde", classification, classes,
				new SimpleStyle(NoDataStyle.COLOUR, null, 0, 0.5, 8), null, null);
		assertRoundTrip(style, GeometryKind.POLYGON);
	}

	@Test
	void graduatedWithoutClassesKeepsItsKind() throws SldException {
		GraduatedStyle style = new GraduatedStyle("leeg", new Classification(ClassificationMethod.NATURAL_BREAKS,
				new double[0]), List.of(), BASE.withFill(NoDataStyle.COLOUR), ColorBrewerPalette.YL_OR_RD, null);
		assertRoundTrip(style, GeometryKind.POLYGON);
	}

	@Test
	void labelsWithoutHaloAndWithOneSidedScaleRanges() throws SldException {
		LabelStyle noHalo = new LabelStyle("naam", "Serif", 7f, Color.BLUE, null, 0, 10_000);
		assertRoundTrip(new SingleSymbolStyle(BASE, noHalo), GeometryKind.POLYGON);
		assertRoundTrip(new SingleSymbolStyle(BASE, LabelStyle.of("naam").withScaleRange(5_000, Double.POSITIVE_INFINITY)),
				GeometryKind.POINT);
	}

	@Test
	void severalLayersInOneDocumentKeepTheirNamesAndOrder(@TempDir Path folder) throws Exception {
		List<StyledLayer> layers = List.of(new StyledLayer("wijken", SingleSymbolStyle.of(BASE), GeometryKind.POLYGON),
				new StyledLayer("wegen", SingleSymbolStyle.of(BASE.withStroke(Color.GRAY)), GeometryKind.LINE),
				new StyledLayer("scholen", SingleSymbolStyle.of(BASE.withPointSize(5)), GeometryKind.POINT));
		Path file = folder.resolve("kaart.sld");
		SldWriter.write(file, layers);
		assertEquals(layers, new SldReader().read(file));
	}

	private static void assertRoundTrip(LayerStyle style, GeometryKind kind) throws SldException {
		StyledLayer layer = new StyledLayer("buurten", style, kind);
		String xml = SldWriter.toXml(List.of(layer));
		ReadWarnings warnings = new ReadWarnings();
		List<StyledLayer> read = new SldReader(warnings).read(xml, "test.sld");
		assertEquals(List.of(layer), read, xml);
		assertTrue(warnings.isEmpty(), () -> "warnings " + warnings.list() + " for\n" + xml);
	}
}
