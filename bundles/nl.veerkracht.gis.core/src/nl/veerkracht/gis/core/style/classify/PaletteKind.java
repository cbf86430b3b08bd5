package nl.veerkracht.gis.core.style.classify;

/**
 * The kind of a colour palette, after ColorBrewer.
 */
public enum PaletteKind {

	/** Light to dark, for values that run from low to high. */
	SEQUENTIAL,

	/** Two hues meeting at a light middle, for values that deviate both ways from a critical value. */
	DIVERGING,

	/** Distinct hues without order, for categories. */
	QUALITATIVE
}
