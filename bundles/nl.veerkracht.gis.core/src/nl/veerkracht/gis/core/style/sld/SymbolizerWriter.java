package nl.veerkracht.gis.core.style.sld;

import static nl.veerkracht.gis.core.style.sld.SldNames.OGC;
import static nl.veerkracht.gis.core.style.sld.SldNames.SLD;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import nl.veerkracht.gis.core.style.LabelStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;

/**
 * Writes a symbol as the SLD 1.0.0 symbolizer for its kind of geometry, and labels as a
 * {@code TextSymbolizer}. Sizes are in pixels, as in SLD; font sizes are converted from points (at 96 dpi a
 * point is 4/3 pixel).
 */
final class SymbolizerWriter {

	/** The point size a symbol has when neither its symbolizer nor its rule's metadata gives one. */
	static final double DEFAULT_SIZE = SimpleStyle.defaults().pointSize();

	/** Pixels per typographic point at 96 dpi. */
	static final double PIXELS_PER_POINT = 4.0 / 3.0;

	/** The radius of the halo around labels, in pixels. */
	private static final String HALO_RADIUS = "1";

	private SymbolizerWriter() {
	}

	/**
	 * Returns what the symbolizer for the kind of geometry cannot hold and differs from what a reader
	 * assumes without it, to be kept as the rule's {@link Metadata}.
	 *
	 * @param symbol the symbol
	 * @param kind   the kind of geometry
	 * @return the pairs, empty in the usual case
	 */
	static Map<String, String> remainder(SimpleStyle symbol, GeometryKind kind) {
		Map<String, String> rest = new LinkedHashMap<>();
		boolean fillWritten = symbol.fill() != null && kind != GeometryKind.LINE;
		if (kind == GeometryKind.LINE && symbol.fill() != null) {
			rest.put(Metadata.FILL, SldValues.colour(symbol.fill()));
		}
		if (!fillWritten && symbol.opacity() != 1) {
			rest.put(Metadata.FILL_OPACITY, SldValues.number(symbol.opacity()));
		}
		if (symbol.stroke() == null && symbol.strokeWidth() != 0) {
			rest.put(Metadata.STROKE_WIDTH, SldValues.number(symbol.strokeWidth()));
		}
		if (kind != GeometryKind.POINT && symbol.pointSize() != DEFAULT_SIZE) {
			rest.put(Metadata.SIZE, SldValues.number(symbol.pointSize()));
		}
		return rest;
	}

	/**
	 * Writes the symbolizer of a symbol.
	 *
	 * @param out    the document
	 * @param symbol the symbol
	 * @param kind   the kind of geometry it is drawn on
	 * @throws XMLStreamException if writing fails
	 */
	static void write(XmlOut out, SimpleStyle symbol, GeometryKind kind) throws XMLStreamException {
		switch (kind) {
			case POLYGON -> {
				out.open(SLD, "PolygonSymbolizer");
				fill(out, symbol);
				stroke(out, symbol);
				out.close();
			}
			case LINE -> {
				out.open(SLD, "LineSymbolizer");
				stroke(out, symbol);
				out.close();
			}
			case POINT -> {
				out.open(SLD, "PointSymbolizer");
				out.open(SLD, "Graphic");
				out.open(SLD, "Mark");
				out.leaf(SLD, "WellKnownName", "circle");
				fill(out, symbol);
				stroke(out, symbol);
				out.close();
				out.leaf(SLD, "Size", SldValues.number(symbol.pointSize()));
				out.close();
				out.close();
			}
		}
	}

	/**
	 * Writes labels as a text symbolizer: the attribute, font family and size, halo and colour.
	 *
	 * @param out    the document
	 * @param labels the label settings
	 * @throws XMLStreamException if writing fails
	 */
	static void writeText(XmlOut out, LabelStyle labels) throws XMLStreamException {
		out.open(SLD, "TextSymbolizer");
		out.open(SLD, "Label");
		out.leaf(OGC, "PropertyName", labels.attribute());
		out.close();
		out.open(SLD, "Font");
		parameter(out, "font-family", labels.fontFamily());
		parameter(out, "font-size", SldValues.number(labels.fontSize() * PIXELS_PER_POINT));
		out.close();
		if (labels.halo() != null) {
			out.open(SLD, "Halo");
			out.leaf(SLD, "Radius", HALO_RADIUS);
			out.open(SLD, "Fill");
			parameter(out, "fill", SldValues.colour(labels.halo()));
			out.close();
			out.close();
		}
		out.open(SLD, "Fill");
		parameter(out, "fill", SldValues.colour(labels.colour()));
		out.close();
		out.close();
	}

	private static void fill(XmlOut out, SimpleStyle symbol) throws XMLStreamException {
		if (symbol.fill() != null) {
			out.open(SLD, "Fill");
			parameter(out, "fill", SldValues.colour(symbol.fill()));
			parameter(out, "fill-opacity", SldValues.number(symbol.opacity()));
			out.close();
		}
	}

	private static void stroke(XmlOut out, SimpleStyle symbol) throws XMLStreamException {
		if (symbol.stroke() != null) {
			out.open(SLD, "Stroke");
			parameter(out, "stroke", SldValues.colour(symbol.stroke()));
			parameter(out, "stroke-width", SldValues.number(symbol.strokeWidth()));
			out.close();
		}
	}

	private static void parameter(XmlOut out, String name, String value) throws XMLStreamException {
		out.leaf(SLD, "CssParameter", "name", name, value);
	}
}
