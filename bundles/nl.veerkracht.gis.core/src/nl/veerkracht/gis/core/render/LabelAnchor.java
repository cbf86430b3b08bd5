package nl.veerkracht.gis.core.render;

import java.awt.geom.Point2D;

/**
 * Where on a feature its label goes and how much room the feature offers there, in screen pixels.
 *
 * @param kind what sort of geometry the label belongs to
 * @param point the centre of the label for areas and lines; the centre of the symbol for points
 * @param roomWidth the widest label that fits (the area's width, the line's length); infinite for points
 * @param roomHeight the tallest label that fits (the area's height); infinite for lines and points
 */
record LabelAnchor(Kind kind, Point2D point, double roomWidth, double roomHeight) {

	/** The sort of geometry a label belongs to, which decides how it is placed. */
	enum Kind {
		/** Centred on a point inside a polygon. */
		AREA,
		/** Centred on the middle of a line, horizontally. */
		LINE,
		/** Beside a point symbol. */
		POINT
	}
}
