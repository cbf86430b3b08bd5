package nl.veerkracht.gis.core.render;

/**
 * The outcome of one rendering pass.
 *
 * @param featuresDrawn the number of features drawn
 * @param cancelled whether the pass stopped early because the {@link RenderMonitor} cancelled it
 */
public record RenderResult(int featuresDrawn, boolean cancelled) {
}
