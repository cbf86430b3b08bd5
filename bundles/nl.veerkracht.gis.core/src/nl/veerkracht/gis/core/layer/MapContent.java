package nl.veerkracht.gis.core.layer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.locationtech.jts.geom.Envelope;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.layer.MapContentEvent.Kind;
import nl.veerkracht.gis.core.style.LayerStyle;

/**
 * The layers of a map and the map CRS. Layer 0 is drawn first, so it is at the bottom; the last layer is
 * on top.
 * <p>
 * Thread-safe: {@link #layers()} returns an immutable snapshot that renderers can use while the content
 * changes. Changes are reported to {@link MapContentListener}s on the thread that made them.
 */
public final class MapContent {

	private final Object lock = new Object();
	private final List<Layer> layers = new ArrayList<>();
	private final List<MapContentListener> listeners = new CopyOnWriteArrayList<>();
	private volatile List<Layer> snapshot = List.of();
	private volatile Crs crs;

	/** Creates an empty map in {@link Crs#RD_NEW}. */
	public MapContent() {
		this(Crs.RD_NEW);
	}

	/**
	 * Creates an empty map.
	 *
	 * @param crs the map CRS
	 */
	public MapContent(Crs crs) {
		this.crs = Objects.requireNonNull(crs, "crs");
	}

	/**
	 * Returns the layers in drawing order, bottom first.
	 *
	 * @return an immutable snapshot, unaffected by later changes
	 */
	public List<Layer> layers() {
		return snapshot;
	}

	/**
	 * Returns the map CRS, in which layers are drawn.
	 *
	 * @return the CRS
	 */
	public Crs getCrs() {
		return crs;
	}

	/**
	 * Changes the map CRS.
	 *
	 * @param newCrs the new CRS
	 */
	public void setCrs(Crs newCrs) {
		Objects.requireNonNull(newCrs, "crs");
		synchronized (lock) {
			if (crs.equals(newCrs)) {
				return;
			}
			crs = newCrs;
		}
		fire(Kind.CRS_CHANGED, null);
	}

	/**
	 * Adds a layer on top of all others.
	 *
	 * @param layer the layer
	 * @throws IllegalArgumentException if the layer is already in this map
	 */
	public void addLayer(Layer layer) {
		synchronized (lock) {
			insert(layers.size(), layer);
		}
		fire(Kind.LAYER_ADDED, layer);
	}

	/**
	 * Adds a layer at a position in the drawing order.
	 *
	 * @param index the position, 0 for the bottom
	 * @param layer the layer
	 * @throws IllegalArgumentException if the layer is already in this map
	 * @throws IndexOutOfBoundsException if the index is out of range
	 */
	public void addLayer(int index, Layer layer) {
		synchronized (lock) {
			insert(index, layer);
		}
		fire(Kind.LAYER_ADDED, layer);
	}

	/**
	 * Removes a layer.
	 *
	 * @param layer the layer
	 * @return {@code true} if the layer was in this map
	 */
	public boolean removeLayer(Layer layer) {
		synchronized (lock) {
			if (!layers.remove(layer)) {
				return false;
			}
			publish();
		}
		fire(Kind.LAYER_REMOVED, layer);
		return true;
	}

	/**
	 * Moves a layer one position up, so that it is drawn later (more on top).
	 *
	 * @param layer the layer
	 * @return {@code true} if it moved, {@code false} if it was already on top
	 * @throws IllegalArgumentException if the layer is not in this map
	 */
	public boolean moveUp(Layer layer) {
		return move(layer, 1);
	}

	/**
	 * Moves a layer one position down, so that it is drawn earlier (more to the bottom).
	 *
	 * @param layer the layer
	 * @return {@code true} if it moved, {@code false} if it was already at the bottom
	 * @throws IllegalArgumentException if the layer is not in this map
	 */
	public boolean moveDown(Layer layer) {
		return move(layer, -1);
	}

	/**
	 * Moves a layer to a position in the drawing order, shifting the layers in between.
	 *
	 * @param layer the layer
	 * @param index its new position, 0 for the bottom
	 * @return {@code true} if it moved, {@code false} if it was already there
	 * @throws IllegalArgumentException if the layer is not in this map
	 * @throws IndexOutOfBoundsException if the index is out of range
	 */
	public boolean moveTo(Layer layer, int index) {
		synchronized (lock) {
			Objects.checkIndex(index, layers.size());
			if (requireMember(layer) == index) {
				return false;
			}
			relocate(layer, index);
		}
		fire(Kind.LAYER_MOVED, layer);
		return true;
	}

	/**
	 * Returns the position of a layer in the drawing order.
	 *
	 * @param layer the layer
	 * @return the position, 0 for the bottom, or -1 if the layer is not in this map
	 */
	public int indexOf(Layer layer) {
		return snapshot.indexOf(layer);
	}

	/**
	 * Shows or hides a layer.
	 *
	 * @param layer a layer of this map
	 * @param visible {@code true} to show it
	 * @throws IllegalArgumentException if the layer is not in this map
	 */
	public void setVisible(Layer layer, boolean visible) {
		synchronized (lock) {
			requireMember(layer);
			if (layer.isVisible() == visible) {
				return;
			}
			layer.setVisible(visible);
		}
		fire(Kind.VISIBILITY_CHANGED, layer);
	}

