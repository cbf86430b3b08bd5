package nl.veerkracht.gis.ui.map;

import java.util.Arrays;
import java.util.Optional;

/**
 * The tools of the Map view, one active at a time. Whatever the tool, the mouse wheel zooms around
 * the pointer.
 */
public enum MapToolKind {

	/** Drag to move the map; Shift-drag zooms to the box dragged. The default tool. */
	PAN("pan"), //$NON-NLS-1$

	/** Drag a box to zoom to it; a click zooms in around the pointer. */
	ZOOM_BOX("zoomBox"), //$NON-NLS-1$

	/**
	 * Click a feature to identify and select it; Shift-click adds, Ctrl-click toggles; drag a box to
	 * select the features in it.
	 */
	IDENTIFY("identify"); //$NON-NLS-1$

	private final String id;

	MapToolKind(String id) {
		this.id = id;
	}

	/**
	 * Returns the id used as the value of the map tool command's parameter and radio state.
	 *
	 * @return for example {@code "zoomBox"}
	 */
	public String id() {
		return id;
	}

	/**
	 * Finds a tool by its id.
	 *
	 * @param id the id
	 * @return the tool, or empty for an unknown id
	 */
	public static Optional<MapToolKind> forId(String id) {
		return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
	}
}
