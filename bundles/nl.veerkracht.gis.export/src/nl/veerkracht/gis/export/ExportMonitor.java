package nl.veerkracht.gis.export;

import nl.veerkracht.gis.core.render.RenderMonitor;

/**
 * Follows an export: told when each {@link ExportStage} begins and polled for cancellation while the map
 * is drawn. A cancelled export leaves no file behind.
 */
public interface ExportMonitor extends RenderMonitor {

	/** A monitor that never cancels and ignores the stages. */
	ExportMonitor NONE = () -> false;

	/**
	 * Called when a stage begins.
	 *
	 * @param stage the stage
	 */
	default void beginStage(ExportStage stage) {
	}
}
