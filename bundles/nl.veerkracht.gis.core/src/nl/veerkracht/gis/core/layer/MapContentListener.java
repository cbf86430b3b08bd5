package nl.veerkracht.gis.core.layer;

/**
 * Notified of changes to a {@link MapContent}.
 * <p>
 * Listeners are called synchronously on the thread that made the change, which may be any thread
 * (including background jobs), after the change took effect. A listener that updates a user interface
 * must hand the work over to the UI thread itself.
 */
@FunctionalInterface
public interface MapContentListener {

	/**
	 * Called after the map content changed.
	 *
	 * @param event what changed
	 */
	void mapContentChanged(MapContentEvent event);
}
