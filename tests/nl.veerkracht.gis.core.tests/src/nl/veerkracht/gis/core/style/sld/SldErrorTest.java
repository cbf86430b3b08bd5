package nl.veerkracht.gis.core.style.sld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.gis.core.io.ReadWarning;
import nl.veerkracht.gis.core.io.ReadWarnings;
import nl.veerkracht.gis.core.style.GraduatedStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;

/**
 * Documents that cannot be read, or hold what cannot be shown faithfully, are refused with a message that
 * names the file, the line and the problem; documents with a DOCTYPE are refused before any entity is
 * resolved; lesser differences are read with a warning naming the line.
 */
class SldErrorTest {

	private static final String HEAD = """
			<?xml version="1.0" encoding="UTF-8"?>
			<StyledLayerDescriptor xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" version="1.0.0">
			<NamedLayer><Name>buurten</Name><UserStyle>
			""";
	private static final String TAIL = "</UserStyle></NamedLayer></StyledLayerDescriptor>\n";
	private static final String POLYGON = "<PolygonSymbolizer><Fill><CssParameter name=\"fill\">#ff0000</CssParameter>"
			+ "</Fill></PolygonSymbolizer>";

	@Test
	void malformedXmlNamesTheFileLineAndColumn(@TempDir Path folder) throws Exception {
		Path file = folder.resolve("kapot.sld");
		Files.writeString(file, HEAD + "<FeatureTypeStyle><Rule>\n" + POLYGON + "\n</Rule>\n</FeatureTypeStyl>\n" + TAIL);
		SldException e = assertThrows(SldException.class, () -> new SldReader().read(file));
		assertEquals("kapot.sld", e.getSource());
		assertEquals(7, e.getLine().getAsInt(), e.getMessage());
		assertTrue(e.getColumn().isPresent());
		assertTrue(e.getMessage().startsWith("kapot.sld, line 7, column "), e.getMessage());
		assertTrue(e.getMessage().contains("not well-formed XML"), e.getMessage());
	}

	@Test
	void aMissingFileIsNamed(@TempDir Path folder) {
		SldException e = assertThrows(SldException.class, () -> new SldReader().read(folder.resolve("weg.sld")));
		assertTrue(e.getMessage().startsWith("weg.sld: the file cannot be read"), e.getMessage());
	}

