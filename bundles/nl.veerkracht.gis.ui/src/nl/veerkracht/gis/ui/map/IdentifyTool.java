package nl.veerkracht.gis.ui.map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Event;

import nl.veerkracht.gis.core.select.SelectionMode;

/**
 * Click a feature to identify and select it (the topmost visible layer's feature under the pointer);
 * Shift adds to the selection and Ctrl toggles. Dragging a box selects the features in it.
 */
final class IdentifyTool extends MapTool {

	private final RubberBand band;
	private int pressX;
	private int pressY;
	private boolean pressed;

	IdentifyTool(MapCanvas map) {
		super(map);
		this.band = new RubberBand(map);
	}

	@Override
	void pressed(Event event) {
		pressX = event.x;
		pressY = event.y;
		pressed = true;
	}

	@Override
	void dragged(Event event) {
		if (!pressed) {
			return;
		}
		if (!band.isActive() && movedBeyondThreshold(pressX, pressY, event)) {
			band.start(pressX, pressY);
		}
		if (band.isActive()) {
			band.extend(event.x, event.y);
		}
	}

	@Override
	void released(Event event) {
		if (!pressed) {
			return;
		}
		pressed = false;
		SelectionMode mode = SelectionMode.forModifiers((event.stateMask & SWT.SHIFT) != 0, (event.stateMask & SWT.MOD1) != 0);
		if (band.isActive()) {
			band.extend(event.x, event.y);
			MapSelector.selectIn(map, band.finish(), mode);
		} else {
			MapSelector.selectAt(map, event.x, event.y, mode);
		}
	}

	@Override
	void cancel() {
		pressed = false;
		band.cancel();
	}

	@Override
	int cursor() {
		return SWT.CURSOR_ARROW;
	}

	@Override
	void paint(GC gc) {
		band.paint(gc, gc.getDevice().getSystemColor(SWT.COLOR_DARK_CYAN));
	}
}
