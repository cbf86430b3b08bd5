/**
 * Map decorations drawn with Java2D, free of any UI toolkit: scale bar, north arrow, legend and lines of
 * text (title, attribution). The Map view draws the scale bar and north arrow over the map; map export lays
 * them all out on a page. Sizes are in pixels of 1/96 inch.
 */
package nl.veerkracht.gis.core.render.decor;
