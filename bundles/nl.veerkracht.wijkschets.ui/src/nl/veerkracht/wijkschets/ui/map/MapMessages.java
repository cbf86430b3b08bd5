package nl.veerkracht.wijkschets.ui.map;

import org.eclipse.osgi.util.NLS;

/** Texts of the wijkschets's live map (Dutch with English fallback). */
public final class MapMessages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.wijkschets.ui.map.messages"; //$NON-NLS-1$

	/** Text. */
	public static String WijkMap_noSignalMap;
	/** Text. */
	public static String WijkMap_otherGemeente;
	/** Text. */
	public static String WijkMap_areaNotInMap;
	/** Text. */
	public static String WijkMap_noArea;
	/** Text. */
	public static String WijkMap_preparing;
	/** Text. */
	public static String WijkMap_openKept;
	/** Text. */
	public static String WijkMap_make;
	/** Text. */
	public static String WijkMap_insetTitle;
	/** Text. */
	public static String WijkMap_insetJob;
	/** Text. */
	public static String WijkMap_buildJob;
	/** Text. */
	public static String WijkMap_viewCommand;

	static {
		NLS.initializeMessages(BUNDLE_NAME, MapMessages.class);
	}

	private MapMessages() {
	}
}
