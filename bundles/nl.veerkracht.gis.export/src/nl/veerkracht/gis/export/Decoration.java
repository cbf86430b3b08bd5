package nl.veerkracht.gis.export;

/** The parts of an exported map besides the map itself and its title, each of which can be left out. */
public enum Decoration {

	/** The legend of the visible layers, beside or below the map. */
	LEGEND,

	/** A scale bar in the bottom left corner of the map. */
	SCALE_BAR,

	/** A north arrow in the top right corner of the map. */
	NORTH_ARROW,

	/** The source statement (e.g. CBS, CC BY 4.0) under the map. */
	ATTRIBUTION
}
