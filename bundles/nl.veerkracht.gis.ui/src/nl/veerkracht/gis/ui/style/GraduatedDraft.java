package nl.veerkracht.gis.ui.style;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import nl.veerkracht.gis.core.style.GraduatedStyle;
import nl.veerkracht.gis.core.style.LabelStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.StyleClass;
import nl.veerkracht.gis.core.style.classify.Classification;
import nl.veerkracht.gis.core.style.classify.ClassificationMethod;
import nl.veerkracht.gis.core.style.classify.Classifier;
import nl.veerkracht.gis.core.style.classify.ColorBrewerPalette;
import nl.veerkracht.gis.core.style.classify.NoDataStyle;

/**
 * The graduated style being edited, without widgets: the classification, the palette and per class its
 * label and colour. Labels and colours the analyst edited are kept when the bounds change; a new palette
 * recolours every class.
 */
final class GraduatedDraft {

	/** One class as the table shows it. */
	static final class ClassRow {
		String label;
		boolean labelEdited;
		Color colour;
		int count;

		/** @return the fill colour */
		Color colour() {
			return colour;
		}
	}

	private NumericValues values = new NumericValues(new double[0], 0);
	private double[] sorted = new double[0];
	private ColorBrewerPalette palette = ColorBrewerPalette.YL_OR_RD;
	private boolean inverted;
	private boolean coloursEdited;
	private Classification classification;
	private final List<ClassRow> rows = new ArrayList<>();

	/** @param newValues the values of the attribute now chosen; the classes are kept until reclassified */
	void setValues(NumericValues newValues) {
		values = newValues;
		sorted = newValues.sorted();
		recount();
	}

	NumericValues values() {
		return values;
	}

	/** @return the values that are numbers, ascending */
	double[] sortedValues() {
		return sorted;
	}

	/** @return the classification, or {@code null} before the first one */
	Classification classification() {
		return classification;
	}

	ColorBrewerPalette palette() {
		return palette;
	}

	boolean inverted() {
		return inverted;
	}

	List<ClassRow> rows() {
		return rows;
	}

	/**
	 * Takes new class bounds: labels from the bounds, colours from the palette, counts from the values.
	 *
	 * @param newClassification the classification
	 */
	void classify(Classification newClassification) {
		classification = newClassification;
		rows.clear();
		for (int i = 0; i < newClassification.classCount(); i++) {
			rows.add(new ClassRow());
		}
		coloursEdited = false;
		relabel(false);
		recolour();
		recount();
	}

	/**
	 * Chooses the palette and recolours every class.
	 *
	 * @param newPalette the palette
	 * @param newInverted whether its colours run from last to first
	 */
	void setPalette(ColorBrewerPalette newPalette, boolean newInverted) {
		palette = newPalette;
		inverted = newInverted;
		coloursEdited = false;
		recolour();
	}

	/**
	 * Gives one class a colour of the analyst's choice.
	 *
	 * @param index the class
	 * @param colour the colour
	 */
	void setColour(int index, Color colour) {
		rows.get(index).colour = colour;
		coloursEdited = true;
	}

	/**
	 * Gives one class a legend text of the analyst's choice; an empty text restores the default.
	 *
	 * @param index the class
	 * @param label the text
	 */
	void setLabel(int index, String label) {
		ClassRow row = rows.get(index);
		boolean restore = label.isBlank();
		row.labelEdited = !restore;
		row.label = restore ? GraduatedStyle.boundLabels(classification).get(index) : label;
	}

	/**
	 * Moves the upper bound of a class (manual classification).
	 *
	 * @param index the class
	 * @param upper the new upper bound
	 * @return {@code null} when done, else why it cannot be (the bounds must rise from class to class)
	 */
	String setUpperBound(int index, double upper) {
		double[] breaks = classification.breaks();
		if (!Double.isFinite(upper) || index > 0 && upper <= breaks[index - 1]
				|| index < breaks.length - 1 && upper >= breaks[index + 1]) {
			return StyleMessages.Classes_boundOrder;
		}
		breaks[index] = upper;
		classification = Classifier.manual(breaks);
		relabel(true);
		recount();
		return null;
	}

