package nl.veerkracht.gis.core.style.qml;

import java.awt.Color;

import javax.xml.stream.XMLStreamException;

import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.sld.GeometryKind;

/**
 * Writes a symbol as a QGIS {@code <symbol>} with one symbol layer for its kind of geometry: a
 * {@code SimpleFill} for areas, a {@code SimpleLine} for lines and a circular {@code SimpleMarker} for
 * points. Sizes are in pixels, as in our styles. The opacity applies to the fill only (it becomes the fill
 * colour's alpha), so outlines stay opaque as in our renderer.
 */
final class QmlSymbols {

	private static final String PIXEL = "Pixel";
	private static final Color NONE = new Color(0, 0, 0, 0);

	private QmlSymbols() {
	}

	/**
	 * Writes a symbol.
	 *
	 * @param xml    the document
	 * @param name   the symbol's name, by which renderers refer to it (its index as text)
	 * @param symbol the symbol
	 * @param kind   the kind of geometry it is drawn on
	 * @throws XMLStreamException if writing fails
	 */
	static void write(QmlXml xml, String name, SimpleStyle symbol, GeometryKind kind) throws XMLStreamException {
		xml.open("symbol", "type", type(kind), "name", name, "alpha", "1", "clip_to_extent", "1", "force_rhr", "0");
		switch (kind) {
			case POLYGON -> fill(xml, symbol);
			case LINE -> line(xml, symbol);
			case POINT -> marker(xml, symbol);
		}
		xml.close();
	}

	private static String type(GeometryKind kind) {
		return switch (kind) {
			case POLYGON -> "fill";
			case LINE -> "line";
			case POINT -> "marker";
		};
	}

	private static void fill(QmlXml xml, SimpleStyle symbol) throws XMLStreamException {
		xml.open("layer", "class", "SimpleFill", "pass", "0", "enabled", "1", "locked", "0");
		prop(xml, "color", fillColour(symbol));
		prop(xml, "style", symbol.fill() != null ? "solid" : "no");
		outline(xml, symbol);
		prop(xml, "joinstyle", "bevel");
		xml.close();
	}

	private static void line(QmlXml xml, SimpleStyle symbol) throws XMLStreamException {
		xml.open("layer", "class", "SimpleLine", "pass", "0", "enabled", "1", "locked", "0");
		prop(xml, "line_color", QmlValues.colour(symbol.stroke() != null ? symbol.stroke() : NONE));
		prop(xml, "line_style", symbol.hasStroke() ? "solid" : "no");
		prop(xml, "line_width", QmlValues.number(symbol.strokeWidth()));
		prop(xml, "line_width_unit", PIXEL);
		prop(xml, "capstyle", "square");
		prop(xml, "joinstyle", "bevel");
		xml.close();
	}

	private static void marker(QmlXml xml, SimpleStyle symbol) throws XMLStreamException {
		xml.open("layer", "class", "SimpleMarker", "pass", "0", "enabled", "1", "locked", "0");
		prop(xml, "name", "circle");
		prop(xml, "color", fillColour(symbol));
		outline(xml, symbol);
		prop(xml, "size", QmlValues.number(symbol.pointSize()));
		prop(xml, "size_unit", PIXEL);
		prop(xml, "scale_method", "diameter");
		xml.close();
	}

	private static void outline(QmlXml xml, SimpleStyle symbol) throws XMLStreamException {
		prop(xml, "outline_color", QmlValues.colour(symbol.stroke() != null ? symbol.stroke() : NONE));
		prop(xml, "outline_style", symbol.hasStroke() ? "solid" : "no");
		prop(xml, "outline_width", QmlValues.number(symbol.strokeWidth()));
		prop(xml, "outline_width_unit", PIXEL);
	}

	private static String fillColour(SimpleStyle symbol) {
		return symbol.fill() != null ? QmlValues.colour(symbol.fill(), symbol.opacity()) : QmlValues.colour(NONE);
	}

	private static void prop(QmlXml xml, String key, String value) throws XMLStreamException {
		xml.empty("prop", "k", key, "v", value);
	}
}
