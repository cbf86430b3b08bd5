package nl.veerkracht.gis.core.style.sld;

import static nl.veerkracht.gis.core.style.sld.SldNames.OGC;
import static nl.veerkracht.gis.core.style.sld.SldNames.SLD;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.SafeFileWrite;
import nl.veerkracht.gis.core.style.CategorizedStyle;
import nl.veerkracht.gis.core.style.Category;
import nl.veerkracht.gis.core.style.GraduatedStyle;
import nl.veerkracht.gis.core.style.LabelStyle;
import nl.veerkracht.gis.core.style.LayerStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;
import nl.veerkracht.gis.core.style.StyleClass;

/**
 * Writes layer styles as an OGC Styled Layer Descriptor 1.0.0: one {@code NamedLayer} per layer, each with
 * one {@code UserStyle} of one {@code FeatureTypeStyle}, whose rules are
 * <ul>
 * <li>for a single symbol: one rule without filter;</li>
 * <li>for a categorized style: a rule per category ({@code ogc:PropertyIsEqualTo}), an "overige waarden"
 * rule with {@code ElseFilter} when other values are drawn, and a "geen gegevens" rule
 * ({@code ogc:PropertyIsNull});</li>
 * <li>for a graduated style: a rule per class, above the previous class's bound
 * ({@code ogc:PropertyIsGreaterThan}, not for the first class) up to and including its own
 * ({@code ogc:PropertyIsLessThanOrEqualTo}), and the "geen gegevens" rule;</li>
 * <li>when the layer is labelled: a rule with a {@code TextSymbolizer} and the labels' scale range.</li>
 * </ul>
 * Rule titles are the legend labels. The classification method, the palette and the parts of a symbol
 * that its symbolizer has no place for are kept as {@link Metadata} in {@code Abstract} elements, so that
 * {@link SldReader} gives back an equal style. Elements appear in the order of the SLD 1.0.0 schema.
 */
public final class SldWriter {

	/** Stands for the {@code ElseFilter} of the "overige waarden" rule. */
	private static final FilterContent ELSE = out -> {
		throw new IllegalStateException("ElseFilter has no content");
	};

	private SldWriter() {
	}

