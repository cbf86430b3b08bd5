package nl.veerkracht.gis.ui.map;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;

/**
 * The map's pointer handling: the left button goes to the active {@link MapTool} (pan by default),
 * the wheel always zooms around the cursor.
 */
final class MapNavigation {

	private final MapCanvas map;
	private final Map<MapToolKind, MapTool> tools = new EnumMap<>(MapToolKind.class);
	private MapToolKind active = MapToolKind.PAN;
	private boolean buttonDown;
	private Cursor toolCursor;

	MapNavigation(MapCanvas map) {
		this.map = map;
	}

	void install(Canvas canvas) {
		tools.put(MapToolKind.PAN, new PanTool(map));
		tools.put(MapToolKind.ZOOM_BOX, new ZoomBoxTool(map));
		tools.put(MapToolKind.IDENTIFY, new IdentifyTool(map));
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseMove, this::mouseMove);
		canvas.addListener(SWT.MouseUp, this::mouseUp);
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.addDisposeListener(e -> disposeCursor());
	}

	MapToolKind getTool() {
		return active;
	}

	void setTool(MapToolKind kind) {
		if (kind == active) {
			return;
		}
		tools.get(active).cancel();
		buttonDown = false;
		active = kind;
		Cursor previous = toolCursor;
		int cursor = tools.get(kind).cursor();
		toolCursor = cursor == SWT.NONE ? null : new Cursor(map.getControl().getDisplay(), cursor);
		map.getControl().setCursor(toolCursor);
		if (previous != null) {
			previous.dispose();
		}
	}

	void paint(GC gc) {
		tools.get(active).paint(gc);
	}

	private void mouseDown(Event event) {
		if (event.button != 1) {
			return;
		}
		buttonDown = true;
		tools.get(active).pressed(event);
	}

	private void mouseMove(Event event) {
		if (buttonDown) {
			tools.get(active).dragged(event);
		}
	}

	private void mouseUp(Event event) {
		if (event.button != 1 || !buttonDown) {
			return;
		}
		buttonDown = false;
		tools.get(active).released(event);
	}

	private void wheel(Event event) {
		if (event.count != 0) {
			map.zoomAround(Integer.signum(event.count), event.x, event.y);
			event.doit = false;
		}
	}

	private void disposeCursor() {
		if (toolCursor != null) {
			toolCursor.dispose();
			toolCursor = null;
		}
	}
}
