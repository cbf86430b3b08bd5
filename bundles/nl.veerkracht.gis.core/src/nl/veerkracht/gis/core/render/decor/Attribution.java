package nl.veerkracht.gis.core.render.decor;

/**
 * The source statements maps of CBS data must carry (CC BY 4.0), worded as CBS asks: "Bron: Centraal Bureau
 * voor de Statistiek (CBS)" for the figures and "Kadaster / CBS, Wijk- en Buurtkaart &lt;jaar&gt;" for the
 * boundaries.
 */
public final class Attribution {

	/** The statement for CBS figures. */
	public static final String CBS_FIGURES = "Bron: Centraal Bureau voor de Statistiek (CBS)";

	/** The statement for the boundaries, without a year. */
	public static final String CBS_BOUNDARIES = "Kadaster / CBS, Wijk- en Buurtkaart";

	/** The licence of the CBS data. */
	public static final String LICENCE = "CC BY 4.0";

	private Attribution() {
	}

	/**
	 * Returns the full attribution for a map of CBS figures on CBS boundaries of an unstated year.
	 *
	 * @return "Bron: Centraal Bureau voor de Statistiek (CBS); Kadaster / CBS, Wijk- en Buurtkaart; CC BY 4.0"
	 */
	public static String cbs() {
		return CBS_FIGURES + "; " + CBS_BOUNDARIES + "; " + LICENCE;
	}

	/**
	 * Returns the full attribution for a map of CBS figures on the boundaries of one year.
	 *
	 * @param year the year of the Wijk- en Buurtkaart
	 * @return e.g. "Bron: Centraal Bureau voor de Statistiek (CBS); Kadaster / CBS, Wijk- en Buurtkaart 2024;
	 *         CC BY 4.0"
	 */
	public static String cbs(int year) {
		return CBS_FIGURES + "; " + CBS_BOUNDARIES + " " + year + "; " + LICENCE;
	}
}
