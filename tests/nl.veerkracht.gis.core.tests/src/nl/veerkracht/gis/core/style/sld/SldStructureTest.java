package nl.veerkracht.gis.core.style.sld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import nl.veerkracht.gis.core.style.CategorizedStyle;
import nl.veerkracht.gis.core.style.Category;
import nl.veerkracht.gis.core.style.GraduatedStyle;
import nl.veerkracht.gis.core.style.LabelStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;
import nl.veerkracht.gis.core.style.classify.Classifier;
import nl.veerkracht.gis.core.style.classify.ColorBrewerPalette;
import nl.veerkracht.gis.core.style.classify.NoDataStyle;

/**
 * What we write follows the structure of the SLD 1.0.0 and Filter Encoding 1.0.0 schemas (the XSDs are not
 * at hand, so their content models are restated here): each element holds only the children its schema
 * allows, in the schema's order, single ones at most once, and every element is in its namespace.
 */
class SldStructureTest {

	private static final String SLD = "http://www.opengis.net/sld";
	private static final String OGC = "http://www.opengis.net/ogc";
	private static final List<String> SYMBOLIZERS = List.of("LineSymbolizer", "PolygonSymbolizer", "PointSymbolizer",
			"TextSymbolizer", "RasterSymbolizer");
	private static final List<String> OPERATORS = List.of("And", "Or", "Not", "PropertyIsEqualTo",
			"PropertyIsNotEqualTo", "PropertyIsLessThan", "PropertyIsGreaterThan", "PropertyIsLessThanOrEqualTo",
			"PropertyIsGreaterThanOrEqualTo", "PropertyIsLike", "PropertyIsNull", "PropertyIsBetween");

	/** Per element, its schema's sequence: each step lists the names allowed there (a choice). */
	private static final Map<String, List<List<String>>> SEQUENCES = Map.ofEntries(
			Map.entry("StyledLayerDescriptor", steps("Name", "Title", "Abstract", List.of("NamedLayer", "UserLayer"))),
			Map.entry("NamedLayer", steps("Name", "LayerFeatureConstraints", List.of("NamedStyle", "UserStyle"))),
			Map.entry("UserStyle", steps("Name", "Title", "Abstract", "IsDefault", "FeatureTypeStyle")),
			Map.entry("FeatureTypeStyle", steps("Name", "Title", "Abstract", "FeatureTypeName",
					"SemanticTypeIdentifier", "Rule")),
			Map.entry("Rule", steps("Name", "Title", "Abstract", "LegendGraphic", List.of("Filter", "ElseFilter"),
					"MinScaleDenominator", "MaxScaleDenominator", SYMBOLIZERS)),
			Map.entry("PolygonSymbolizer", steps("Geometry", "Fill", "Stroke")),
			Map.entry("LineSymbolizer", steps("Geometry", "Stroke")),
			Map.entry("PointSymbolizer", steps("Geometry", "Graphic")),
			Map.entry("Graphic", steps(List.of("ExternalGraphic", "Mark"), "Opacity", "Size", "Rotation")),
			Map.entry("Mark", steps("WellKnownName", "Fill", "Stroke")),
			Map.entry("Fill", steps("GraphicFill", "CssParameter")),
			Map.entry("Stroke", steps(List.of("GraphicFill", "GraphicStroke"), "CssParameter")),
			Map.entry("TextSymbolizer", steps("Geometry", "Label", "Font", "LabelPlacement", "Halo", "Fill")),
			Map.entry("Font", steps("CssParameter")),
			Map.entry("Halo", steps("Radius", "Fill")),
			Map.entry("Label", steps("PropertyName")),
			Map.entry("Filter", steps(OPERATORS)),
			Map.entry("And", steps(OPERATORS)),
			Map.entry("Or", steps(OPERATORS)),
			Map.entry("PropertyIsEqualTo", steps("PropertyName", "Literal")),
			Map.entry("PropertyIsLessThanOrEqualTo", steps("PropertyName", "Literal")),
			Map.entry("PropertyIsGreaterThan", steps("PropertyName", "Literal")),
			Map.entry("PropertyIsNull", steps("PropertyName")));

	/** Elements that the schemas let occur more than once at their step. */
	private static final Set<String> REPEATABLE = Set.of("NamedLayer", "UserLayer", "NamedStyle", "UserStyle",
			"FeatureTypeStyle", "SemanticTypeIdentifier", "Rule", "CssParameter", "ExternalGraphic", "Mark",
			"LineSymbolizer", "PolygonSymbolizer", "PointSymbolizer", "TextSymbolizer", "RasterSymbolizer");

