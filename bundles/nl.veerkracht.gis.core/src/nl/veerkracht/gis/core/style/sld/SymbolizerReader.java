package nl.veerkracht.gis.core.style.sld;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.veerkracht.gis.core.style.LabelStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;

/**
 * Reads the symbolizers of a rule: polygon, line and point symbolizers make the rule's one symbol, a text
 * symbolizer its labels. Missing parameters take the SLD defaults (a {@code Fill} without colour is grey
 * #808080, a {@code Stroke} without colour black and 1 pixel wide, a {@code Mark} 6 pixels); what a
 * symbolizer has no place for comes from the rule's {@link Metadata} or, failing that, from this
 * workbench's defaults (no fill, no outline, points of {@link SymbolizerWriter#DEFAULT_SIZE} pixels).
 * Parameters that depend on the data, pattern fills, dashes, external graphics and marks other than circles
 * are drawn plainly, with a warning.
 */
final class SymbolizerReader {

	private static final Color DEFAULT_FILL = new Color(0x80, 0x80, 0x80);
	private static final Color DEFAULT_HALO = Color.WHITE;
	private static final double DEFAULT_MARK_SIZE = 6;
	private static final double DEFAULT_FONT_PIXELS = 10;
	private static final String DEFAULT_FONT = "SansSerif";

	/**
	 * What the symbolizers of one rule say.
	 *
	 * @param symbol the symbol, or {@code null} when the rule only labels
	 * @param kind   the kind of geometry of the first drawing symbolizer, or {@code null} when there is none
	 * @param labels the labels, or {@code null} when the rule has no text symbolizer
	 */
	record RuleSymbols(SimpleStyle symbol, GeometryKind kind, LabelStyle labels) {
	}

	private final ReadContext context;

	SymbolizerReader(ReadContext context) {
		this.context = context;
	}

	/**
	 * @param rule      the {@code Rule} element
	 * @param remainder the rule's metadata: symbol parts its symbolizer has no place for
	 * @param minScale  the rule's smallest scale denominator, 0 for none
	 * @param maxScale  the rule's largest scale denominator, infinity for none
	 * @return the symbol and labels
	 * @throws SldException naming the line of a malformed value
	 */
	RuleSymbols read(XmlElement rule, Map<String, String> remainder, double minScale, double maxScale)
			throws SldException {
		Parts parts = new Parts();
		GeometryKind kind = null;
		List<XmlElement> drawing = new ArrayList<>();
		LabelStyle labels = null;
		for (XmlElement symbolizer : rule.children()) {
			if (!symbolizer.isKnown() || !symbolizer.name().endsWith("Symbolizer")) {
				continue;
			}
			switch (symbolizer.name()) {
				case "PolygonSymbolizer" -> {
					kind = kind == null ? GeometryKind.POLYGON : kind;
					fill(parts, symbolizer.styleChild("Fill"));
					stroke(parts, symbolizer.styleChild("Stroke"));
					drawing.add(symbolizer);
				}
				case "LineSymbolizer" -> {
					kind = kind == null ? GeometryKind.LINE : kind;
					stroke(parts, symbolizer.styleChild("Stroke"));
					drawing.add(symbolizer);
				}
				case "PointSymbolizer" -> {
					kind = kind == null ? GeometryKind.POINT : kind;
					graphic(parts, symbolizer.styleChild("Graphic"), symbolizer);
					drawing.add(symbolizer);
				}
				case "TextSymbolizer" -> {
					if (labels == null) {
						labels = text(symbolizer, minScale, maxScale);
					} else {
						context.warn(symbolizer, "a second text symbolizer in one rule is ignored; the first gives the labels");
					}
				}
				default -> context.warn(symbolizer, symbolizer.qualifiedName() + " is not supported and is ignored");
			}
		}
		if (drawing.size() > 1) {
			context.warn(drawing.get(1), "the rule has " + drawing.size()
					+ " symbolizers; they are drawn as one symbol (the first fill and the first outline)");
		}
		SimpleStyle symbol = drawing.isEmpty() ? null : parts.build(remainder, rule);
		return new RuleSymbols(symbol, kind, labels);
	}

