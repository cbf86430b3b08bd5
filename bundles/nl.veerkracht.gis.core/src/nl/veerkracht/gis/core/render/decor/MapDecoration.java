package nl.veerkracht.gis.core.render.decor;

import java.awt.Graphics2D;

/**
 * Something drawn on or beside a map (scale bar, north arrow, legend, a line of text) that can say how much
 * room it needs before it is drawn. Text is measured with the target graphics' own font metrics, so that a
 * layout made for a PDF or SVG page fits what that page draws.
 */
public interface MapDecoration {

	/**
	 * Measures the decoration.
	 *
	 * @param graphics the graphics it will be drawn on
	 * @return its size in the graphics' units (pixels)
	 */
	Size size(Graphics2D graphics);

	/**
	 * Draws the decoration with its top left corner at a point. The graphics' state is left unchanged.
	 *
	 * @param graphics the target
	 * @param x the left edge
	 * @param y the top edge
	 */
	void paint(Graphics2D graphics, double x, double y);
}
