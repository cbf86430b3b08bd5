package nl.veerkracht.gis.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The user-visible texts of the GIS user interface: Dutch in {@code messages_nl.properties},
 * English as the fallback in {@code messages.properties}.
 */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.gis.ui.internal.messages"; //$NON-NLS-1$

	public static String OpenLayer_dialogTitle;
	public static String OpenLayer_filterSupported;
	public static String OpenLayer_filterAll;
	public static String OpenLayer_jobName;
	public static String OpenLayer_errorTitle;
	public static String OpenLayer_errorMessage;
	public static String OpenLayer_unsupportedFormat;
	public static String OpenLayer_position;
	public static String OpenLayer_fault;
	public static String OpenLayer_noMapView;
	public static String MapView_renderJob;
	public static String MapView_empty;
	public static String StatusLine_position;
	public static String StatusLine_scale;
	public static String LayersView_columnLayer;
	public static String LayersView_columnFeatures;
	public static String LayersView_columnCrs;
	public static String LayersView_noMap;

	public static String Import_path;
	public static String Import_add;
	public static String Import_browse;
	public static String Import_remove;
	public static String ImportLayers_title;
	public static String ImportLayers_filesTitle;
	public static String ImportLayers_filesDescription;
	public static String ImportLayers_noFiles;
	public static String ImportLayers_missingFile;
	public static String ImportLayers_previewTitle;
	public static String ImportLayers_previewDescription;
	public static String ImportLayers_columnItem;
	public static String ImportLayers_columnDetails;
	public static String ImportLayers_summary;
	public static String ImportLayers_summaryWithFailures;
	public static String ImportLayers_nothingToImport;
	public static String ImportLayers_fileDetails;
	public static String ImportLayers_fileUnreadable;
	public static String ImportLayers_layerDetails;
	public static String ImportLayers_noGeometry;

	public static String AttributeType_STRING;
	public static String AttributeType_INTEGER;
	public static String AttributeType_REAL;
	public static String AttributeType_BOOLEAN;

	public static String ImportLayers_warning;
	public static String OpenLayer_warningsTitle;
	public static String OpenLayer_warnings;

	public static String ExportMap_title;
	public static String ExportMap_pageTitle;
	public static String ExportMap_pageDescription;
	public static String ExportMap_format;
	public static String ExportMap_formatPng;
	public static String ExportMap_formatSvg;
	public static String ExportMap_formatPdf;
	public static String ExportMap_size;
	public static String ExportMap_sizePixels;
	public static String ExportMap_sizeA4Portrait;
	public static String ExportMap_sizeA4Landscape;
	public static String ExportMap_sizeA3Portrait;
	public static String ExportMap_sizeA3Landscape;
	public static String ExportMap_pixels;
	public static String ExportMap_dpi;
	public static String ExportMap_summary;
	public static String ExportMap_mapTitle;
	public static String ExportMap_parts;
	public static String ExportMap_legend;
	public static String ExportMap_scaleBar;
	public static String ExportMap_northArrow;
	public static String ExportMap_attribution;
	public static String ExportMap_file;
	public static String ExportMap_browse;
	public static String ExportMap_noFile;
	public static String ExportMap_badFile;
	public static String ExportMap_noFolder;
	public static String ExportMap_wrongExtension;
	public static String ExportMap_noLayers;
	public static String ExportMap_overwriteTitle;
	public static String ExportMap_overwrite;
	public static String ExportMap_jobName;
	public static String ExportMap_stageMap;
	public static String ExportMap_stageDecorations;
	public static String ExportMap_stageWriting;
	public static String ExportMap_errorTitle;
	public static String ExportMap_errorMessage;
	public static String Identify_categoryObject;
	public static String Identify_categoryAttributes;
	public static String Identify_layer;
	public static String Identify_featureId;
	public static String Identify_geometry;
	public static String Identify_missing;
	public static String Identify_noValue;
	public static String Identify_attributeName;
	public static String Value_yes;
	public static String Value_no;
	public static String Table_layer;
	public static String Table_filterHint;
	public static String Table_onlySelection;
	public static String Table_status;
	public static String Table_noLayer;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/**
	 * @param type an attribute type
	 * @return its name for users
	 */
	public static String of(nl.veerkracht.gis.core.feature.AttributeType type) {
		return switch (type) {
		case STRING -> AttributeType_STRING;
		case INTEGER -> AttributeType_INTEGER;
		case REAL -> AttributeType_REAL;
		case BOOLEAN -> AttributeType_BOOLEAN;
		};
	}
}