	@Test
	void externalEntitiesAreRefusedAndNeverRead(@TempDir Path folder) throws Exception {
		Path secret = folder.resolve("geheim.txt");
		Files.writeString(secret, "WACHTWOORD-1234");
		Path file = folder.resolve("xxe.sld");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE StyledLayerDescriptor [
				  <!ENTITY geheim SYSTEM "%s">
				]>
				<StyledLayerDescriptor xmlns="http://www.opengis.net/sld" version="1.0.0">
				  <NamedLayer><Name>&geheim;</Name><UserStyle><FeatureTypeStyle><Rule>%s</Rule></FeatureTypeStyle></UserStyle></NamedLayer>
				</StyledLayerDescriptor>
				""".formatted(secret.toUri(), POLYGON));
		SldException e = assertThrows(SldException.class, () -> new SldReader().read(file));
		assertTrue(e.getMessage().startsWith("xxe.sld, line "), e.getMessage());
		assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
		assertFalse(e.getMessage().contains("WACHTWOORD"), e.getMessage());
	}

	@Test
	void anUndeclaredEntityIsNotWellFormed() {
		SldException e = assertThrows(SldException.class, () -> new SldReader().read(
				HEAD + "<FeatureTypeStyle><Rule><Name>&xxe;</Name>" + POLYGON + "</Rule></FeatureTypeStyle>" + TAIL, "x.sld"));
		assertTrue(e.getMessage().startsWith("x.sld, line 4"), e.getMessage());
	}

	@Test
	void anUnsupportedFilterNamesItsLine() {
		String xml = HEAD + """
				<FeatureTypeStyle>
				  <Rule>
				    <ogc:Filter>
				      <ogc:PropertyIsLike wildCard="*" singleChar="." escape="!">
				        <ogc:PropertyName>naam</ogc:PropertyName><ogc:Literal>Oud*</ogc:Literal>
				      </ogc:PropertyIsLike>
				    </ogc:Filter>
				    %s
				  </Rule>
				</FeatureTypeStyle>
				""".formatted(POLYGON) + TAIL;
		SldException e = assertThrows(SldException.class, () -> new SldReader().read(xml, "oud.sld"));
		assertEquals(7, e.getLine().getAsInt(), e.getMessage());
		assertTrue(e.getMessage().startsWith("oud.sld, line 7: ogc:PropertyIsLike is not supported in rule filters"),
				e.getMessage());
	}

	@Test
	void functionsInComparisonsAreRefused() {
		String xml = HEAD + """
				<FeatureTypeStyle><Rule><ogc:Filter><ogc:PropertyIsEqualTo>
				  <ogc:Function name="strToLowerCase"><ogc:PropertyName>naam</ogc:PropertyName></ogc:Function>
				  <ogc:Literal>centrum</ogc:Literal>
				</ogc:PropertyIsEqualTo></ogc:Filter>%s</Rule></FeatureTypeStyle>
				""".formatted(POLYGON) + TAIL;
		SldException e = assertThrows(SldException.class, () -> new SldReader().read(xml, "f.sld"));
		assertTrue(e.getMessage().startsWith("f.sld, line 5: ogc:Function is not supported in a filter"), e.getMessage());
	}

	@Test
	void twoFeatureTypeStylesThatBothDrawAreRefused() {
		String rule = "<Rule>" + POLYGON + "</Rule>";
		String xml = HEAD + "<FeatureTypeStyle>" + rule + "</FeatureTypeStyle>\n<FeatureTypeStyle>" + rule
				+ "</FeatureTypeStyle>" + TAIL;
		SldException e = assertThrows(SldException.class, () -> new SldReader().read(xml, "twee.sld"));
		assertEquals("twee.sld, line 5: a second FeatureTypeStyle draws features (the first starts on line 4); more than"
				+ " one FeatureTypeStyle is not supported, as each feature is drawn with one symbol here: combine their"
				+ " rules into one", e.getMessage());
	}

	@Test
	void otherRefusals() {
		assertRefused("<?xml version=\"1.0\"?>\n<StyledLayerDescriptor xmlns=\"http://www.opengis.net/sld\">"
				+ "<NamedLayer><Name>a</Name><NamedStyle><Name>population</Name></NamedStyle></NamedLayer>"
				+ "</StyledLayerDescriptor>", "NamedStyle refers to a style kept on a map server");
		assertRefused(HEAD + "<FeatureTypeStyle><Rule>" + filter("PropertyIsEqualTo", "a", "1") + POLYGON + "</Rule><Rule>"
				+ filter("PropertyIsEqualTo", "b", "1") + POLYGON + "</Rule></FeatureTypeStyle>" + TAIL,
				"the rules test different attributes");
		assertRefused(HEAD + "<FeatureTypeStyle><Rule>" + filter("PropertyIsLessThan", "a", "veel") + POLYGON
				+ "</Rule></FeatureTypeStyle>" + TAIL, "\"veel\" is not a number");
		assertRefused(HEAD + "<FeatureTypeStyle><Rule><PolygonSymbolizer><Fill><CssParameter name=\"fill\">rood</CssParameter>"
				+ "</Fill></PolygonSymbolizer></Rule></FeatureTypeStyle>" + TAIL, "\"rood\" is not a colour");
		assertRefused(HEAD + "<FeatureTypeStyle><Rule><PolygonSymbolizer><Fill><CssParameter name=\"fill-opacity\">2"
				+ "</CssParameter></Fill></PolygonSymbolizer></Rule></FeatureTypeStyle>" + TAIL,
				"Opacity must be between 0 and 1");
		assertRefused(HEAD + "<FeatureTypeStyle><Rule>" + POLYGON + "</Rule><Rule><ElseFilter/>" + POLYGON
				+ "</Rule></FeatureTypeStyle>" + TAIL, "has no filter while the style has 2 rules");
		assertRefused("<StyledLayerDescriptor xmlns=\"http://www.opengis.net/sld\"/>", "the document holds no layer style");
		assertRefused(HEAD + "<FeatureTypeStyle/>" + TAIL, "no rule of the style draws features");
		assertRefused(HEAD + "<FeatureTypeStyle><Rule>" + filter("PropertyIsEqualTo", "a", "x") + POLYGON + "</Rule><Rule>"
				+ filter("PropertyIsGreaterThan", "a", "3") + POLYGON + "</Rule></FeatureTypeStyle>" + TAIL,
				"the style mixes classes of ranges with single values");
	}

	private static String filter(String operator, String attribute, String literal) {
		return "<ogc:Filter><ogc:" + operator + "><ogc:PropertyName>" + attribute + "</ogc:PropertyName><ogc:Literal>"
				+ literal + "</ogc:Literal></ogc:" + operator + "></ogc:Filter>";
	}

	@Test
	void notAnSldIsSaidSo() {
		SldException e = assertThrows(SldException.class,
				() -> new SldReader().read("<kml xmlns=\"http://www.opengis.net/kml/2.2\"/>", "kaart.kml"));
		assertEquals("kaart.kml, line 1: the root element is kml, not StyledLayerDescriptor: this is not an SLD document",
				e.getMessage());
	}

	@Test
	void externalGraphicsAndDashesAreDrawnPlainlyWithAWarning() throws SldException {
		String xml = HEAD + """
				<FeatureTypeStyle><Rule>
				  <PointSymbolizer><Graphic>
				    <ExternalGraphic><OnlineResource xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="school.png"/>
				      <Format>image/png</Format></ExternalGraphic>
				    <Size>12</Size>
				  </Graphic></PointSymbolizer>
				</Rule></FeatureTypeStyle>
				""" + TAIL;
		ReadWarnings warnings = new ReadWarnings();
		StyledLayer layer = new SldReader(warnings).read(xml, "scholen.sld").get(0);
		assertEquals(SingleSymbolStyle.of(new SimpleStyle(new Color(0x80, 0x80, 0x80), Color.BLACK, 1, 1, 12)), layer.style());
		assertEquals(List.of(new ReadWarning("scholen.sld", "line 6: external graphics (images) are not supported; the points"
				+ " are drawn as grey circles")), warnings.list());

		String dashed = HEAD + "<FeatureTypeStyle><Rule><LineSymbolizer><Stroke>"
				+ "<CssParameter name=\"stroke-dasharray\">4 2</CssParameter></Stroke></LineSymbolizer></Rule></FeatureTypeStyle>" + TAIL;
		ReadWarnings dashWarnings = new ReadWarnings();
		new SldReader(dashWarnings).read(dashed, "paden.sld");
		assertEquals("line 4: dashed lines are drawn solid", dashWarnings.list().get(0).message());
	}

	@Test
	void classesThatDoNotMeetOrExcludeTheirUpperBoundAreReadWithWarnings() throws SldException {
		String xml = HEAD + "<FeatureTypeStyle>\n" + range(null, 10.0) + "\n" + range(12.0, 20.0) + "\n</FeatureTypeStyle>" + TAIL;
		ReadWarnings warnings = new ReadWarnings();
		GraduatedStyle style = assertInstanceOf(GraduatedStyle.class,
				new SldReader(warnings).read(xml, "gaten.sld").get(0).style());
		assertEquals(2, style.classes().size());
		List<String> messages = warnings.list().stream().map(ReadWarning::message).toList();
		assertTrue(messages.contains("line 6: the rule \"12 - 20\" starts at 12 but the rule \"- 10\" ends at 10;"
				+ " values in between are drawn in the class above"), messages::toString);
		assertTrue(messages.stream().anyMatch(m -> m.contains("value exactly on a bound falls in the lower")), messages::toString);
	}

	private static String range(Double lower, Double upper) {
		String title = (lower == null ? "" : SldValues.number(lower) + " ") + "- " + SldValues.number(upper);
		String lowerPart = lower == null ? "" : "<ogc:PropertyIsGreaterThanOrEqualTo><ogc:PropertyName>a</ogc:PropertyName>"
				+ "<ogc:Literal>" + lower + "</ogc:Literal></ogc:PropertyIsGreaterThanOrEqualTo>";
		String upperPart = "<ogc:PropertyIsLessThan><ogc:PropertyName>a</ogc:PropertyName><ogc:Literal>" + upper
				+ "</ogc:Literal></ogc:PropertyIsLessThan>";
		String filter = lower == null ? upperPart : "<ogc:And>" + lowerPart + upperPart + "</ogc:And>";
		return "<Rule><Title>" + title + "</Title><ogc:Filter>" + filter + "</ogc:Filter>" + POLYGON + "</Rule>";
	}

	private static void assertRefused(String xml, String expected) {
		SldException e = assertThrows(SldException.class, () -> new SldReader().read(xml, "s.sld"), xml);
		assertTrue(e.getMessage().startsWith("s.sld, line "), e.getMessage());
		assertTrue(e.getMessage().contains(expected), e.getMessage());
	}
}
