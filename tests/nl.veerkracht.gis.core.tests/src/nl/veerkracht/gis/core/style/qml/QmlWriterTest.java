package nl.veerkracht.gis.core.style.qml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import nl.veerkracht.gis.core.style.CategorizedStyle;
import nl.veerkracht.gis.core.style.Category;
import nl.veerkracht.gis.core.style.GraduatedStyle;
import nl.veerkracht.gis.core.style.LabelStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;
import nl.veerkracht.gis.core.style.classify.Classification;
import nl.veerkracht.gis.core.style.classify.ClassificationMethod;
import nl.veerkracht.gis.core.style.classify.ColorBrewerPalette;
import nl.veerkracht.gis.core.style.classify.NoDataStyle;
import nl.veerkracht.gis.core.style.sld.GeometryKind;

/**
 * The QML we write, parsed back: renderer type and attribute, the categories or ranges in legend order
 * with their labels, and each class's symbol with its colours, outline and opacity as QGIS reads them.
 */
class QmlWriterTest {

	private static final Color OUTLINE = new Color(0x63, 0x63, 0x63);
	private static final SimpleStyle BLUE = new SimpleStyle(new Color(0x2C, 0x7B, 0xB6), OUTLINE, 0.6f, 1.0, 6);
	private static final SimpleStyle RED = new SimpleStyle(new Color(0xD7, 0x19, 0x1C), OUTLINE, 0.6f, 1.0, 6);
	private static final SimpleStyle GREY = BLUE.withFill(NoDataStyle.COLOUR);

	@Test
	void aCategorizedStyleWithItsOwnNoDataCategoryHasExactlyItsCategories() throws Exception {
		CategorizedStyle style = new CategorizedStyle("klasse", List.of(new Category("veerkrachtig", "veerkrachtig", BLUE),
				new Category("zeer kwetsbaar", "zeer kwetsbaar", RED),
				new Category("geen gegevens", "geen gegevens", GREY)), null, GREY, null);
		Element renderer = renderer(QmlWriter.toXml(style, GeometryKind.POLYGON));

		assertEquals("categorizedSymbol", renderer.getAttribute("type"));
		assertEquals("klasse", renderer.getAttribute("attr"));
		List<Element> categories = children(renderer, "category");
		assertEquals(List.of("veerkrachtig", "zeer kwetsbaar", "geen gegevens"), attribute(categories, "value"));
		assertEquals(List.of("veerkrachtig", "zeer kwetsbaar", "geen gegevens"), attribute(categories, "label"));
		Map<String, Map<String, String>> symbols = symbols(renderer);
		assertEquals("44,123,182,255", symbols.get(categories.get(0).getAttribute("symbol")).get("color"));
		assertEquals("215,25,28,255", symbols.get(categories.get(1).getAttribute("symbol")).get("color"));
		assertEquals("211,211,211,255", symbols.get(categories.get(2).getAttribute("symbol")).get("color"));
		Map<String, String> first = symbols.get("0");
		assertEquals("99,99,99,255", first.get("outline_color"));
		assertEquals("0.6", first.get("outline_width"));
		assertEquals("Pixel", first.get("outline_width_unit"));
		assertEquals("solid", first.get("style"));
	}

	@Test
	void featuresWithoutAValueFallIntoTheEmptyCategoryLabelledGeenGegevens() throws Exception {
		CategorizedStyle style = new CategorizedStyle("soort", List.of(new Category("1", "één", BLUE),
				new Category("2", "twee", RED)), null, GREY, null);
		List<Element> categories = children(renderer(QmlWriter.toXml(style, GeometryKind.POLYGON)), "category");
		assertEquals(List.of("1", "2", ""), attribute(categories, "value"));
		assertEquals(List.of("één", "twee", "geen gegevens"), attribute(categories, "label"));
	}

	@Test
	void otherValuesTakeTheEmptyCategoryAndNoDataIsRecognisedByTheExpression() throws Exception {
		SimpleStyle other = BLUE.withFill(Color.MAGENTA);
		CategorizedStyle style = new CategorizedStyle("soort", List.of(new Category("a", "a", BLUE)), other, GREY, null);
		Element renderer = renderer(QmlWriter.toXml(style, GeometryKind.POLYGON));

		assertEquals("coalesce(\"soort\", '" + QmlWriter.NO_DATA_CATEGORY + "')", renderer.getAttribute("attr"));
		List<Element> categories = children(renderer, "category");
		assertEquals(List.of("a", "", QmlWriter.NO_DATA_CATEGORY), attribute(categories, "value"));
		assertEquals(List.of("a", "overige waarden", "geen gegevens"), attribute(categories, "label"));
		assertEquals("255,0,255,255", symbols(renderer).get(categories.get(1).getAttribute("symbol")).get("color"));
	}

