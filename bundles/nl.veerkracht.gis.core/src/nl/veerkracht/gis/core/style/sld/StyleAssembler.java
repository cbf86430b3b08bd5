package nl.veerkracht.gis.core.style.sld;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.veerkracht.gis.core.style.CategorizedStyle;
import nl.veerkracht.gis.core.style.Category;
import nl.veerkracht.gis.core.style.GraduatedStyle;
import nl.veerkracht.gis.core.style.LabelStyle;
import nl.veerkracht.gis.core.style.LayerStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;
import nl.veerkracht.gis.core.style.StyleClass;
import nl.veerkracht.gis.core.style.classify.Classification;
import nl.veerkracht.gis.core.style.classify.ClassificationMethod;
import nl.veerkracht.gis.core.style.classify.ColorBrewerPalette;
import nl.veerkracht.gis.core.style.classify.NoDataStyle;

/**
 * Makes the nearest {@link LayerStyle} of the rules of one SLD style: one rule without filter is a single
 * symbol; rules of equalities (with an {@code ElseFilter} for "overige waarden") a categorized style; rules
 * of ranges a graduated style whose class breaks are the upper bounds; a {@code PropertyIsNull} rule gives
 * the "geen gegevens" symbol. Where the SLD says more than the style can hold, the difference is told as a
 * warning; where the rules contradict such a style, the document is refused.
 */
final class StyleAssembler {

	private final ReadContext context;

	StyleAssembler(ReadContext context) {
		this.context = context;
	}

	/**
	 * @param rules    the rules of the style, from all its feature type styles
	 * @param metadata the style's {@link Metadata}
	 * @param style    the {@code UserStyle} element, for messages
	 * @return the style
	 * @throws SldException when the rules cannot be shown as one of this workbench's styles
	 */
	LayerStyle assemble(List<ReadRule> rules, Map<String, String> metadata, XmlElement style) throws SldException {
		List<ReadRule> drawing = rules.stream().filter(rule -> rule.symbol() != null).toList();
		if (drawing.isEmpty()) {
			throw context.fault(style, "no rule of the style draws features (a polygon, line or point symbolizer)");
		}
		LabelStyle labels = labels(rules);
		for (ReadRule rule : drawing) {
			if (rule.hasScaleRange()) {
				context.warn(rule.element(), rule.describe() + " is limited to a range of scales; it is drawn at every scale");
			}
		}
		String attribute = attribute(drawing);
		if (attribute == null) {
			if (drawing.size() > 1) {
				context.warn(drawing.get(1).element(), "only the first of " + drawing.size()
						+ " rules without a property filter is drawn");
			}
			return new SingleSymbolStyle(drawing.get(0).symbol(), labels);
		}
		boolean ranges = drawing.stream().anyMatch(rule -> rule.filter() instanceof RuleFilter.Range);
		boolean equalities = drawing.stream().anyMatch(rule -> rule.filter() instanceof RuleFilter.Equal);
		boolean otherValues = drawing.stream().anyMatch(rule -> rule.filter() instanceof RuleFilter.Else);
		if (ranges && equalities) {
			ReadRule equality = drawing.stream().filter(rule -> rule.filter() instanceof RuleFilter.Equal).findFirst().get();
			throw context.fault(equality.element(), "the style mixes classes of ranges with single values ("
					+ equality.describe() + "); a style is either graduated or categorized");
		}
		if (ranges || !equalities && !otherValues && Metadata.KIND_GRADUATED.equals(metadata.get(Metadata.KIND))) {
			return graduated(attribute, drawing, metadata, labels);
		}
		return categorized(attribute, drawing, labels);
	}