	/**
	 * Changes the opacity of a layer.
	 *
	 * @param layer a layer of this map
	 * @param opacity the opacity, from 0 (transparent) to 1 (opaque)
	 * @throws IllegalArgumentException if the layer is not in this map or the opacity is out of range
	 */
	public void setOpacity(Layer layer, double opacity) {
		synchronized (lock) {
			requireMember(layer);
			if (layer.getOpacity() == opacity) {
				return;
			}
			layer.setOpacity(opacity);
		}
		fire(Kind.OPACITY_CHANGED, layer);
	}

	/**
	 * Changes the style of a layer.
	 *
	 * @param layer a layer of this map
	 * @param style the new style
	 * @throws IllegalArgumentException if the layer is not in this map
	 */
	public void setStyle(Layer layer, LayerStyle style) {
		synchronized (lock) {
			requireMember(layer);
			if (layer.getStyle().equals(style)) {
				return;
			}
			layer.setStyle(style);
		}
		fire(Kind.STYLE_CHANGED, layer);
	}

	/**
	 * Replaces the selected features of a layer, e.g. after a click on the map or rows chosen in an
	 * attribute table. Listeners learn of it through {@link Kind#SELECTION_CHANGED}.
	 *
	 * @param layer a layer of this map
	 * @param features the features to select, compared by identity; empty to clear the selection
	 * @throws IllegalArgumentException if the layer is not in this map
	 */
	public void setSelection(Layer layer, Collection<Feature> features) {
		synchronized (lock) {
			requireMember(layer);
			if (layer.getSelection().size() == features.size() && layer.getSelection().containsAll(features)) {
				return;
			}
			layer.setSelection(features);
		}
		fire(Kind.SELECTION_CHANGED, layer);
	}

	/**
	 * Replaces the features of a vector layer, keeping its place, title, style and visibility, e.g. when a
	 * signal map is rescored with other weights. The selection carries over by feature id: new features
	 * whose id was selected before are selected afterwards. Listeners learn of it through
	 * {@link Kind#FEATURES_CHANGED}.
	 *
	 * @param layer    a vector layer of this map
	 * @param features the new features
	 * @throws IllegalArgumentException if the layer is not in this map
	 */
	public void setFeatures(VectorLayer layer, FeatureCollection features) {
		Objects.requireNonNull(features, "features");
		synchronized (lock) {
			requireMember(layer);
			Set<String> selectedIds = new HashSet<>();
			layer.getSelection().forEach(feature -> selectedIds.add(feature.getId()));
			layer.setFeatures(features);
			List<Feature> selected = new ArrayList<>();
			if (!selectedIds.isEmpty()) {
				for (Feature feature : features.getFeatures()) {
					if (selectedIds.contains(feature.getId())) {
						selected.add(feature);
					}
				}
			}
			layer.setSelection(selected);
		}
		fire(Kind.FEATURES_CHANGED, layer);
	}

	/**
	 * Changes the title of a layer.
	 *
	 * @param layer a layer of this map
	 * @param title the new title
	 * @throws IllegalArgumentException if the layer is not in this map
	 */
	public void setTitle(Layer layer, String title) {
		synchronized (lock) {
			requireMember(layer);
			if (layer.getTitle().equals(title)) {
				return;
			}
			layer.setTitle(title);
		}
		fire(Kind.TITLE_CHANGED, layer);
	}

	/**
	 * Returns the bounding box of all layers in the map CRS, for example to show the whole map.
	 *
	 * @return the envelope; a null envelope ({@link Envelope#isNull()}) if no layer has located content
	 */
	public Envelope getEnvelope() {
		Crs mapCrs = crs;
		Envelope envelope = new Envelope();
		for (Layer layer : snapshot) {
			envelope.expandToInclude(layer.getEnvelope(mapCrs));
		}
		return envelope;
	}

	/**
	 * Registers a listener; it is called on the thread that makes each change.
	 *
	 * @param listener the listener
	 */
	public void addListener(MapContentListener listener) {
		listeners.add(Objects.requireNonNull(listener, "listener"));
	}

	/**
	 * Unregisters a listener.
	 *
	 * @param listener the listener
	 */
	public void removeListener(MapContentListener listener) {
		listeners.remove(listener);
	}

	private void insert(int index, Layer layer) {
		Objects.requireNonNull(layer, "layer");
		if (layers.contains(layer)) {
			throw new IllegalArgumentException(layer + " is already in this map");
		}
		layers.add(index, layer);
		publish();
	}

	private boolean move(Layer layer, int step) {
		synchronized (lock) {
			int target = requireMember(layer) + step;
			if (target < 0 || target >= layers.size()) {
				return false;
			}
			relocate(layer, target);
		}
		fire(Kind.LAYER_MOVED, layer);
		return true;
	}

	private void relocate(Layer layer, int index) {
		layers.remove(layer);
		layers.add(index, layer);
		publish();
	}

	private int requireMember(Layer layer) {
		int index = layers.indexOf(layer);
		if (index < 0) {
			throw new IllegalArgumentException(layer + " is not in this map");
		}
		return index;
	}

	private void publish() {
		snapshot = List.copyOf(layers);
	}

	private void fire(Kind kind, Layer layer) {
		MapContentEvent event = new MapContentEvent(this, kind, layer);
		for (MapContentListener listener : listeners) {
			listener.mapContentChanged(event);
		}
	}
}
