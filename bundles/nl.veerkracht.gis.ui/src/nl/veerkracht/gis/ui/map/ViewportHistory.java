package nl.veerkracht.gis.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.veerkracht.gis.core.render.Viewport;

/**
 * The extents a map has settled on, for "previous extent" and "next extent" as in a web browser's
 * history: recording a new extent after going back drops the extents ahead. Extents are compared by
 * centre and scale only, so resizing the window adds no entry. Holds at most {@value #CAPACITY} extents.
 */
final class ViewportHistory {

	static final int CAPACITY = 100;

	private final List<Viewport> entries = new ArrayList<>();
	private int current = -1;

	/**
	 * Records an extent the map has settled on; a repeat of the current extent is ignored.
	 *
	 * @param viewport the extent now shown
	 */
	void record(Viewport viewport) {
		if (current >= 0 && sameExtent(entries.get(current), viewport)) {
			return;
		}
		entries.subList(current + 1, entries.size()).clear();
		entries.add(viewport);
		if (entries.size() > CAPACITY) {
			entries.remove(0);
		}
		current = entries.size() - 1;
	}

	/** @return whether there is an extent before the current one */
	boolean hasPrevious() {
		return current > 0;
	}

	/** @return whether there is an extent after the current one (after going back) */
	boolean hasNext() {
		return current < entries.size() - 1;
	}

	/** @return the previous extent, now current, or empty at the start of the history */
	Optional<Viewport> back() {
		if (!hasPrevious()) {
			return Optional.empty();
		}
		current--;
		return Optional.of(entries.get(current));
	}

	/** @return the next extent, now current, or empty at the end of the history */
	Optional<Viewport> forward() {
		if (!hasNext()) {
			return Optional.empty();
		}
		current++;
		return Optional.of(entries.get(current));
	}

	private static boolean sameExtent(Viewport a, Viewport b) {
		return a.getCrs().equals(b.getCrs()) && a.getCenter().equals2D(b.getCenter()) && a.getScale() == b.getScale();
	}
}