	/** The one attribute the filters test; {@code null} when only ElseFilters are there. */
	private String attribute(List<ReadRule> drawing) throws SldException {
		String attribute = null;
		ReadRule first = null;
		for (ReadRule rule : drawing) {
			if (rule.filter() == null) {
				if (drawing.size() > 1) {
					throw context.fault(rule.element(), rule.describe() + " has no filter while the style has "
							+ drawing.size() + " rules; each feature must get one symbol");
				}
				return null;
			}
			String tested = rule.filter().attribute();
			if (tested != null) {
				if (attribute != null && !attribute.equals(tested)) {
					throw context.fault(rule.element(), "the rules test different attributes (\"" + attribute + "\" in "
							+ first.describe() + ", \"" + tested + "\" here); a style is by one attribute");
				}
				attribute = tested;
				first = first == null ? rule : first;
			}
		}
		return attribute;
	}

	private GraduatedStyle graduated(String attribute, List<ReadRule> drawing, Map<String, String> metadata,
			LabelStyle labels) throws SldException {
		List<ReadRule> classes = new ArrayList<>();
		ReadRule noData = null;
		for (ReadRule rule : drawing) {
			switch (rule.filter()) {
				case RuleFilter.Range range -> classes.add(rule);
				case RuleFilter.IsNull isNull -> noData = firstOf(noData, rule, "geen gegevens");
				case RuleFilter.Else other -> context.warn(rule.element(), rule.describe() + " (ElseFilter) is ignored: "
						+ "values below the first class or above the last are drawn in that class");
				case RuleFilter.Equal equal -> throw new IllegalStateException("checked before");
			}
		}
		classes.sort(Comparator.comparingDouble(rule -> upperOf(rule)));
		double[] breaks = new double[classes.size()];
		List<StyleClass> styleClasses = new ArrayList<>();
		boolean exclusiveUpper = false;
		for (int i = 0; i < classes.size(); i++) {
			ReadRule rule = classes.get(i);
			RuleFilter.Range range = (RuleFilter.Range) rule.filter();
			breaks[i] = breakOf(classes, i, breaks);
			if (i > 0) {
				meets(classes.get(i - 1), rule);
			}
			if (range.upper() != null && !range.upperInclusive() && !exclusiveUpper) {
				exclusiveUpper = true;
				context.warn(rule.element(), "classes here include their upper bound and exclude their lower "
						+ "bound, so a value exactly on a bound falls in the lower of the two classes");
			}
			styleClasses.add(new StyleClass(rule.title(), rule.symbol()));
		}
		boolean ours = metadata.containsKey(Metadata.KIND);
		ClassificationMethod method = ours ? Metadata.method(metadata.get(Metadata.METHOD)) : null;
		ColorBrewerPalette palette = ours ? Metadata.palette(metadata.get(Metadata.PALETTE)) : paletteOf(styleClasses);
		Classification classification = new Classification(method == null ? ClassificationMethod.MANUAL : method, breaks);
		SimpleStyle noDataSymbol = noData != null ? noData.symbol() : defaultNoData(drawing.get(0));
		return new GraduatedStyle(attribute, classification, styleClasses, noDataSymbol, palette, labels);
	}

	private static double upperOf(ReadRule rule) {
		RuleFilter.Range range = (RuleFilter.Range) rule.filter();
		return range.upper() != null ? range.upper() : Double.POSITIVE_INFINITY;
	}

	/** The class break of class i: its upper bound, or for an open last class just above its lower bound. */
	private double breakOf(List<ReadRule> classes, int i, double[] breaks) throws SldException {
		ReadRule rule = classes.get(i);
		RuleFilter.Range range = (RuleFilter.Range) rule.filter();
		double upper;
		if (range.upper() != null) {
			upper = range.upper();
		} else if (i < classes.size() - 1) {
			throw context.fault(rule.element(), rule.describe() + " and " + classes.get(i + 1).describe()
					+ " both have no upper bound");
		} else if (range.lower() == null) {
			throw context.fault(rule.element(), rule.describe() + " has no bounds");
		} else {
			upper = i > 0 && range.lower() <= breaks[i - 1] ? Math.nextUp(breaks[i - 1]) : range.lower();
		}
		if (i > 0 && upper == breaks[i - 1]) {
			throw context.fault(rule.element(), rule.describe() + " ends at " + SldValues.number(upper) + " like "
					+ classes.get(i - 1).describe() + "; class bounds must rise");
		}
		return upper;
	}

