package nl.veerkracht.gis.core.style.sld;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an XML document indented by two spaces per level: elements either hold text ({@link #leaf}) or
 * other elements ({@link #open}/{@link #close}), never both, so indenting changes no content.
 */
final class XmlOut {

	private final XMLStreamWriter writer;
	private int depth;
	private boolean childless;

	XmlOut(OutputStream out) throws XMLStreamException {
		writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
		writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
	}

	/** Binds a prefix ({@code ""} for the default namespace) to a namespace for the whole document. */
	void prefix(String prefix, String namespace) throws XMLStreamException {
		if (prefix.isEmpty()) {
			writer.setDefaultNamespace(namespace);
		} else {
			writer.setPrefix(prefix, namespace);
		}
	}

	/** Starts an element that will hold other elements. */
	void open(String namespace, String name) throws XMLStreamException {
		indent();
		writer.writeStartElement(namespace, name);
		depth++;
		childless = true;
	}

	/** Declares a namespace on the element just opened. */
	void namespace(String prefix, String namespace) throws XMLStreamException {
		if (prefix.isEmpty()) {
			writer.writeDefaultNamespace(namespace);
		} else {
			writer.writeNamespace(prefix, namespace);
		}
	}

	/** Adds an attribute without namespace to the element just opened. */
	void attribute(String name, String value) throws XMLStreamException {
		writer.writeAttribute(name, value);
	}

	/** Adds a namespaced attribute to the element just opened. */
	void attribute(String namespace, String name, String value) throws XMLStreamException {
		writer.writeAttribute(namespace, name, value);
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

	/** Writes an element holding only text. */
	void leaf(String namespace, String name, String text) throws XMLStreamException {
		indent();
		writer.writeStartElement(namespace, name);
		writer.writeCharacters(text);
		writer.writeEndElement();
		childless = false;
	}

	/** Writes an element holding only text, with one attribute. */
	void leaf(String namespace, String name, String attribute, String value, String text) throws XMLStreamException {
		indent();
		writer.writeStartElement(namespace, name);
		writer.writeAttribute(attribute, value);
		writer.writeCharacters(text);
		writer.writeEndElement();
		childless = false;
	}

	/** Writes an empty element. */
	void empty(String namespace, String name) throws XMLStreamException {
		indent();
		writer.writeEmptyElement(namespace, name);
		childless = false;
	}

	/** Ends the document and flushes it; the stream stays open. */
	void finish() throws XMLStreamException {
		writer.writeCharacters("\n");
		writer.writeEndDocument();
		writer.flush();
		writer.close();
	}

	private void indent() throws XMLStreamException {
		writer.writeCharacters("\n" + "  ".repeat(depth));
	}
}