	private void fill(Parts parts, XmlElement fill) throws SldException {
		if (fill == null || parts.fillSet) {
			return;
		}
		parts.fillSet = true;
		if (fill.styleChild("GraphicFill") != null) {
			context.warn(fill, "pattern fills (GraphicFill) are drawn as a plain colour");
		}
		Map<String, XmlElement> parameters = parameters(fill);
		parts.fill = colour(parameters.get("fill"), DEFAULT_FILL);
		parts.opacity = number(parameters.get("fill-opacity"), 1);
	}

	private void stroke(Parts parts, XmlElement stroke) throws SldException {
		if (stroke == null || parts.strokeSet) {
			return;
		}
		parts.strokeSet = true;
		if (stroke.styleChild("GraphicStroke") != null || stroke.styleChild("GraphicFill") != null) {
			context.warn(stroke, "graphic strokes are drawn as a plain line");
		}
		Map<String, XmlElement> parameters = parameters(stroke);
		if (parameters.containsKey("stroke-dasharray")) {
			context.warn(parameters.get("stroke-dasharray"), "dashed lines are drawn solid");
		}
		parts.stroke = colour(parameters.get("stroke"), Color.BLACK);
		parts.strokeWidth = number(parameters.get("stroke-width"), 1);
	}

	private void graphic(Parts parts, XmlElement graphic, XmlElement symbolizer) throws SldException {
		if (graphic == null) {
			context.warn(symbolizer, "a point symbolizer without Graphic is drawn as a grey circle");
			defaultMark(parts);
			return;
		}
		XmlElement mark = graphic.styleChild("Mark");
		if (mark == null) {
			XmlElement external = graphic.styleChild("ExternalGraphic");
			context.warn(external != null ? external : graphic, external != null
					? "external graphics (images) are not supported; the points are drawn as grey circles"
					: "a Graphic without Mark is drawn as a grey circle");
			defaultMark(parts);
		} else {
			String shape = mark.styleText("WellKnownName");
			if (shape == null || !shape.equalsIgnoreCase("circle")) {
				context.warn(mark, "the mark \"" + (shape == null ? "square" : shape) + "\" is drawn as a circle");
			}
			fill(parts, mark.styleChild("Fill"));
			stroke(parts, mark.styleChild("Stroke"));
		}
		if (!parts.sizeSet) {
			parts.sizeSet = true;
			parts.size = number(graphic.styleChild("Size"), DEFAULT_MARK_SIZE);
		}
		XmlElement opacity = graphic.styleChild("Opacity");
		if (opacity != null) {
			parts.opacity *= number(opacity, 1);
		}
	}

	private void defaultMark(Parts parts) {
		if (!parts.fillSet) {
			parts.fillSet = true;
			parts.fill = DEFAULT_FILL;
		}
		if (!parts.strokeSet) {
			parts.strokeSet = true;
			parts.stroke = Color.BLACK;
			parts.strokeWidth = 1;
		}
	}

	private LabelStyle text(XmlElement symbolizer, double minScale, double maxScale) throws SldException {
		XmlElement label = symbolizer.styleChild("Label");
		XmlElement property = label == null ? null
				: label.children().stream().filter(child -> child.isFilter("PropertyName")).findFirst().orElse(null);
		if (property == null || property.text().isEmpty()) {
			context.warn(label == null ? symbolizer : label,
					"labels are supported only as the value of an attribute (ogc:PropertyName); these are not shown");
			return null;
		}
		if (label.children().size() > 1 || !label.text().isEmpty()) {
			context.warn(label, "only the attribute \"" + property.text() + "\" is shown as label text");
		}
		XmlElement font = symbolizer.styleChild("Font");
		Map<String, XmlElement> fontParameters = font == null ? Map.of() : parameters(font);
		XmlElement family = fontParameters.get("font-family");
		double pixels = number(fontParameters.get("font-size"), DEFAULT_FONT_PIXELS);
		XmlElement halo = symbolizer.styleChild("Halo");
		Color haloColour = halo == null ? null : colour(parameterOf(halo.styleChild("Fill"), "fill"), DEFAULT_HALO);
		Color colour = colour(parameterOf(symbolizer.styleChild("Fill"), "fill"), Color.BLACK);
		try {
			return new LabelStyle(property.text(), family == null ? DEFAULT_FONT : family.text(),
					(float) (pixels / SymbolizerWriter.PIXELS_PER_POINT), colour, haloColour, minScale, maxScale);
		} catch (IllegalArgumentException e) {
			throw context.fault(symbolizer, "the labels cannot be shown: " + e.getMessage());
		}
	}

