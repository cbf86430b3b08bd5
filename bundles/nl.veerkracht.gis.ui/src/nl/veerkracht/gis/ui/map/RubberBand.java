package nl.veerkracht.gis.ui.map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The box dragged on the map by the zoom box and selection gestures, drawn live as a translucent
 * rectangle with a dashed outline.
 */
final class RubberBand {

	private static final int FILL_ALPHA = 48;

	private final MapCanvas map;
	private int startX;
	private int startY;
	private int endX;
	private int endY;
	private boolean active;

	RubberBand(MapCanvas map) {
		this.map = map;
	}

	void start(int x, int y) {
		startX = x;
		startY = y;
		endX = x;
		endY = y;
		active = true;
	}

	void extend(int x, int y) {
		Rectangle before = bounds();
		endX = x;
		endY = y;
		Rectangle after = bounds().union(before);
		map.getControl().redraw(after.x - 2, after.y - 2, after.width + 4, after.height + 4, false);
	}

	/** Ends the band and returns the box in map coordinates. */
	Envelope finish() {
		active = false;
		map.getControl().redraw();
		Coordinate a = map.toMap(startX, startY);
		Coordinate b = map.toMap(endX, endY);
		return new Envelope(a, b);
	}

	void cancel() {
		if (active) {
			active = false;
			map.getControl().redraw();
		}
	}

	boolean isActive() {
		return active;
	}

	Rectangle bounds() {
		return new Rectangle(Math.min(startX, endX), Math.min(startY, endY), Math.abs(endX - startX), Math.abs(endY - startY));
	}

	void paint(GC gc, Color colour) {
		if (!active) {
			return;
		}
		Rectangle box = bounds();
		gc.setAlpha(FILL_ALPHA);
		gc.setBackground(colour);
		gc.fillRectangle(box);
		gc.setAlpha(255);
		gc.setForeground(colour);
		gc.setLineWidth(1);
		gc.setLineStyle(SWT.LINE_DASH);
		gc.drawRectangle(box);
		gc.setLineStyle(SWT.LINE_SOLID);
	}
}