	/** Elements that may have no child elements. */
	private static final Set<String> LEAVES = Set.of("Name", "Title", "Abstract", "IsDefault", "CssParameter",
			"WellKnownName", "Size", "Radius", "MinScaleDenominator", "MaxScaleDenominator", "PropertyName", "Literal",
			"ElseFilter", "Opacity", "Rotation");

	private static final Set<String> FILTER_ELEMENTS = Set.of("Filter", "And", "Or", "PropertyIsEqualTo",
			"PropertyIsLessThanOrEqualTo", "PropertyIsGreaterThan", "PropertyIsNull", "PropertyName", "Literal");

	@Test
	void everyKindOfStyleFollowsTheSchemaOrder() throws Exception {
		SimpleStyle base = SimpleStyle.defaults();
		LabelStyle labels = LabelStyle.of("naam").withScaleRange(1_000, 25_000);
		List<StyledLayer> layers = new ArrayList<>();
		for (GeometryKind kind : GeometryKind.values()) {
			layers.add(new StyledLayer("enkel-" + kind, new SingleSymbolStyle(base.withPointSize(5), labels), kind));
			layers.add(new StyledLayer("categorie-" + kind, new CategorizedStyle("code",
					List.of(new Category("a", "A", base), new Category("b", "B", base.withFill(null))),
					base.withFill(Color.GREEN), base.withFill(NoDataStyle.COLOUR), labels), kind));
			layers.add(new StyledLayer("klassen-" + kind, GraduatedStyle.of("aandeel",
					Classifier.manual(new double[] { 1, 2, 3 }), ColorBrewerPalette.GREENS, base.withStroke(null))
					.withLabels(labels), kind));
		}
		Document document = parse(SldWriter.toXml(layers));
		Element root = document.getDocumentElement();
		assertEquals("1.0.0", root.getAttribute("version"));
		assertTrue(root.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation")
				.contains("sld/1.0.0/StyledLayerDescriptor.xsd"));
		assertEquals(layers.size(), root.getElementsByTagNameNS(SLD, "NamedLayer").getLength());
		check(root, "/");
	}

	private static void check(Element element, String path) {
		String name = element.getLocalName();
		String where = path + name;
		String expectedNamespace = FILTER_ELEMENTS.contains(name) ? OGC : SLD;
		assertEquals(expectedNamespace, element.getNamespaceURI(), "namespace of " + where);
		List<Element> children = children(element);
		if (LEAVES.contains(name)) {
			assertTrue(children.isEmpty(), where + " holds only text");
			return;
		}
		List<List<String>> sequence = SEQUENCES.get(name);
		if (sequence == null) {
			fail(where + " is not an element this test knows of the SLD 1.0.0 schema");
		}
		if (name.equals("Filter")) {
			assertEquals(1, children.size(), where + " holds one operator");
		}
		int step = 0;
		String previous = null;
		for (Element child : children) {
			String childName = child.getLocalName();
			int found = -1;
			for (int i = step; i < sequence.size(); i++) {
				if (sequence.get(i).contains(childName)) {
					found = i;
					break;
				}
			}
			if (found < 0) {
				fail(childName + " is not allowed in " + where + " after " + previous + " (schema order "
						+ sequence + ")");
			}
			if (found == step && previous != null && sequence.get(found).contains(previous)
					&& !REPEATABLE.contains(childName) && !name.equals("And") && !name.equals("Or")) {
				fail(childName + " occurs twice in " + where);
			}
			step = found;
			previous = childName;
			check(child, where + "/");
		}
		if (name.equals("Rule")) {
			assertTrue(children.stream().anyMatch(child -> SYMBOLIZERS.contains(child.getLocalName())),
					where + " has a symbolizer");
		}
		if (name.equals("NamedLayer")) {
			assertEquals("Name", children.get(0).getLocalName(), where + " starts with its required Name");
		}
	}

	private static List<List<String>> steps(Object... steps) {
		List<List<String>> sequence = new ArrayList<>();
		for (Object step : steps) {
			if (step instanceof String single) {
				sequence.add(List.of(single));
			} else {
				@SuppressWarnings("unchecked")
				List<String> choice = (List<String>) step;
				sequence.add(choice);
			}
		}
		return sequence;
	}

	private static List<Element> children(Element element) {
		List<Element> children = new ArrayList<>();
		for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element child) {
				children.add(child);
			}
		}
		return children;
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}
}
