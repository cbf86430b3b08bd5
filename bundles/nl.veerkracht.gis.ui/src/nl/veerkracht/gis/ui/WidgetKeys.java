package nl.veerkracht.gis.ui;

import org.eclipse.swt.widgets.Widget;

/**
 * Stable identifiers of the widgets that tests and users' SWTBot suites target.
 * <p>
 * Every id is stored on its widget under {@link #KEY}, the data key SWTBot's
 * {@code withId(...)} matchers look for, so {@code bot.canvasWithId(WidgetKeys.MAP_CANVAS)}
 * finds the map. The ids are API: they do not change between releases.
 */
public final class WidgetKeys {

	/** The data key SWTBot uses for widget ids ({@code SWTBotPreferences.DEFAULT_KEY}). */
	public static final String KEY = "org.eclipse.swtbot.widget.key";

	/** The canvas of the Map view. */
	public static final String MAP_CANVAS = "veerkracht.map.canvas";

	/**
	 * The tree of the Layers view (an SWT {@code Tree}; the id keeps its first name): one row per layer, the
	 * top row is drawn last, and below a classified layer its legend entries.
	 */
	public static final String LAYERS_TABLE = "veerkracht.layers.table";

	/** The table of the Attributentabel view: one row per feature of the chosen layer. */
	public static final String ATTRIBUTE_TABLE = "veerkracht.attributeTable.rows";

	/** The list of layers of the Attributentabel view. */
	public static final String ATTRIBUTE_TABLE_LAYER = "veerkracht.attributeTable.layer";

	/** The filter text of the Attributentabel view: rows containing it in any column. */
	public static final String ATTRIBUTE_TABLE_FILTER = "veerkracht.attributeTable.filter";

	/** The "alleen selectie" check box of the Attributentabel view. */
	public static final String ATTRIBUTE_TABLE_ONLY_SELECTION = "veerkracht.attributeTable.onlySelection";

	private WidgetKeys() {
	}

	/**
	 * Gives a widget its stable id.
	 *
	 * @param widget the widget, not disposed
	 * @param id     one of the constants of this class, or a contributor's own id
	 * @param <W>    the widget's type
	 * @return the widget, for chaining
	 */
	public static <W extends Widget> W set(W widget, String id) {
		widget.setData(KEY, id);
		return widget;
	}

	/**
	 * Reads a widget's id.
	 *
	 * @param widget the widget
	 * @return its id, or {@code null} when it has none
	 */
	public static String get(Widget widget) {
		Object id = widget.getData(KEY);
		return id instanceof String s ? s : null;
	}
}
