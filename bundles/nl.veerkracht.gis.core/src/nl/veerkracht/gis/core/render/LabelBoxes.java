package nl.veerkracht.gis.core.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The screen areas already taken by labels, in a uniform grid so that a new box is only compared with the
 * boxes near it. Boxes closer than {@link #GAP} pixels count as overlapping, so labels never touch.
 */
final class LabelBoxes {

	/** The least free space between two labels, in pixels. */
	static final double GAP = 2;

	private static final double CELL = 64;

	private final Map<Long, List<Rectangle2D>> cells = new HashMap<>();

	/** Tells whether a box is clear of all boxes taken so far. */
	boolean isFree(Rectangle2D box) {
		Rectangle2D grown = grow(box);
		for (long key : keys(grown)) {
			for (Rectangle2D taken : cells.getOrDefault(key, List.of())) {
				if (taken.intersects(grown)) {
					return false;
				}
			}
		}
		return true;
	}

	/** Marks a box as taken. */
	void take(Rectangle2D box) {
		for (long key : keys(box)) {
			cells.computeIfAbsent(key, k -> new ArrayList<>(4)).add(box);
		}
	}

	private static Rectangle2D grow(Rectangle2D box) {
		return new Rectangle2D.Double(box.getX() - GAP, box.getY() - GAP, box.getWidth() + 2 * GAP,
				box.getHeight() + 2 * GAP);
	}

	private static List<Long> keys(Rectangle2D box) {
		int minColumn = (int) Math.floor(box.getMinX() / CELL);
		int maxColumn = (int) Math.floor(box.getMaxX() / CELL);
		int minRow = (int) Math.floor(box.getMinY() / CELL);
		int maxRow = (int) Math.floor(box.getMaxY() / CELL);
		List<Long> keys = new ArrayList<>((maxColumn - minColumn + 1) * (maxRow - minRow + 1));
		for (int column = minColumn; column <= maxColumn; column++) {
			for (int row = minRow; row <= maxRow; row++) {
				keys.add(((long) column << 32) | (row & 0xFFFFFFFFL));
			}
		}
		return keys;
	}
}