	@Test
	void aGraduatedStyleHasARangePerClassAndALastRangeForNoData() throws Exception {
		Classification classification = new Classification(ClassificationMethod.MANUAL, new double[] { 10, 20.5, 40 });
		GraduatedStyle style = GraduatedStyle.of("inwoners", classification, ColorBrewerPalette.BLUES,
				BLUE.withOpacity(0.5));
		Element renderer = renderer(QmlWriter.toXml(style, GeometryKind.POLYGON));

		assertEquals("graduatedSymbol", renderer.getAttribute("type"));
		assertEquals("coalesce(\"inwoners\", -1e300)", renderer.getAttribute("attr"));
		List<Element> ranges = children(renderer, "range");
		assertEquals(List.of(QmlWriter.LOWEST, "10", "20.5", QmlWriter.NO_DATA_VALUE), attribute(ranges, "lower"));
		assertEquals(List.of("10", "20.5", "40", QmlWriter.NO_DATA_VALUE), attribute(ranges, "upper"));
		List<String> labels = new ArrayList<>(GraduatedStyle.boundLabels(classification));
		labels.add("geen gegevens");
		assertEquals(labels, attribute(ranges, "label"));

		Map<String, Map<String, String>> symbols = symbols(renderer);
		List<Color> palette = ColorBrewerPalette.BLUES.colours(3);
		for (int i = 0; i < 3; i++) {
			Color c = palette.get(i);
			assertEquals(c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ",128",
					symbols.get(ranges.get(i).getAttribute("symbol")).get("color"), "opacity 0.5 is the fill's alpha");
			assertEquals("99,99,99,255", symbols.get(ranges.get(i).getAttribute("symbol")).get("outline_color"),
					"outlines stay opaque");
		}
		assertEquals("211,211,211,128", symbols.get(ranges.get(3).getAttribute("symbol")).get("color"));
	}

	@Test
	void singleSymbolsUseTheSymbolLayerOfTheirGeometry() throws Exception {
		SimpleStyle symbol = new SimpleStyle(new Color(10, 20, 30), new Color(40, 50, 60), 2f, 1.0, 8);
		Element points = renderer(QmlWriter.toXml(SingleSymbolStyle.of(symbol), GeometryKind.POINT));
		assertEquals("singleSymbol", points.getAttribute("type"));
		Element marker = (Element) points.getElementsByTagName("symbol").item(0);
		assertEquals("marker", marker.getAttribute("type"));
		Map<String, String> markerProps = props(marker);
		assertEquals("circle", markerProps.get("name"));
		assertEquals("8", markerProps.get("size"));
		assertEquals("10,20,30,255", markerProps.get("color"));

		Element line = (Element) renderer(QmlWriter.toXml(SingleSymbolStyle.of(symbol), GeometryKind.LINE))
				.getElementsByTagName("symbol").item(0);
		assertEquals("line", line.getAttribute("type"));
		assertEquals("40,50,60,255", props(line).get("line_color"));
		assertEquals("2", props(line).get("line_width"));

		Element noOutline = (Element) renderer(QmlWriter.toXml(SingleSymbolStyle.of(symbol.withStroke(null)),
				GeometryKind.POLYGON)).getElementsByTagName("symbol").item(0);
		assertEquals("no", props(noOutline).get("outline_style"));
	}

	@Test
	void labelsBecomeSimpleLabelingWithTheirScaleRange() throws Exception {
		LabelStyle labels = LabelStyle.of("naam").withScaleRange(1000, 50000);
		Document document = parse(QmlWriter.toXml(SingleSymbolStyle.of(BLUE).withLabels(labels), GeometryKind.POLYGON));
		assertEquals("1", document.getDocumentElement().getAttribute("labelsEnabled"));
		Element labeling = (Element) document.getElementsByTagName("labeling").item(0);
		assertEquals("simple", labeling.getAttribute("type"));
		Element text = (Element) labeling.getElementsByTagName("text-style").item(0);
		assertEquals("naam", text.getAttribute("fieldName"));
		assertEquals("9", text.getAttribute("fontSize"));
		assertEquals("51,51,51,255", text.getAttribute("textColor"));
		assertEquals("1", ((Element) text.getElementsByTagName("text-buffer").item(0)).getAttribute("bufferDraw"));
		Element rendering = (Element) labeling.getElementsByTagName("rendering").item(0);
		assertEquals("1", rendering.getAttribute("scaleVisibility"));
		assertEquals("1000", rendering.getAttribute("scaleMin"));
		assertEquals("50000", rendering.getAttribute("scaleMax"));

		Document unlabelled = parse(QmlWriter.toXml(SingleSymbolStyle.of(BLUE), GeometryKind.POLYGON));
		assertEquals("0", unlabelled.getDocumentElement().getAttribute("labelsEnabled"));
		assertEquals(0, unlabelled.getElementsByTagName("labeling").getLength());
	}

	@Test
	void theDocumentIsAQgisStyleForItsGeometryType() throws Exception {
		String xml = QmlWriter.toXml(SingleSymbolStyle.of(BLUE), GeometryKind.LINE);
		assertTrue(xml.contains("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>"), xml);
		Document document = parse(xml);
		assertEquals("qgis", document.getDocumentElement().getTagName());
		assertEquals(QmlWriter.QGIS_VERSION, document.getDocumentElement().getAttribute("version"));
		assertEquals("1", document.getElementsByTagName("layerGeometryType").item(0).getTextContent());
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private static Element renderer(String xml) throws Exception {
		return (Element) parse(xml).getElementsByTagName("renderer-v2").item(0);
	}

	private static List<Element> children(Element parent, String name) {
		NodeList nodes = parent.getElementsByTagName(name);
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}

	private static List<String> attribute(List<Element> elements, String name) {
		return elements.stream().map(e -> e.getAttribute(name)).toList();
	}

	/** @return per symbol name, the properties of its one symbol layer */
	private static Map<String, Map<String, String>> symbols(Element renderer) {
		Map<String, Map<String, String>> symbols = new HashMap<>();
		for (Element symbol : children(renderer, "symbol")) {
			symbols.put(symbol.getAttribute("name"), props(symbol));
		}
		return symbols;
	}

	private static Map<String, String> props(Element symbol) {
		Map<String, String> props = new HashMap<>();
		for (Element prop : children(symbol, "prop")) {
			props.put(prop.getAttribute("k"), prop.getAttribute("v"));
		}
		return props;
	}
}
