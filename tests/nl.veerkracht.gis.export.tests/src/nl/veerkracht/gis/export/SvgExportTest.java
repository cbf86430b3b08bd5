package nl.veerkracht.gis.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import nl.veerkracht.gis.core.render.decor.Attribution;

/** An SVG of real Rotterdam buurten parsed with the JDK's XML parser: vector paths and real texts. */
class SvgExportTest {

	private static final String SVG = "http://www.w3.org/2000/svg";

	@TempDir
	Path folder;

	@Test
	void svgHasAPathPerBuurtAndTheTitleLegendAndAttributionAsText() throws Exception {
		RotterdamMap rotterdam = new RotterdamMap();
		Path file = folder.resolve("rotterdam.svg");
		MapExport.export(rotterdam.settings(PageSize.A4_LANDSCAPE), MapExportFormat.SVG, file, ExportMonitor.NONE);
		RotterdamMap.keep(file);

		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		Document svg = factory.newDocumentBuilder().parse(file.toFile());
		Element root = svg.getDocumentElement();
		assertEquals(SVG, root.getNamespaceURI());
		assertEquals("svg", root.getLocalName());
		assertEquals("297.00mm", root.getAttribute("width"));
		assertEquals("210.00mm", root.getAttribute("height"));
		assertTrue(root.getAttribute("viewBox").startsWith("0 0 1122.5"), root.getAttribute("viewBox"));

		int paths = svg.getElementsByTagNameNS(SVG, "path").getLength();
		assertTrue(paths >= 78, "at least one path per buurt: " + paths);
		assertEquals(0, svg.getElementsByTagNameNS(SVG, "image").getLength(), "no raster images: all vector");

		List<String> texts = texts(svg);
		assertTrue(texts.contains(RotterdamMap.TITLE), "title in " + texts);
		assertTrue(texts.contains("Buurten 2017"), "layer title in the legend");
		for (String label : List.of("WK059901", "WK059903", "WK059904", "overige waarden", "geen gegevens")) {
			assertTrue(texts.contains(label), "legend entry " + label + " in " + texts);
		}
		assertTrue(texts.contains(Attribution.cbs()), "attribution in " + texts);
		assertTrue(texts.contains("N"), "north arrow");
		assertTrue(texts.stream().anyMatch(t -> t.endsWith(" km")), "scale bar length in " + texts);

		Path labelled = folder.resolve("rotterdam-labels.svg");
		MapExport.export(new RotterdamMap(true).settings(PageSize.A4_LANDSCAPE), MapExportFormat.SVG, labelled,
				ExportMonitor.NONE);
		RotterdamMap.keep(labelled);
		Document withLabels = factory.newDocumentBuilder().parse(labelled.toFile());
		int labelPaths = withLabels.getElementsByTagNameNS(SVG, "path").getLength() - paths;
		assertTrue(labelPaths >= 10 && labelPaths % 2 == 0,
				"each map label is a halo and a glyph outline: " + labelPaths + " paths");
		assertEquals(texts.size(), texts(withLabels).size(), "labels add no text elements");
	}

	private static List<String> texts(Document svg) {
		NodeList elements = svg.getElementsByTagNameNS(SVG, "text");
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < elements.getLength(); i++) {
			texts.add(elements.item(i).getTextContent());
		}
		return texts;
	}
}
