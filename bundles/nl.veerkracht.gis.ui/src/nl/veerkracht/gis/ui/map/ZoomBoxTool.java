package nl.veerkracht.gis.ui.map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Event;

/**
 * Drag a box to show just that part of the map; a click zooms in twice around the pointer.
 */
final class ZoomBoxTool extends MapTool {

	private static final double CLICK_ZOOM = 2;

	private final RubberBand band;
	private int pressX;
	private int pressY;
	private boolean pressed;

	ZoomBoxTool(MapCanvas map) {
		super(map);
		this.band = new RubberBand(map);
	}

	@Override
	void pressed(Event event) {
		pressX = event.x;
		pressY = event.y;
		pressed = true;
		band.start(event.x, event.y);
	}

	@Override
	void dragged(Event event) {
		if (pressed) {
			band.extend(event.x, event.y);
		}
	}

	@Override
	void released(Event event) {
		if (!pressed) {
			return;
		}
		pressed = false;
		if (movedBeyondThreshold(pressX, pressY, event)) {
			band.extend(event.x, event.y);
			zoomToBand(map, band);
		} else {
			band.cancel();
			map.zoomBy(CLICK_ZOOM, event.x, event.y);
		}
	}

	/** Zooms to a band dragged by the user, ignoring boxes too small to mean anything. */
	static void zoomToBand(MapCanvas map, RubberBand band) {
		boolean bigEnough = band.bounds().width > DRAG_THRESHOLD && band.bounds().height > DRAG_THRESHOLD;
		var box = band.finish();
		if (bigEnough) {
			map.zoomToExactly(box);
		}
	}

	@Override
	void cancel() {
		pressed = false;
		band.cancel();
	}

	@Override
	int cursor() {
		return SWT.CURSOR_CROSS;
	}

	@Override
	void paint(GC gc) {
		band.paint(gc, gc.getDevice().getSystemColor(SWT.COLOR_DARK_BLUE));
	}
}
