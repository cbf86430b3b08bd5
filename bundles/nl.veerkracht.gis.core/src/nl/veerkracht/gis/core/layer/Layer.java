package nl.veerkracht.gis.core.layer;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.locationtech.jts.geom.Envelope;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.style.LayerStyle;

/**
 * A named, styled layer of a map. Its title, visibility, opacity, style and selection are changed through
 * the {@link MapContent} holding it, so that listeners learn of the change; they may be read from any thread.
 */
public abstract class Layer {

	private final String id;
	private volatile String title;
	private volatile boolean visible = true;
	private volatile double opacity = 1.0;
	private volatile LayerStyle style;
	private volatile Set<Feature> selection = Set.of();

	/**
	 * Creates a visible, opaque layer with a new unique id.
	 *
	 * @param title the title shown to the user
	 * @param style the drawing style
	 */
	protected Layer(String title, LayerStyle style) {
		this.id = UUID.randomUUID().toString();
		this.title = Objects.requireNonNull(title, "title");
		this.style = Objects.requireNonNull(style, "style");
	}

	/**
	 * Returns the unique id of this layer.
	 *
	 * @return the id
	 */
	public String getId() {
		return id;
	}

	/**
	 * Returns the title shown to the user.
	 *
	 * @return the title
	 */
	public String getTitle() {
		return title;
	}

	/**
	 * Tells whether the layer is drawn.
	 *
	 * @return {@code true} if visible
	 */
	public boolean isVisible() {
		return visible;
	}

	/**
	 * Returns the opacity applied to everything the layer draws.
	 *
	 * @return the opacity, from 0 (transparent) to 1 (opaque)
	 */
	public double getOpacity() {
		return opacity;
	}

	/**
	 * Returns the drawing style.
	 *
	 * @return the style
	 */
	public LayerStyle getStyle() {
		return style;
	}

	/**
	 * Returns the selected features. Features are compared by identity, so equal-looking features stay
	 * distinct.
	 *
	 * @return an unmodifiable snapshot of the selection, empty if nothing is selected
	 */
	public Set<Feature> getSelection() {
		return selection;
	}

	/**
	 * Returns the bounding box of the layer's content in a map CRS.
	 *
	 * @param mapCrs the CRS of the map
	 * @return the envelope in {@code mapCrs}; a null envelope ({@link Envelope#isNull()}) if the layer has no
	 *         located content
	 */
	public abstract Envelope getEnvelope(Crs mapCrs);

	void setTitle(String newTitle) {
		title = Objects.requireNonNull(newTitle, "title");
	}

	void setVisible(boolean newVisible) {
		visible = newVisible;
	}

	void setOpacity(double newOpacity) {
		if (!(newOpacity >= 0 && newOpacity <= 1)) {
			throw new IllegalArgumentException("Opacity must be between 0 and 1: " + newOpacity);
		}
		opacity = newOpacity;
	}

	void setStyle(LayerStyle newStyle) {
		style = Objects.requireNonNull(newStyle, "style");
	}

	void setSelection(Collection<Feature> newSelection) {
		Set<Feature> copy = Collections.newSetFromMap(new IdentityHashMap<>());
		copy.addAll(newSelection);
		selection = Collections.unmodifiableSet(copy);
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[" + title + ", " + id + "]";
	}
}
