package nl.veerkracht.scoring.run;

import nl.veerkracht.scoring.engine.spatial.HotSpotLabel;

/**
 * Dutch labels of the Local Moran's I cluster labels, as shown on the signal map and in exports.
 */
public final class HotSpotLabels {

	private HotSpotLabels() {
	}

	/**
	 * Returns the Dutch label.
	 *
	 * @param label the engine's label
	 * @return for example {@code "hot spot (hoog-hoog)"}
	 */
	public static String dutch(HotSpotLabel label) {
		return switch (label) {
		case HIGH_HIGH -> "hot spot (hoog-hoog)";
		case LOW_LOW -> "cold spot (laag-laag)";
		case HIGH_LOW -> "uitschieter (hoog tussen laag)";
		case LOW_HIGH -> "uitschieter (laag tussen hoog)";
		case NOT_SIGNIFICANT -> "niet significant";
		case ISLAND -> "geen buren";
		case NO_DATA -> "geen gegevens";
		};
	}
}
