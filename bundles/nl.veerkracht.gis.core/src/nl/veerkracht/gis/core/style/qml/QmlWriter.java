package nl.veerkracht.gis.core.style.qml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLStreamException;

import nl.veerkracht.gis.core.style.CategorizedStyle;
import nl.veerkracht.gis.core.style.Category;
import nl.veerkracht.gis.core.style.GraduatedStyle;
import nl.veerkracht.gis.core.style.LabelStyle;
import nl.veerkracht.gis.core.style.LayerStyle;
import nl.veerkracht.gis.core.style.LegendEntry;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;
import nl.veerkracht.gis.core.style.StyleClass;
import nl.veerkracht.gis.core.style.sld.GeometryKind;

/**
 * Writes a layer style as a QGIS style document (QML, as QGIS 3 writes it with the symbology and labels
 * categories), so that QGIS draws the layer with the same classes, colours, outlines and labels:
 * <ul>
 * <li>a single symbol as a {@code singleSymbol} renderer;</li>
 * <li>a categorized style as a {@code categorizedSymbol} renderer with a category per value, in legend order;
 * QGIS's category with the empty value, which takes features without a value and values without a category,
 * is our "geen gegevens" class (or, when the style draws other values, "overige waarden", and features
 * without a value are then recognised by an expression);</li>
 * <li>a graduated style as a {@code graduatedSymbol} renderer with a range per class: the first from
 * {@value #LOWEST} (QGIS needs a lower bound), each later one from the previous class's bound, the upper
 * bound included as in our classification; "geen gegevens" is a last range holding only
 * {@value #NO_DATA_VALUE}, which the renderer's expression gives features without a number.</li>
 * </ul>
 * The QGIS classes are thus exactly our {@link LayerStyle#legend() legend entries}, in the same order and with
 * the same labels. Sizes are in pixels; the opacity is the fill colour's alpha, outlines stay opaque.
 */
public final class QmlWriter {

	/** The QGIS version the documents declare: the oldest that reads everything written. */
	public static final String QGIS_VERSION = "3.22.0";

	/** The value graduated renderers give features without a number, below every class. */
	public static final String NO_DATA_VALUE = "-1e300";

	/** The lower bound of the first class of graduated renderers, above {@value #NO_DATA_VALUE}. */
	public static final String LOWEST = "-1e299";

	/** The value categorized renderers with other values give features without a value. */
	static final String NO_DATA_CATEGORY = "\u2205 geen gegevens";

	private QmlWriter() {
	}

	/**
	 * Returns the QML document of a style.
	 *
	 * @param style the style
	 * @param kind  the kind of geometry of the layer it styles
	 * @return the document, XML text
	 */
	public static String toXml(LayerStyle style, GeometryKind kind) {
		try {
			QmlXml xml = new QmlXml();
			Optional<LabelStyle> labels = style.labels();
			xml.open("qgis", "version", QGIS_VERSION, "styleCategories", "Symbology|Labeling", "labelsEnabled",
					labels.isPresent() ? "1" : "0");
			switch (style) {
				case SingleSymbolStyle single -> single(xml, single, kind);
				case CategorizedStyle categorized -> categorized(xml, categorized, kind);
				case GraduatedStyle graduated -> graduated(xml, graduated, kind);
			}
			if (labels.isPresent()) {
				QmlLabels.write(xml, labels.get(), kind);
			}
			xml.leaf("layerGeometryType", geometryType(kind));
			xml.close();
			return xml.finish();
		} catch (XMLStreamException e) {
			throw new IllegalStateException("Writing QML to memory failed", e);
		}
	}

	private static void single(QmlXml xml, SingleSymbolStyle style, GeometryKind kind) throws XMLStreamException {
		renderer(xml, "singleSymbol", null);
		xml.open("symbols");
		QmlSymbols.write(xml, "0", style.symbol(), kind);
		xml.close();
		xml.close();
	}

	private static void categorized(QmlXml xml, CategorizedStyle style, GeometryKind kind)
			throws XMLStreamException {
		List<SimpleStyle> symbols = new ArrayList<>();
		boolean distinguishNoData = style.otherSymbol() != null;
		String attribute = distinguishNoData ? "coalesce(" + QmlValues.field(style.attribute()) + ", '"
				+ NO_DATA_CATEGORY + "')" : style.attribute();
		renderer(xml, "categorizedSymbol", attribute);
		xml.open("categories");
		List<Category> categories = style.categories();
		for (Category category : categories) {
			category(xml, category.value(), category.label(), symbols, category.symbol());
		}
		List<LegendEntry> legend = style.legend();
		for (LegendEntry entry : legend.subList(categories.size(), legend.size())) {
			String value = entry.noData() && distinguishNoData ? NO_DATA_CATEGORY : "";
			category(xml, value, entry.label(), symbols, entry.symbol());
		}
		xml.close();
		symbols(xml, symbols, kind);
		xml.close();
	}

	private static void category(QmlXml xml, String value, String label, List<SimpleStyle> symbols,
			SimpleStyle symbol) throws XMLStreamException {
		xml.empty("category", "value", value, "label", label, "symbol", Integer.toString(symbols.size()), "render",
				"true");
		symbols.add(symbol);
	}

	private static void graduated(QmlXml xml, GraduatedStyle style, GeometryKind kind) throws XMLStreamException {
		renderer(xml, "graduatedSymbol",
				"coalesce(" + QmlValues.field(style.attribute()) + ", " + NO_DATA_VALUE + ")");
		List<SimpleStyle> symbols = new ArrayList<>();
		double[] breaks = style.classification().breaks();
		List<StyleClass> classes = style.classes();
		xml.open("ranges");
		for (int i = 0; i < classes.size(); i++) {
			String lower = i == 0 ? LOWEST : QmlValues.number(breaks[i - 1]);
			range(xml, lower, QmlValues.number(breaks[i]), classes.get(i).label(), symbols, classes.get(i).symbol());
		}
		range(xml, NO_DATA_VALUE, NO_DATA_VALUE, GraduatedStyle.NO_DATA_LABEL, symbols, style.noDataSymbol());
		xml.close();
		symbols(xml, symbols, kind);
		xml.close();
	}

	private static void range(QmlXml xml, String lower, String upper, String label, List<SimpleStyle> symbols,
			SimpleStyle symbol) throws XMLStreamException {
		xml.empty("range", "lower", lower, "upper", upper, "label", label, "symbol", Integer.toString(symbols.size()),
				"render", "true");
		symbols.add(symbol);
	}

	private static void renderer(QmlXml xml, String type, String attribute) throws XMLStreamException {
		if (attribute == null) {
			xml.open("renderer-v2", "type", type, "symbollevels", "0", "forceraster", "0", "enableorderby", "0");
		} else if (type.equals("graduatedSymbol")) {
			xml.open("renderer-v2", "type", type, "attr", attribute, "graduatedMethod", "GraduatedColor",
					"symbollevels", "0", "forceraster", "0", "enableorderby", "0");
		} else {
			xml.open("renderer-v2", "type", type, "attr", attribute, "symbollevels", "0", "forceraster", "0",
					"enableorderby", "0");
		}
	}

	private static void symbols(QmlXml xml, List<SimpleStyle> symbols, GeometryKind kind) throws XMLStreamException {
		xml.open("symbols");
		for (int i = 0; i < symbols.size(); i++) {
			QmlSymbols.write(xml, Integer.toString(i), symbols.get(i), kind);
		}
		xml.close();
	}

	private static String geometryType(GeometryKind kind) {
		return switch (kind) {
			case POINT -> "0";
			case LINE -> "1";
			case POLYGON -> "2";
		};
	}
}
