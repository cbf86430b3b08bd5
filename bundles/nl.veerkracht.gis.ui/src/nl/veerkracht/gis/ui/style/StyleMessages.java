package nl.veerkracht.gis.ui.style;

import org.eclipse.osgi.util.NLS;

/**
 * The user-visible texts of the style dialog: Dutch in {@code messages_nl.properties}, English as the
 * fallback in {@code messages.properties}.
 */
final class StyleMessages extends NLS {

	private static final String BUNDLE_NAME = "nl.veerkracht.gis.ui.style.messages"; //$NON-NLS-1$

	public static String Dialog_shellTitle;
	public static String Dialog_title;
	public static String Dialog_message;
	public static String Dialog_type;
	public static String Dialog_layerOpacity;
	public static String Dialog_symbologyTab;
	public static String Dialog_labelsTab;
	public static String Dialog_singleHint;
	public static String Dialog_apply;
	public static String Type_single;
	public static String Type_categories;
	public static String Type_classes;
	public static String Symbol_group;
	public static String Symbol_fill;
	public static String Symbol_fillTooltip;
	public static String Symbol_noFill;
	public static String Symbol_fillPerClass;
	public static String Symbol_stroke;
	public static String Symbol_strokeTooltip;
	public static String Symbol_strokeWidth;
	public static String Symbol_fillOpacity;
	public static String Symbol_pointSize;
	public static String Categories_attribute;
	public static String Categories_classify;
	public static String Categories_columnValue;
	public static String Categories_others;
	public static String Categories_othersColour;
	public static String Categories_hint;
	public static String Categories_summary;
	public static String Categories_noAttribute;
	public static String Categories_notClassified;
	public static String Classes_attribute;
	public static String Classes_method;
	public static String Classes_count;
	public static String Classes_classify;
	public static String Classes_palette;
	public static String Classes_invert;
	public static String Classes_columnColour;
	public static String Classes_columnLower;
	public static String Classes_columnUpper;
	public static String Classes_columnLabel;
	public static String Classes_columnCount;
	public static String Classes_colourDialog;
	public static String Classes_histogramTooltip;
	public static String Classes_job;
	public static String Classes_busy;
	public static String Classes_summary;
	public static String Classes_sampled;
	public static String Classes_noNumericAttribute;
	public static String Classes_noValues;
	public static String Classes_boundOrder;
	public static String Classes_notANumber;
	public static String Method_equalInterval;
	public static String Method_quantile;
	public static String Method_naturalBreaks;
	public static String Method_standardDeviation;
	public static String Method_manual;
	public static String Palette_row;
	public static String Palette_safe;
	public static String Palette_sequential;
	public static String Palette_diverging;
	public static String Palette_qualitative;
	public static String Palette_tooltip;
	public static String Labels_on;
	public static String Labels_attribute;
	public static String Labels_size;
	public static String Labels_colour;
	public static String Labels_halo;
	public static String Labels_haloColour;
	public static String Labels_minScale;
	public static String Labels_maxScale;
	public static String Labels_noLimit;
	public static String Labels_scaleHint;
	public static String Labels_noAttribute;
	public static String Labels_scaleNotANumber;
	public static String Labels_scaleOrder;

	static {
		NLS.initializeMessages(BUNDLE_NAME, StyleMessages.class);
	}

	private StyleMessages() {
	}
}
