package nl.veerkracht.gis.ui.map;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Event;

/**
 * What the left mouse button does on the map. A tool gets the button's press, the moves while it is
 * down, and its release, and may draw feedback (a rubber band) over the map. UI thread only.
 */
abstract class MapTool {

	/** Pixels the pointer must move before a press becomes a drag rather than a click. */
	static final int DRAG_THRESHOLD = 4;

	final MapCanvas map;

	MapTool(MapCanvas map) {
		this.map = map;
	}

	abstract void pressed(Event event);

	abstract void dragged(Event event);

	abstract void released(Event event);

	/** Stops a gesture in progress without effect, e.g. when another tool is chosen. */
	abstract void cancel();

	/** @return the SWT cursor constant shown over the map while the tool is idle */
	abstract int cursor();

	/** Draws the tool's feedback over the map frame. */
	void paint(GC gc) {
	}

	static boolean movedBeyondThreshold(int fromX, int fromY, Event event) {
		return Math.abs(event.x - fromX) > DRAG_THRESHOLD || Math.abs(event.y - fromY) > DRAG_THRESHOLD;
	}
}
