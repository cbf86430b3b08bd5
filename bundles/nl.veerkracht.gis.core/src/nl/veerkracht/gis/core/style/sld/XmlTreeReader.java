package nl.veerkracht.gis.core.style.sld;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses an XML document into {@link XmlElement}s with StAX, safely: a document type declaration is refused
 * before anything in it is read, so neither external entities (XXE) nor entity expansion can reach files,
 * the network or memory.
 */
final class XmlTreeReader {

	private XmlTreeReader() {
	}

	/**
	 * @param in     the document
	 * @param source the name of the document, for messages
	 * @return the root element
	 * @throws SldException naming the source, line and column when the document is not well-formed XML or
	 *                      declares a document type
	 */
	static XmlElement parse(InputStream in, String source) throws SldException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
		XMLStreamReader reader = null;
		try {
			reader = factory.createXMLStreamReader(in);
			return read(reader, source);
		} catch (XMLStreamException e) {
			Location location = e.getLocation();
			String reason = "the file is not well-formed XML (" + cleanMessage(e) + ")";
			throw location == null ? new SldException(source, 0, 0, reason, e)
					: new SldException(source, location.getLineNumber(), location.getColumnNumber(), reason, e);
		} finally {
			close(reader);
		}
	}

	private static XmlElement read(XMLStreamReader reader, String source) throws XMLStreamException, SldException {
		Deque<XmlElement> open = new ArrayDeque<>();
		XmlElement root = null;
		while (reader.hasNext()) {
			int event = reader.next();
			switch (event) {
				case XMLStreamConstants.DTD -> throw new SldException(source, reader.getLocation().getLineNumber(),
						reader.getLocation().getColumnNumber(),
						"document type declarations (DOCTYPE) are refused: an SLD needs none, and they can make a"
								+ " reader fetch files or addresses (external entities)", null);
				case XMLStreamConstants.ENTITY_REFERENCE -> throw new SldException(source,
						reader.getLocation().getLineNumber(), reader.getLocation().getColumnNumber(),
						"the entity reference &" + reader.getLocalName() + "; is refused", null);
				case XMLStreamConstants.START_ELEMENT -> {
					XmlElement element = new XmlElement(reader.getNamespaceURI(), reader.getLocalName(),
							reader.getPrefix(), attributes(reader), reader.getLocation().getLineNumber());
					if (open.isEmpty()) {
						root = element;
					} else {
						open.peek().add(element);
					}
					open.push(element);
				}
				case XMLStreamConstants.END_ELEMENT -> open.pop();
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
					if (!open.isEmpty()) {
						open.peek().appendText(reader.getText());
					}
				}
				default -> {
					// comments, processing instructions and the end of the document carry nothing for a style
				}
			}
		}
		if (root == null) {
			throw new SldException(source, 0, 0, "the file holds no XML element", null);
		}
		return root;
	}

	private static Map<String, String> attributes(XMLStreamReader reader) {
		Map<String, String> attributes = new HashMap<>();
		for (int i = 0; i < reader.getAttributeCount(); i++) {
			String namespace = reader.getAttributeNamespace(i);
			if (namespace == null || namespace.isEmpty()) {
				attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
			}
		}
		return attributes;
	}

	/** The JDK prefixes its messages with "ParseError at [row,col]:[..]"; the position is given separately. */
	private static String cleanMessage(XMLStreamException e) {
		String message = e.getMessage() == null ? e.toString() : e.getMessage();
		int marker = message.indexOf("Message: ");
		return (marker >= 0 ? message.substring(marker + "Message: ".length()) : message).strip();
	}

	private static void close(XMLStreamReader reader) {
		if (reader != null) {
			try {
				reader.close();
			} catch (XMLStreamException e) {
				// nothing is left to release that matters
			}
		}
	}
}
