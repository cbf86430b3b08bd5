package nl.veerkracht.scoring.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Strict checks of the QuickScan HTML: well-formed XML (the JDK's parser, no DTD or entity fetched), no
 * script, and no reference that would make a browser request anything: every href an in-page anchor, no src,
 * no url() in styles.
 */
final class QuickScanHtmlCheck {

	private QuickScanHtmlCheck() {
	}

	/**
	 * @param html the document
	 * @return it parsed
	 */
	static Document parse(String html) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		factory.setExpandEntityReferences(false);
		DocumentBuilder builder = factory.newDocumentBuilder();
		builder.setEntityResolver((publicId, systemId) -> {
			throw new IllegalStateException("the HTML refers to an external entity " + systemId);
		});
		builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
			@Override
			public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
				throw e;
			}
		});
		return builder.parse(new InputSource(new StringReader(html)));
	}

	/**
	 * Asserts the document requests nothing from outside and runs no script.
	 *
	 * @param document the parsed HTML
	 */
	static void assertSelfContained(Document document) {
		NodeList all = document.getElementsByTagName("*");
		for (int i = 0; i < all.getLength(); i++) {
			Element element = (Element) all.item(i);
			String name = element.getLocalName().toLowerCase(Locale.ROOT);
			assertFalse(name.equals("script") || name.equals("iframe") || name.equals("img") || name.equals("link")
					|| name.equals("object") || name.equals("embed"), "no " + name + " element");
			NamedNodeMap attributes = element.getAttributes();
			for (int a = 0; a < attributes.getLength(); a++) {
				String attribute = attributes.item(a).getLocalName() == null ? attributes.item(a).getNodeName()
						: attributes.item(a).getLocalName();
				String value = attributes.item(a).getNodeValue();
				String lower = attribute.toLowerCase(Locale.ROOT);
				assertFalse(lower.startsWith("on"), "no event handler " + attribute + " on " + name);
				assertFalse(lower.equals("src") || lower.equals("srcset") || lower.equals("data"), "no " + attribute);
				if (lower.equals("href")) {
					assertTrue(value.startsWith("#"), "href only to an anchor in the page: " + value);
				}
				assertFalse(value.toLowerCase(Locale.ROOT).contains("url("), "no url() in " + attribute + ": " + value);
			}
		}
		NodeList styles = document.getElementsByTagName("style");
		for (int i = 0; i < styles.getLength(); i++) {
			String css = styles.item(i).getTextContent().toLowerCase(Locale.ROOT);
			assertFalse(css.contains("url(") || css.contains("@import"), "the style sheet loads nothing");
		}
	}

	/**
	 * @param bytes a UTF-8 document
	 * @return it parsed
	 */
	static Document parse(byte[] bytes) throws Exception {
		return parse(new String(new ByteArrayInputStream(bytes).readAllBytes(), StandardCharsets.UTF_8));
	}
}