	/**
	 * Returns the SLD document of layer styles.
	 *
	 * @param layers the layers, one {@code NamedLayer} each, in order
	 * @return the document, UTF-8 XML text
	 */
	public static String toXml(List<StyledLayer> layers) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			write(layers, out);
		} catch (IOException e) {
			throw new IllegalStateException("Writing to memory failed", e);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	/**
	 * Writes the SLD document of layer styles to a stream, in UTF-8; the stream stays open.
	 *
	 * @param layers the layers, one {@code NamedLayer} each, in order
	 * @param out    the stream
	 * @throws IOException if writing fails
	 */
	public static void write(List<StyledLayer> layers, OutputStream out) throws IOException {
		try {
			XmlOut xml = new XmlOut(out);
			xml.prefix("", SLD);
			xml.prefix("ogc", OGC);
			xml.prefix("xsi", SldNames.XSI);
			xml.open(SLD, "StyledLayerDescriptor");
			xml.namespace("", SLD);
			xml.namespace("ogc", OGC);
			xml.namespace("xsi", SldNames.XSI);
			xml.attribute(SldNames.XSI, "schemaLocation", SldNames.SCHEMA_LOCATION);
			xml.attribute("version", SldNames.VERSION);
			for (StyledLayer layer : layers) {
				namedLayer(xml, layer);
			}
			xml.close();
			xml.finish();
		} catch (XMLStreamException e) {
			throw new IOException("Cannot write the SLD document: " + e.getMessage(), e);
		}
	}

	/**
	 * Writes the SLD document of layer styles to a file, safely: a file that was there stays intact until
	 * the new one is complete.
	 *
	 * @param file   the file, usually ending in {@code .sld}
	 * @param layers the layers, one {@code NamedLayer} each, in order
	 * @throws DataSourceException naming the file when it cannot be written
	 */
	public static void write(Path file, List<StyledLayer> layers) throws DataSourceException {
		SafeFileWrite.write(file, temporary -> {
			try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW)) {
				write(layers, out);
			}
		});
	}

	private static void namedLayer(XmlOut xml, StyledLayer layer) throws XMLStreamException {
		xml.open(SLD, "NamedLayer");
		xml.leaf(SLD, "Name", layer.name());
		xml.open(SLD, "UserStyle");
		xml.leaf(SLD, "Name", layer.name());
		xml.leaf(SLD, "Title", layer.name());
		xml.leaf(SLD, "Abstract", Metadata.format(styleMetadata(layer.style())));
		xml.open(SLD, "FeatureTypeStyle");
		LayerStyle style = layer.style();
		GeometryKind kind = layer.geometry();
		switch (style) {
			case SingleSymbolStyle single -> rule(xml, "", null, single.symbol(), kind);
			case CategorizedStyle categorized -> categorizedRules(xml, categorized, kind);
			case GraduatedStyle graduated -> graduatedRules(xml, graduated, kind);
		}
		if (style.labels().isPresent()) {
			labelRule(xml, style.labels().get());
		}
		xml.close();
		xml.close();
		xml.close();
	}

	private static Map<String, String> styleMetadata(LayerStyle style) {
		Map<String, String> entries = new LinkedHashMap<>();
		switch (style) {
			case SingleSymbolStyle single -> entries.put(Metadata.KIND, Metadata.KIND_SINGLE);
			case CategorizedStyle categorized -> entries.put(Metadata.KIND, Metadata.KIND_CATEGORIZED);
			case GraduatedStyle graduated -> {
				entries.put(Metadata.KIND, Metadata.KIND_GRADUATED);
				entries.put(Metadata.METHOD, Metadata.methodName(graduated.classification().method()));
				if (graduated.palette() != null) {
					entries.put(Metadata.PALETTE, graduated.palette().brewerName());
				}
			}
		}
		return entries;
	}

	private static void categorizedRules(XmlOut xml, CategorizedStyle style, GeometryKind kind)
			throws XMLStreamException {
		String attribute = style.attribute();
		for (Category category : style.categories()) {
			rule(xml, category.label(), out -> comparison(out, "PropertyIsEqualTo", attribute, category.value()),
					category.symbol(), kind);
		}
		if (style.otherSymbol() != null) {
			rule(xml, CategorizedStyle.OTHER_LABEL, ELSE, style.otherSymbol(), kind);
		}
		rule(xml, GraduatedStyle.NO_DATA_LABEL, isNull(attribute), style.noDataSymbol(), kind);
	}

	private static void graduatedRules(XmlOut xml, GraduatedStyle style, GeometryKind kind) throws XMLStreamException {
		String attribute = style.attribute();
		double[] breaks = style.classification().breaks();
		List<StyleClass> classes = style.classes();
		for (int i = 0; i < classes.size(); i++) {
			String upper = SldValues.number(breaks[i]);
			FilterContent filter;
			if (i == 0) {
				filter = out -> comparison(out, "PropertyIsLessThanOrEqualTo", attribute, upper);
			} else {
				String lower = SldValues.number(breaks[i - 1]);
				filter = out -> {
					out.open(OGC, "And");
					comparison(out, "PropertyIsGreaterThan", attribute, lower);
					comparison(out, "PropertyIsLessThanOrEqualTo", attribute, upper);
					out.close();
				};
			}
			rule(xml, classes.get(i).label(), filter, classes.get(i).symbol(), kind);
		}
		rule(xml, GraduatedStyle.NO_DATA_LABEL, isNull(attribute), style.noDataSymbol(), kind);
	}

	/** Writes a rule in the schema's order: Name, Title, Abstract, filter, symbolizer. */
	private static void rule(XmlOut xml, String label, FilterContent filter, SimpleStyle symbol, GeometryKind kind)
			throws XMLStreamException {
		xml.open(SLD, "Rule");
		if (!label.isEmpty()) {
			xml.leaf(SLD, "Name", label);
			xml.leaf(SLD, "Title", label);
		}
		Map<String, String> remainder = SymbolizerWriter.remainder(symbol, kind);
		if (!remainder.isEmpty()) {
			xml.leaf(SLD, "Abstract", Metadata.format(remainder));
		}
		if (filter == ELSE) {
			xml.empty(SLD, "ElseFilter");
		} else if (filter != null) {
			xml.open(OGC, "Filter");
			filter.write(xml);
			xml.close();
		}
		SymbolizerWriter.write(xml, symbol, kind);
		xml.close();
	}

	private static void labelRule(XmlOut xml, LabelStyle labels) throws XMLStreamException {
		xml.open(SLD, "Rule");
		xml.leaf(SLD, "Name", "labels");
		if (labels.minScaleDenominator() > 0) {
			xml.leaf(SLD, "MinScaleDenominator", SldValues.number(labels.minScaleDenominator()));
		}
		if (labels.maxScaleDenominator() != Double.POSITIVE_INFINITY) {
			xml.leaf(SLD, "MaxScaleDenominator", SldValues.number(labels.maxScaleDenominator()));
		}
		SymbolizerWriter.writeText(xml, labels);
		xml.close();
	}

	private static FilterContent isNull(String attribute) {
		return out -> {
			out.open(OGC, "PropertyIsNull");
			out.leaf(OGC, "PropertyName", attribute);
			out.close();
		};
	}

	private static void comparison(XmlOut out, String operator, String attribute, String literal)
			throws XMLStreamException {
		out.open(OGC, operator);
		out.leaf(OGC, "PropertyName", attribute);
		out.leaf(OGC, "Literal", literal);
		out.close();
	}

	/** Writes the content of a rule's {@code ogc:Filter}. */
	@FunctionalInterface
	private interface FilterContent {
		void write(XmlOut out) throws XMLStreamException;
	}
}
