package nl.veerkracht.cbs.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The user-visible texts of the CBS import: Dutch in {@code messages_nl.properties}, English as the
 * fallback in {@code messages.properties}.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.cbs.ui.internal.messages"; //$NON-NLS-1$

	public static String CbsImport_title;
	public static String CbsImport_filesTitle;
	public static String CbsImport_filesDescription;
	public static String CbsImport_boundaries;
	public static String CbsImport_boundariesHint;
	public static String CbsImport_noFiles;
	public static String CbsImport_missingFile;
	public static String CbsImport_previewTitle;
	public static String CbsImport_previewDescription;
	public static String CbsImport_columnFile;
	public static String CbsImport_columnKind;
	public static String CbsImport_columnYears;
	public static String CbsImport_columnRegions;
	public static String CbsImport_columnVariables;
	public static String CbsImport_columnMissing;
	public static String CbsImport_unreadable;
	public static String CbsImport_year;
	public static String CbsImport_noBoundaries;
	public static String CbsImport_nothingRead;
	public static String CbsImport_layerTitle;
	public static String Join_matched;
	public static String Join_dataWithoutGeometry;
	public static String Join_geometryWithoutData;
	public static String Join_featuresWithoutCode;
	public static String Join_duplicateCodes;
	public static String Join_boundaryChanges;
	public static String Join_complete;
	public static String Join_warnings;
	public static String Download_title;
	public static String Download_parametersTitle;
	public static String Download_parametersDescription;
	public static String Download_gemeente;
	public static String Download_year;
	public static String Download_level;
	public static String Download_cbsAddress;
	public static String Download_pdokAddress;
	public static String Download_badGemeente;
	public static String Download_previewTitle;
	public static String Download_previewDescription;
	public static String Download_progressBoundaries;
	public static String Download_progressFigures;
	public static String Download_failed;
	public static String Download_summary;
	public static String Download_layerTitle;
	public static String Level_BUURT;
	public static String Level_WIJK;
	public static String Level_GEMEENTE;

	public static String Kind_STATLINE_CSV;
	public static String Kind_KWB_XLSX;
	public static String Kind_WBK_GEOJSON;
	public static String Kind_SERIES_JSON;

	public static String MissingReason_unknownOrSecret;
	public static String MissingReason_secret;
	public static String MissingReason_nihil;
	public static String MissingReason_notYetPublished;
	public static String MissingReason_suppressed;
	public static String MissingReason_blank;
	public static String MissingReason_notDerivable;
	public static String CbsDescribe_code;
	public static String CbsDescribe_symbol;
	public static String CbsDescribe_unlistedCode;
	public static String CbsDescribe_source;
	public static String CbsDescribe_description;
	public static String Unit_thousandEuro;
	public static String Unit_inhabitantsPerKm2;
	public static String Unit_perKm2;
	public static String Unit_per1000Inhabitants;
	public static String Unit_personsPerHousehold;
	public static String Unit_perHousehold;
	public static String Unit_hectare;
	public static String Unit_kilometre;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/**
	 * @param kind a kind of CBS file
	 * @return its name for users
	 */
	public static String of(nl.veerkracht.cbs.io.CbsFileKind kind) {
		return switch (kind) {
		case STATLINE_CSV -> Kind_STATLINE_CSV;
		case KWB_XLSX -> Kind_KWB_XLSX;
		case WBK_GEOJSON -> Kind_WBK_GEOJSON;
		case SERIES_JSON -> Kind_SERIES_JSON;
		};
	}
}
