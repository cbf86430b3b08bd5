package nl.veerkracht.gis.core.render;

/**
 * Polled by the {@link MapRenderer} between features so that a background job can stop rendering.
 */
@FunctionalInterface
public interface RenderMonitor {

	/** A monitor that never cancels. */
	RenderMonitor NONE = () -> false;

	/**
	 * Tells whether rendering should stop.
	 *
	 * @return {@code true} to stop
	 */
	boolean isCancelled();
}
