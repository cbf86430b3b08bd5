package nl.veerkracht.gis.core.layer;

import java.util.Objects;
import java.util.UUID;

import org.locationtech.jts.geom.Envelope;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.style.SimpleStyle;

/**
 * A named, styled layer of a map. Its title, visibility, opacity and style are changed through the
 * {@link MapContent} holding it, so that listeners learn of the change; they may be read from any thread.
 */
public abstract class Layer {

	private final String id;
	private volatile String title;
	private volatile boolean visible = true;
	private volatile double opacity = 1.0;
	private volatile SimpleStyle style;

	/**
	 * Creates a visible, opaque layer with a new unique id.
	 *
	 * @param title the title shown to the user
	 * @param style the drawing style
	 */
	protected Layer(String title, SimpleStyle style) {
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
	public SimpleStyle getStyle() {
		return style;
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

	void setStyle(SimpleStyle newStyle) {
		style = Objects.requireNonNull(newStyle, "style");
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[" + title + ", " + id + "]";
	}
}
