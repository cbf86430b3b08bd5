package nl.veerkracht.gis.core.style.qml;

import javax.xml.stream.XMLStreamException;

import nl.veerkracht.gis.core.style.LabelStyle;
import nl.veerkracht.gis.core.style.sld.GeometryKind;

/**
 * Writes labels as QGIS "simple" labeling: the attribute, font family and size in points, colour, a
 * one-pixel halo (QGIS's text buffer) and the scale range. Areas and points are labelled over their centre,
 * lines along the line; labels avoid each other as ours do.
 */
final class QmlLabels {

	/** QGIS's placement codes: over the point (or the area's centroid), and along lines. */
	private static final String OVER_POINT = "1";
	private static final String ALONG_LINE = "2";

	private QmlLabels() {
	}

	/**
	 * Writes the {@code <labeling>} element.
	 *
	 * @param xml    the document
	 * @param labels the label settings
	 * @param kind   the kind of geometry labelled
	 * @throws XMLStreamException if writing fails
	 */
	static void write(QmlXml xml, LabelStyle labels, GeometryKind kind) throws XMLStreamException {
		xml.open("labeling", "type", "simple");
		xml.open("settings", "calloutType", "simple");
		xml.open("text-style", "fieldName", labels.attribute(), "isExpression", "0", "fontFamily",
				labels.fontFamily(), "fontSize", QmlValues.number(labels.fontSize()), "fontSizeUnit", "Point",
				"textColor", QmlValues.colour(labels.colour()), "textOpacity", "1");
		if (labels.halo() != null) {
			xml.empty("text-buffer", "bufferDraw", "1", "bufferSize", "1", "bufferSizeUnits", "Pixel",
					"bufferColor", QmlValues.colour(labels.halo()), "bufferOpacity", "1", "bufferNoFill", "1");
		} else {
			xml.empty("text-buffer", "bufferDraw", "0");
		}
		xml.close();
		xml.empty("placement", "placement", kind == GeometryKind.LINE ? ALONG_LINE : OVER_POINT);
		boolean limited = labels.minScaleDenominator() > 0
				|| labels.maxScaleDenominator() != Double.POSITIVE_INFINITY;
		// QGIS's scaleMin is the smallest denominator (most zoomed in), scaleMax the largest; 0 means no limit
		String largest = labels.maxScaleDenominator() == Double.POSITIVE_INFINITY ? "0"
				: QmlValues.number(labels.maxScaleDenominator());
		xml.empty("rendering", "drawLabels", "1", "obstacle", "1", "displayAll", "0", "scaleVisibility",
				limited ? "1" : "0", "scaleMin", QmlValues.number(labels.minScaleDenominator()), "scaleMax", largest);
		xml.close();
		xml.close();
	}
}
