package nl.veerkracht.gis.export;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.locationtech.jts.geom.Envelope;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.render.decor.Attribution;

/**
 * What to export: which layers in which CRS, which part of the world, on what page at what resolution, with
 * which title and decorations. Immutable; change it with the {@code withX} copiers.
 *
 * @param layers the layers in drawing order, bottom first (as {@link MapContent#layers()} gives them)
 * @param crs the map CRS
 * @param extent the world area to show, in the map CRS; it is shown whole, centred in the map frame, with
 *        more of the surroundings along the side the frame has room to spare
 * @param page the page size
 * @param dpi the resolution of PNG files in dots per inch (SVG and PDF are resolution independent)
 * @param title the title above the map; empty for none
 * @param decorations the decorations to draw
 * @param attribution the source statement, drawn when {@link Decoration#ATTRIBUTION} is chosen
 */
public record MapExportSettings(List<Layer> layers, Crs crs, Envelope extent, PageSize page, double dpi,
		String title, Set<Decoration> decorations, String attribution) {

	/** The lowest resolution accepted. */
	public static final double MIN_DPI = 36;

	/** The highest resolution accepted. */
	public static final double MAX_DPI = 1200;

	/** The resolution {@link #of} chooses: good for print and screens alike. */
	public static final double DEFAULT_DPI = 150;

	/**
	 * Validates and copies the components.
	 *
	 * @throws NullPointerException if a component is {@code null}
	 * @throws IllegalArgumentException if the extent is empty or the resolution is outside
	 *         {@value #MIN_DPI}..{@value #MAX_DPI}
	 */
	public MapExportSettings {
		layers = List.copyOf(layers);
		Objects.requireNonNull(crs, "crs");
		Objects.requireNonNull(extent, "extent");
		if (extent.isNull()) {
			throw new IllegalArgumentException("The extent to export is empty");
		}
		extent = new Envelope(extent);
		Objects.requireNonNull(page, "page");
		if (!(dpi >= MIN_DPI && dpi <= MAX_DPI)) {
			throw new IllegalArgumentException("Resolution must be between " + MIN_DPI + " and " + MAX_DPI + ": " + dpi);
		}
		Objects.requireNonNull(title, "title");
		decorations = decorations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(decorations));
		Objects.requireNonNull(attribution, "attribution");
	}

	/**
	 * Returns settings for a map with all decorations, no title, {@value #DEFAULT_DPI} dpi and the CBS
	 * attribution.
	 *
	 * @param map the map; its current layers and CRS are taken
	 * @param extent the world area to show, in the map's CRS
	 * @param page the page size
	 * @return the settings
	 */
	public static MapExportSettings of(MapContent map, Envelope extent, PageSize page) {
		return new MapExportSettings(map.layers(), map.getCrs(), extent, page, DEFAULT_DPI, "",
				EnumSet.allOf(Decoration.class), Attribution.cbs());
	}

	@Override
	public Envelope extent() {
		return new Envelope(extent);
	}

	/**
	 * Tells whether a decoration is to be drawn.
	 *
	 * @param decoration the decoration
	 * @return whether it was chosen (for the attribution: and its text is not blank)
	 */
	public boolean has(Decoration decoration) {
		return decorations.contains(decoration) && (decoration != Decoration.ATTRIBUTION || !attribution.isBlank());
	}

	/**
	 * Returns a copy with another title.
	 *
	 * @param newTitle the title, empty for none
	 * @return the copy
	 */
	public MapExportSettings withTitle(String newTitle) {
		return new MapExportSettings(layers, crs, extent, page, dpi, newTitle, decorations, attribution);
	}

	/**
	 * Returns a copy on another page.
	 *
	 * @param newPage the page size
	 * @return the copy
	 */
	public MapExportSettings withPage(PageSize newPage) {
		return new MapExportSettings(layers, crs, extent, newPage, dpi, title, decorations, attribution);
	}

	/**
	 * Returns a copy at another resolution.
	 *
	 * @param newDpi the resolution in dots per inch
	 * @return the copy
	 */
	public MapExportSettings withDpi(double newDpi) {
		return new MapExportSettings(layers, crs, extent, page, newDpi, title, decorations, attribution);
	}

	/**
	 * Returns a copy with other decorations.
	 *
	 * @param newDecorations the decorations to draw
	 * @return the copy
	 */
	public MapExportSettings withDecorations(Set<Decoration> newDecorations) {
		return new MapExportSettings(layers, crs, extent, page, dpi, title, newDecorations, attribution);
	}

	/**
	 * Returns a copy with another source statement.
	 *
	 * @param newAttribution the statement
	 * @return the copy
	 */
	public MapExportSettings withAttribution(String newAttribution) {
		return new MapExportSettings(layers, crs, extent, page, dpi, title, decorations, newAttribution);
	}
}
