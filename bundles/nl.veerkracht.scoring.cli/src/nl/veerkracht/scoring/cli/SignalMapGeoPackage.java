package nl.veerkracht.scoring.cli;

import java.nio.file.Path;
import java.util.List;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.ProgressListener;
import nl.veerkracht.gis.geopackage.GeoPackageWriter;
import nl.veerkracht.gis.geopackage.NamedStyle;
import nl.veerkracht.gis.geopackage.StyledTable;
import nl.veerkracht.scoring.run.SignalMapLayer;
import nl.veerkracht.scoring.run.SignalMapStyles;

/**
 * Writes the signal map ({@link SignalMapLayer} features) as a GeoPackage that QGIS opens already styled:
 * one feature table with the four styles of the workbench's signal map in QGIS's {@code layer_styles}
 * table — {@value #KLASSE} (the default: veerkrachtig … zeer kwetsbaar and geen gegevens), {@value #TREND},
 * {@value #HOTSPOT} and {@value #VROEG_SIGNAAL} — each as QGIS style and as SLD. This is the
 * {@code signaleringskaart.gpkg} of the score command, and the entry point for anything else that writes
 * the signal map.
 */
public final class SignalMapGeoPackage {

	/** The name of the default style, the classes. */
	public static final String KLASSE = "klasse";
	/** The name of the trend style. */
	public static final String TREND = "trend";
	/** The name of the hot-spot style. */
	public static final String HOTSPOT = "hotspot";
	/** The name of the early-warning style. */
	public static final String VROEG_SIGNAAL = "vroeg signaal";

	private SignalMapGeoPackage() {
	}

	/**
	 * Returns the styles of a signal-map layer, the default (the classes) first.
	 *
	 * @param signalMap the signal-map features, whose trends decide the trend classes
	 * @return the four styles
	 */
	public static List<NamedStyle> styles(FeatureCollection signalMap) {
		return List.of(new NamedStyle(KLASSE, "Signaleringskaart: klasse van kwetsbaarheid", SignalMapStyles.klasse()),
				new NamedStyle(TREND, "Signaleringskaart: trend van kwetsbaarheid per jaar",
						SignalMapStyles.trend(signalMap)),
				new NamedStyle(HOTSPOT, "Signaleringskaart: hot spots (Local Moran's I)", SignalMapStyles.hotSpots()),
				new NamedStyle(VROEG_SIGNAAL, "Signaleringskaart: vroege signalen", SignalMapStyles.earlyWarnings()));
	}

	/**
	 * Writes the signal map, replacing the file when it exists; a failed write leaves it as it was.
	 *
	 * @param file      the GeoPackage to write
	 * @param signalMap the signal-map features
	 * @param progress  told the features written and asked whether to go on
	 * @throws DataSourceException when the file cannot be written; the message names it
	 */
	public static void write(Path file, FeatureCollection signalMap, ProgressListener progress)
			throws DataSourceException {
		new GeoPackageWriter().writeStyled(file, List.of(new StyledTable(signalMap, styles(signalMap))), progress);
	}
}