	/**
	 * Returns the lower bound shown for a class: the previous class's upper bound, or for the first class the
	 * smallest value.
	 *
	 * @param index the class
	 * @return the lower bound, NaN if there are no values
	 */
	double lowerBound(int index) {
		if (index > 0) {
			return classification.breaks()[index - 1];
		}
		return sorted.length == 0 ? Double.NaN : Math.min(sorted[0], classification.breaks()[0]);
	}

	/**
	 * Loads a graduated style: its bounds, labels and colours, and the palette it names or whose colours
	 * (possibly reversed) it has.
	 *
	 * @param style the style
	 */
	void load(GraduatedStyle style) {
		classification = style.classification();
		rows.clear();
		List<String> defaults = GraduatedStyle.boundLabels(classification);
		List<Color> colours = new ArrayList<>();
		for (int i = 0; i < style.classes().size(); i++) {
			StyleClass styleClass = style.classes().get(i);
			ClassRow row = new ClassRow();
			row.label = styleClass.label();
			row.labelEdited = !styleClass.label().equals(defaults.get(i));
			row.colour = styleClass.symbol().fill() != null ? styleClass.symbol().fill() : NoDataStyle.COLOUR;
			colours.add(row.colour);
			rows.add(row);
		}
		coloursEdited = true;
		if (style.palette() != null) {
			palette = style.palette();
			inverted = !PaletteColours.isVariant(palette, colours);
			coloursEdited = !PaletteColours.of(palette, colours.size(), inverted).equals(colours);
		} else {
			for (ColorBrewerPalette candidate : ColorBrewerPalette.values()) {
				for (boolean reversed : new boolean[] { false, true }) {
					if (coloursEdited && PaletteColours.of(candidate, colours.size(), reversed).equals(colours)) {
						palette = candidate;
						inverted = reversed;
						coloursEdited = false;
					}
				}
			}
		}
		recount();
	}

	/**
	 * Builds the style.
	 *
	 * @param attribute the attribute classified
	 * @param base the symbol whose fill each class replaces
	 * @param labels the label settings, or {@code null}
	 * @return the style
	 */
	GraduatedStyle build(String attribute, SimpleStyle base, LabelStyle labels) {
		List<StyleClass> classes = new ArrayList<>();
		List<Color> colours = new ArrayList<>();
		for (ClassRow row : rows) {
			classes.add(new StyleClass(row.label, base.withFill(row.colour)));
			colours.add(row.colour);
		}
		ColorBrewerPalette named = PaletteColours.isVariant(palette, colours) ? palette : null;
		return new GraduatedStyle(attribute, classification, classes, base.withFill(NoDataStyle.COLOUR), named, labels);
	}

	/** @return whether the analyst gave classes colours other than the palette's */
	boolean coloursEdited() {
		return coloursEdited;
	}

	private void relabel(boolean keepEdited) {
		List<String> defaults = GraduatedStyle.boundLabels(classification);
		for (int i = 0; i < rows.size(); i++) {
			ClassRow row = rows.get(i);
			if (!keepEdited || !row.labelEdited) {
				row.label = defaults.get(i);
				row.labelEdited = false;
			}
		}
	}

	private void recolour() {
		List<Color> colours = PaletteColours.of(palette, rows.size(), inverted);
		for (int i = 0; i < rows.size(); i++) {
			rows.get(i).colour = colours.get(i);
		}
	}

	private void recount() {
		if (classification == null) {
			return;
		}
		for (ClassRow row : rows) {
			row.count = 0;
		}
		for (double value : values.values()) {
			int c = classification.classOf(value);
			if (c >= 0 && c < rows.size()) {
				rows.get(c).count++;
			}
		}
	}
}
