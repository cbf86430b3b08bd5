package nl.veerkracht.gis.core.layer;

import java.util.Objects;

/**
 * Describes one change to a {@link MapContent}.
 *
 * @param source the map content that changed
 * @param kind what changed
 * @param layer the layer concerned, or {@code null} for {@link Kind#CRS_CHANGED}
 */
public record MapContentEvent(MapContent source, Kind kind, Layer layer) {

	/** The kinds of change. */
	public enum Kind {
		/** A layer was added. */
		LAYER_ADDED,
		/** A layer was removed. */
		LAYER_REMOVED,
		/** A layer moved up or down in the drawing order. */
		LAYER_MOVED,
		/** A layer was shown or hidden. */
		VISIBILITY_CHANGED,
		/** The opacity of a layer changed. */
		OPACITY_CHANGED,
		/** The style of a layer changed. */
		STYLE_CHANGED,
		/** The title of a layer changed. */
		TITLE_CHANGED,
		/** The selected features of a layer changed. */
		SELECTION_CHANGED,
		/**
		 * The features of a vector layer were replaced (for example a signal map rescored with other
		 * weights); its selection now holds the new features with the ids of the previously selected ones.
		 */
		FEATURES_CHANGED,
		/** The map CRS changed. */
		CRS_CHANGED
	}

	/**
	 * Validates the components.
	 *
	 * @throws NullPointerException if the source or kind is {@code null}, or the layer is {@code null} for a
	 *         layer change
	 */
	public MapContentEvent {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(kind, "kind");
		if (kind != Kind.CRS_CHANGED) {
			Objects.requireNonNull(layer, "layer");
		}
	}
}
