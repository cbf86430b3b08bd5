package nl.veerkracht.gis.core.style.sld;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An element of a parsed SLD document with where it starts, so that faults can be reported by line.
 * Style elements are matched by local name in the SLD or SE namespace (or none, as some hand-written
 * documents have it), filter elements in the OGC namespace (or none); elements of other namespaces are
 * vendor extensions that the lookups skip.
 */
final class XmlElement {

	private static final Set<String> STYLE_NAMESPACES = Set.of(SldNames.SLD, SldNames.SE, "");
	private static final Set<String> FILTER_NAMESPACES = Set.of(SldNames.OGC, "");

	private final String namespace;
	private final String localName;
	private final String prefixedName;
	private final Map<String, String> attributes;
	private final List<XmlElement> children = new ArrayList<>();
	private final StringBuilder text = new StringBuilder();
	private final int line;

	XmlElement(String namespace, String localName, String prefix, Map<String, String> attributes, int line) {
		this.namespace = namespace == null ? "" : namespace;
		this.localName = localName;
		this.prefixedName = prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
		this.attributes = Map.copyOf(attributes);
		this.line = line;
	}

	void add(XmlElement child) {
		children.add(child);
	}

	void appendText(String characters) {
		text.append(characters);
	}

	/** @return the local name, e.g. {@code Rule} */
	String name() {
		return localName;
	}

	/** @return the name as written, e.g. {@code ogc:PropertyIsLike}, for messages */
	String qualifiedName() {
		return prefixedName;
	}

	/** @return the 1-based line where the element's start tag ends (where parsers report it) */
	int line() {
		return line;
	}

	/** @return the value of an attribute without namespace, or {@code null} */
	String attribute(String name) {
		return attributes.get(name);
	}

	/** @return the element's own text, stripped of surrounding white space */
	String text() {
		return text.toString().strip();
	}

	/** @return all child elements, in document order */
	List<XmlElement> children() {
		return children;
	}

	/** @return whether this is the style element of that local name (SLD or SE) */
	boolean isStyle(String name) {
		return localName.equals(name) && STYLE_NAMESPACES.contains(namespace);
	}

	/** @return whether this is the filter element of that local name (OGC) */
	boolean isFilter(String name) {
		return localName.equals(name) && FILTER_NAMESPACES.contains(namespace);
	}

	/** @return whether this element is in a namespace of SLD, SE or the OGC filter */
	boolean isKnown() {
		return STYLE_NAMESPACES.contains(namespace) || FILTER_NAMESPACES.contains(namespace);
	}

	/** @return the first style child of that local name, or {@code null} */
	XmlElement styleChild(String name) {
		for (XmlElement child : children) {
			if (child.isStyle(name)) {
				return child;
			}
		}
		return null;
	}

	/** @return the style children of that local name, in order */
	List<XmlElement> styleChildren(String name) {
		return children.stream().filter(child -> child.isStyle(name)).toList();
	}

	/** @return the text of the first style child of that name, or {@code null} if there is none */
	String styleText(String name) {
		XmlElement child = styleChild(name);
		return child == null ? null : child.text();
	}
}
