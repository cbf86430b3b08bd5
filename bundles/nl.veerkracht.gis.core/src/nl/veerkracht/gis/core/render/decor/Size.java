package nl.veerkracht.gis.core.render.decor;

/**
 * The size a decoration takes, in pixels.
 *
 * @param width the width
 * @param height the height
 */
public record Size(double width, double height) {
}
