package nl.veerkracht.report.quickscan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Hostile names (markup, quotes, ampersands, characters the PDF fonts lack, control characters) in every place a
 * text from data appears: the HTML stays well-formed with the text as text, never markup, and the PDF prints it.
 */
class QuickScanEscapingTest {

	private static final String HOSTILE = "<script>alert(\"x\")</script> & 'Oude' \"Haven\" </td></svg>";

	@TempDir
	Path dir;

	private static Document parse(String html) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		var builder = factory.newDocumentBuilder();
		builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
			@Override
			public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
				throw e;
			}
		});
		return builder.parse(new InputSource(new StringReader(html)));
	}

	@Test
	void hostileNamesStayTextInTheHtml() throws Exception {
		QuickScanContent content = SmallQuickScan.with("Gemeente & <b>Co</b>", HOSTILE, "Wijk \"A\" <i>");
		String html = QuickScanHtml.render(content);
		Document document = parse(html);
		assertEquals(0, document.getElementsByTagName("script").getLength(), "no script element");
		assertEquals(0, document.getElementsByTagName("b").getLength());
		assertEquals(0, document.getElementsByTagName("i").getLength());
		NodeList titles = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title");
		boolean found = false;
		for (int i = 0; i < titles.getLength(); i++) {
			found |= HOSTILE.equals(titles.item(i).getTextContent());
		}
		assertTrue(found, "the map's tooltip holds the name as text");
		NodeList headings = document.getElementsByTagName("h3");
		boolean inProfile = false;
		for (int i = 0; i < headings.getLength(); i++) {
			inProfile |= headings.item(i).getTextContent().contains(HOSTILE + " (Wijk \"A\" <i>)");
		}
		assertTrue(inProfile, "the profile's heading holds name and wijk as text");
		assertTrue(document.getElementsByTagName("title").item(0).getTextContent().contains("Gemeente & <b>Co</b>"));
		assertTrue(document.getDocumentElement().getTextContent().contains("geheim bij CBS <x> & \"y\""));
	}

	@Test
	void attributesCannotBeBrokenOutOf() throws Exception {
		QuickScanContent content = SmallQuickScan.with("G\" onload=\"alert(1)", "B' onmouseover='x", "W");
		Document document = parse(QuickScanHtml.render(content));
		NodeList all = document.getElementsByTagName("*");
		for (int i = 0; i < all.getLength(); i++) {
			Element element = (Element) all.item(i);
			for (int a = 0; a < element.getAttributes().getLength(); a++) {
				String name = element.getAttributes().item(a).getNodeName();
				assertFalse(name.startsWith("on"), "no " + name + " attribute on " + element.getTagName());
			}
		}
	}

	@Test
	void controlCharactersAreDroppedAndOtherScriptsKept() throws Exception {
		QuickScanContent content = SmallQuickScan.with("Gemeente\u0007", "Buurt \u0001\u0008 Zuid \u2603", "W");
		Document document = parse(QuickScanHtml.render(content));
		assertTrue(document.getDocumentElement().getTextContent().contains("Buurt  Zuid \u2603"));
	}

	@Test
	void thePdfPrintsTheNamesAndReplacesWhatItsFontsLack() throws Exception {
		QuickScanContent content = SmallQuickScan.with("Gemeente & Co", HOSTILE + " \u2603", "Wijk \"A\"");
		Path pdf = dir.resolve("quickscan.pdf");
		int pages = QuickScanPdf.write(content, pdf);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertEquals(pages, document.getNumberOfPages());
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertTrue(text.contains("<script>alert(\"x\")</script> & 'Oude' \"Haven\""), text);
			assertTrue(text.contains("Haven\" </td></svg> ?"), "the snowman is a question mark");
			assertTrue(text.contains("geheim bij CBS <x> & \"y\""), text);
		}
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of("quickscan.pdf"), files.map(p -> p.getFileName().toString()).toList(), "no temporary file left");
		}
	}

	@Test
	void theHtmlFileIsUtf8() throws Exception {
		Path html = dir.resolve("quickscan.html");
		QuickScanHtml.write(SmallQuickScan.with("Gemeente", "Buurt \u00e9\u00eb", "W"), html);
		assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains("Buurt \u00e9\u00eb"));
	}
}
