package nl.veerkracht.gis.ui.map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Event;

import nl.veerkracht.gis.core.render.Viewport;

/**
 * The default tool: drag to move the map with the pointer; Shift-drag zooms to the box dragged.
 */
final class PanTool extends MapTool {

	private final RubberBand band;
	private final Cursor dragCursor;
	private Viewport dragStartViewport;
	private int dragStartX;
	private int dragStartY;

	PanTool(MapCanvas map) {
		super(map);
		this.band = new RubberBand(map);
		this.dragCursor = new Cursor(map.getControl().getDisplay(), SWT.CURSOR_SIZEALL);
		map.getControl().addDisposeListener(e -> dragCursor.dispose());
	}

	@Override
	void pressed(Event event) {
		if ((event.stateMask & SWT.SHIFT) != 0) {
			band.start(event.x, event.y);
			return;
		}
		dragStartViewport = map.getViewport();
		dragStartX = event.x;
		dragStartY = event.y;
		map.getControl().setCursor(dragCursor);
	}

	@Override
	void dragged(Event event) {
		if (band.isActive()) {
			band.extend(event.x, event.y);
		} else if (dragStartViewport != null) {
			map.panBy(event.x - dragStartX, event.y - dragStartY, dragStartViewport);
		}
	}

	@Override
	void released(Event event) {
		if (band.isActive()) {
			ZoomBoxTool.zoomToBand(map, band);
			return;
		}
		if (dragStartViewport == null) {
			return;
		}
		map.panBy(event.x - dragStartX, event.y - dragStartY, dragStartViewport);
		dragStartViewport = null;
		map.getControl().setCursor(null);
		map.requestRender(0);
	}

	@Override
	void cancel() {
		band.cancel();
		if (dragStartViewport != null) {
			dragStartViewport = null;
			map.getControl().setCursor(null);
			map.requestRender(0);
		}
	}

	@Override
	int cursor() {
		return SWT.NONE;
	}

	@Override
	void paint(GC gc) {
		band.paint(gc, gc.getDevice().getSystemColor(SWT.COLOR_DARK_BLUE));
	}
}