	private XmlElement parameterOf(XmlElement element, String name) throws SldException {
		return element == null ? null : parameters(element).get(name);
	}

	/**
	 * The {@code CssParameter}s (SLD 1.0) or {@code SvgParameter}s (SE 1.1) of an element by name, the first
	 * of each name; parameters whose value depends on the data are left out with a warning.
	 */
	private Map<String, XmlElement> parameters(XmlElement element) throws SldException {
		Map<String, XmlElement> parameters = new LinkedHashMap<>();
		for (XmlElement child : element.children()) {
			if (!child.isStyle("CssParameter") && !child.isStyle("SvgParameter")) {
				continue;
			}
			String name = child.attribute("name");
			if (name == null) {
				throw context.fault(child, child.qualifiedName() + " has no name");
			}
			boolean literal = child.children().stream().allMatch(value -> value.isFilter("Literal"));
			if (!literal) {
				context.warn(child, "the parameter \"" + name + "\" depends on the data; the default is used");
			} else {
				parameters.putIfAbsent(name, child);
			}
		}
		return parameters;
	}

	private Color colour(XmlElement parameter, Color fallback) throws SldException {
		if (parameter == null) {
			return fallback;
		}
		try {
			return SldValues.parseColour(valueOf(parameter));
		} catch (IllegalArgumentException e) {
			throw context.fault(parameter, e.getMessage());
		}
	}

	private double number(XmlElement parameter, double fallback) throws SldException {
		if (parameter == null) {
			return fallback;
		}
		try {
			return SldValues.parseNumber(valueOf(parameter));
		} catch (IllegalArgumentException e) {
			throw context.fault(parameter, e.getMessage());
		}
	}

	/** The text of a parameter, also when it is wrapped in {@code ogc:Literal}. */
	private static String valueOf(XmlElement parameter) {
		StringBuilder value = new StringBuilder(parameter.text());
		for (XmlElement literal : parameter.children()) {
			value.append(literal.text());
		}
		return value.toString();
	}

	/** The parts of a symbol as the symbolizers give them; the first fill and first outline count. */
	private final class Parts {
		Color fill;
		boolean fillSet;
		double opacity = 1;
		Color stroke;
		boolean strokeSet;
		double strokeWidth;
		double size = SymbolizerWriter.DEFAULT_SIZE;
		boolean sizeSet;

		SimpleStyle build(Map<String, String> remainder, XmlElement rule) throws SldException {
			try {
				Color finalFill = remainder.containsKey(Metadata.FILL) ? SldValues.parseColour(remainder.get(Metadata.FILL)) : fill;
				double finalOpacity = remainder.containsKey(Metadata.FILL_OPACITY)
						? SldValues.parseNumber(remainder.get(Metadata.FILL_OPACITY)) : opacity;
				double finalWidth = remainder.containsKey(Metadata.STROKE_WIDTH)
						? SldValues.parseNumber(remainder.get(Metadata.STROKE_WIDTH)) : strokeWidth;
				double finalSize = remainder.containsKey(Metadata.SIZE) ? SldValues.parseNumber(remainder.get(Metadata.SIZE)) : size;
				return new SimpleStyle(finalFill, stroke, (float) finalWidth, finalOpacity, finalSize);
			} catch (IllegalArgumentException e) {
				throw context.fault(rule, "the rule's symbol cannot be drawn: " + e.getMessage());
			}
		}
	}
}
