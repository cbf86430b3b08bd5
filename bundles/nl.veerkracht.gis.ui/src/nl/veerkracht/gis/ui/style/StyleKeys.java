package nl.veerkracht.gis.ui.style;

/**
 * Stable ids of the style dialog's controls, stored under {@link nl.veerkracht.gis.ui.WidgetKeys#KEY} so
 * that tests and users' SWTBot suites find them. The ids are API: they do not change between releases.
 */
public final class StyleKeys {

	/** The combo choosing the kind of style: single symbol, categories or classes. */
	public static final String TYPE = "veerkracht.style.type";

	/** The tab folder with the symbology and label tabs. */
	public static final String TABS = "veerkracht.style.tabs";

	/** The spinner with the layer's opacity in percent. */
	public static final String LAYER_OPACITY = "veerkracht.style.layerOpacity";

	/** The button choosing the fill colour of the single symbol. */
	public static final String FILL_COLOUR = "veerkracht.style.fillColour";

	/** The check box "no fill". */
	public static final String NO_FILL = "veerkracht.style.noFill";

	/** The button choosing the outline colour. */
	public static final String STROKE_COLOUR = "veerkracht.style.strokeColour";

	/** The spinner with the outline width in pixels. */
	public static final String STROKE_WIDTH = "veerkracht.style.strokeWidth";

	/** The spinner with the fill opacity in percent. */
	public static final String FILL_OPACITY = "veerkracht.style.fillOpacity";

	/** The spinner with the diameter of point symbols in pixels. */
	public static final String POINT_SIZE = "veerkracht.style.pointSize";

	/** The combo with the attribute of a categorized style. */
	public static final String CATEGORY_ATTRIBUTE = "veerkracht.style.categories.attribute";

	/** The button that lists the distinct values of the attribute as categories. */
	public static final String CATEGORY_CLASSIFY = "veerkracht.style.categories.classify";

	/** The palette list of the categorized style. */
	public static final String CATEGORY_PALETTE = "veerkracht.style.categories.palette";

	/** The table of categories: colour, value, label, count. */
	public static final String CATEGORY_TABLE = "veerkracht.style.categories.table";

	/** The check box that draws values without a category ("overige waarden"). */
	public static final String CATEGORY_OTHERS = "veerkracht.style.categories.others";

	/** The button choosing the colour of "overige waarden". */
	public static final String CATEGORY_OTHER_COLOUR = "veerkracht.style.categories.otherColour";

	/** The label summing up the categories. */
	public static final String CATEGORY_STATUS = "veerkracht.style.categories.status";

	/** The combo with the numeric attribute of a graduated style. */
	public static final String CLASS_ATTRIBUTE = "veerkracht.style.classes.attribute";

	/** The combo with the classification method. */
	public static final String CLASS_METHOD = "veerkracht.style.classes.method";

	/** The spinner with the number of classes. */
	public static final String CLASS_COUNT = "veerkracht.style.classes.count";

	/** The palette list of the graduated style. */
	public static final String CLASS_PALETTE = "veerkracht.style.classes.palette";

	/** The check box that reverses the palette's colours. */
	public static final String CLASS_INVERT = "veerkracht.style.classes.invert";

	/** The button that computes the classes again. */
	public static final String CLASS_CLASSIFY = "veerkracht.style.classes.classify";

	/** The table of classes: colour, lower and upper bound, label, count; the last row is "geen gegevens". */
	public static final String CLASS_TABLE = "veerkracht.style.classes.table";

	/** The histogram of the attribute's values with the class breaks. */
	public static final String CLASS_HISTOGRAM = "veerkracht.style.classes.histogram";

	/** The label telling what the classification is based on, e.g. a sample of the values. */
	public static final String CLASS_STATUS = "veerkracht.style.classes.status";

	/** The bar that moves while classes are computed. */
	public static final String CLASS_PROGRESS = "veerkracht.style.classes.progress";

	/** The check box that switches labels on. */
	public static final String LABELS_ON = "veerkracht.style.labels.on";

	/** The combo with the attribute whose values are the labels. */
	public static final String LABELS_ATTRIBUTE = "veerkracht.style.labels.attribute";

	/** The spinner with the label font size in points. */
	public static final String LABELS_SIZE = "veerkracht.style.labels.size";

	/** The button choosing the label colour. */
	public static final String LABELS_COLOUR = "veerkracht.style.labels.colour";

	/** The check box that draws a halo around labels. */
	public static final String LABELS_HALO = "veerkracht.style.labels.halo";

	/** The button choosing the halo colour. */
	public static final String LABELS_HALO_COLOUR = "veerkracht.style.labels.haloColour";

	/** The field with the smallest scale denominator at which labels show (empty: no limit). */
	public static final String LABELS_MIN_SCALE = "veerkracht.style.labels.minScale";

	/** The field with the largest scale denominator at which labels show (empty: no limit). */
	public static final String LABELS_MAX_SCALE = "veerkracht.style.labels.maxScale";

	/** The button "Toepassen": applies the style to the map and keeps the dialog open. */
	public static final String APPLY = "veerkracht.style.apply";

	private StyleKeys() {
	}
}