	private void meets(ReadRule previous, ReadRule rule) {
		Double previousUpper = ((RuleFilter.Range) previous.filter()).upper();
		Double lower = ((RuleFilter.Range) rule.filter()).lower();
		if (lower != null && previousUpper != null && lower.doubleValue() != previousUpper.doubleValue()) {
			context.warn(rule.element(), rule.describe() + " starts at " + SldValues.number(lower) + " but "
					+ previous.describe() + " ends at " + SldValues.number(previousUpper)
					+ "; values in between are drawn in the class above");
		}
	}

	private static ColorBrewerPalette paletteOf(List<StyleClass> classes) {
		List<Color> fills = classes.stream().map(styleClass -> styleClass.symbol().fill()).toList();
		for (ColorBrewerPalette palette : ColorBrewerPalette.values()) {
			if (fills.size() >= palette.minClasses() && fills.size() <= palette.maxClasses()
					&& palette.colours(fills.size()).equals(fills)) {
				return palette;
			}
		}
		return null;
	}

	private CategorizedStyle categorized(String attribute, List<ReadRule> drawing, LabelStyle labels) {
		List<Category> categories = new ArrayList<>();
		Set<String> values = new HashSet<>();
		ReadRule other = null;
		ReadRule noData = null;
		for (ReadRule rule : drawing) {
			switch (rule.filter()) {
				case RuleFilter.Equal equal -> {
					for (String value : equal.values()) {
						if (values.add(value)) {
							categories.add(new Category(value, rule.title().isEmpty() ? value : rule.title(), rule.symbol()));
						} else {
							context.warn(rule.element(), "the value \"" + value + "\" occurs in an earlier rule, which counts");
						}
					}
				}
				case RuleFilter.Else otherValues -> other = firstOf(other, rule, CategorizedStyle.OTHER_LABEL);
				case RuleFilter.IsNull isNull -> noData = firstOf(noData, rule, "geen gegevens");
				case RuleFilter.Range range -> throw new IllegalStateException("checked before");
			}
		}
		SimpleStyle otherSymbol = other == null ? null : other.symbol();
		SimpleStyle noDataSymbol = noData != null ? noData.symbol()
				: otherSymbol != null ? otherSymbol : defaultNoData(drawing.get(0));
		return new CategorizedStyle(attribute, categories, otherSymbol, noDataSymbol, labels);
	}

	private ReadRule firstOf(ReadRule found, ReadRule rule, String what) {
		if (found == null) {
			return rule;
		}
		context.warn(rule.element(), rule.describe() + " is a second \"" + what + "\" rule; the first one counts");
		return found;
	}

	private SimpleStyle defaultNoData(ReadRule first) {
		context.warn(first.element(), "no rule draws features without a value (ogc:PropertyIsNull); they are drawn"
				+ " light grey as \"" + GraduatedStyle.NO_DATA_LABEL + "\"");
		return first.symbol().withFill(NoDataStyle.COLOUR);
	}

	private LabelStyle labels(List<ReadRule> rules) {
		LabelStyle labels = null;
		for (ReadRule rule : rules) {
			LabelStyle ruleLabels = rule.symbols().labels();
			if (ruleLabels == null) {
				continue;
			}
			if (labels != null) {
				context.warn(rule.element(), "labels of " + rule.describe() + " are ignored; the first labels count");
				continue;
			}
			if (rule.filter() != null && rule.symbol() == null) {
				context.warn(rule.element(), "the filter of " + rule.describe() + " is ignored: every feature is labelled");
			}
			labels = ruleLabels;
		}
		return labels;
	}
}
