package nl.veerkracht.gis.ui.map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;

import nl.veerkracht.gis.core.render.Viewport;

/**
 * The map's default navigation: drag with the left button to pan, turn the wheel to zoom
 * around the cursor.
 */
final class MapNavigation {

	private final MapCanvas map;
	private Viewport dragStartViewport;
	private int dragStartX;
	private int dragStartY;
	private Cursor panCursor;

	MapNavigation(MapCanvas map) {
		this.map = map;
	}

	void install(Canvas canvas) {
		panCursor = new Cursor(canvas.getDisplay(), SWT.CURSOR_SIZEALL);
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseMove, this::mouseMove);
		canvas.addListener(SWT.MouseUp, this::mouseUp);
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.addDisposeListener(e -> panCursor.dispose());
	}

	private void mouseDown(Event event) {
		if (event.button != 1) {
			return;
		}
		dragStartViewport = map.getViewport();
		dragStartX = event.x;
		dragStartY = event.y;
		map.getControl().setCursor(panCursor);
	}

	private void mouseMove(Event event) {
		if (dragStartViewport != null) {
			map.panBy(event.x - dragStartX, event.y - dragStartY, dragStartViewport);
		}
	}

	private void mouseUp(Event event) {
		if (event.button != 1 || dragStartViewport == null) {
			return;
		}
		map.panBy(event.x - dragStartX, event.y - dragStartY, dragStartViewport);
		dragStartViewport = null;
		map.getControl().setCursor(null);
		map.requestRender(0);
	}

	private void wheel(Event event) {
		if (event.count != 0) {
			map.zoomAround(Integer.signum(event.count), event.x, event.y);
			event.doit = false;
		}
	}
}
