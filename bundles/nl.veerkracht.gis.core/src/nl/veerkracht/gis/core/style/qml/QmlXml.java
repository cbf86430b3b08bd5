package nl.veerkracht.gis.core.style.qml;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a QML document into memory, indented by one space per level as QGIS writes it. QML keeps its
 * values in attributes, so elements hold either other elements or nothing.
 */
final class QmlXml {

	private final StringWriter text = new StringWriter();
	private final XMLStreamWriter writer;
	private int depth;
	private boolean childless;

	QmlXml() throws XMLStreamException {
		writer = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
		writer.writeDTD("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>");
	}

	/** Starts an element that will hold other elements, with attributes as name, value pairs. */
	void open(String name, String... attributes) throws XMLStreamException {
		indent();
		writer.writeStartElement(name);
		attributes(attributes);
		depth++;
		childless = true;
	}

	/** Ends the innermost open element. */
	void close() throws XMLStreamException {
		depth--;
		if (!childless) {
			indent();
		}
		writer.writeEndElement();
		childless = false;
	}

	/** Writes an element without content, with attributes as name, value pairs. */
	void empty(String name, String... attributes) throws XMLStreamException {
		indent();
		writer.writeEmptyElement(name);
		attributes(attributes);
		childless = false;
	}

	/** Writes an element holding only text. */
	void leaf(String name, String content) throws XMLStreamException {
		indent();
		writer.writeStartElement(name);
		writer.writeCharacters(content);
		writer.writeEndElement();
		childless = false;
	}

	/** Ends the document and returns it. */
	String finish() throws XMLStreamException {
		writer.writeCharacters("\n");
		writer.writeEndDocument();
		writer.close();
		return text.toString();
	}

	private void attributes(String... attributes) throws XMLStreamException {
		for (int i = 0; i < attributes.length; i += 2) {
			writer.writeAttribute(attributes[i], attributes[i + 1]);
		}
	}

	private void indent() throws XMLStreamException {
		writer.writeCharacters("\n" + " ".repeat(depth));
	}
}
