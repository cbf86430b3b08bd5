package nl.veerkracht.gis.ui.style;

import java.awt.Color;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;

import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.ui.WidgetKeys;

/**
 * The symbol settings shared by all kinds of style: fill colour (for a single symbol; classes and
 * categories have their own), outline colour and width, fill opacity and point size.
 */
final class SymbolPart {

	private static final Color DEFAULT_OUTLINE = new Color(0x44, 0x44, 0x44);

	private final Group group;
	private final ColourButton fill;
	private final Button noFill;
	private final Label fillNote;
	private final ColourButton stroke;
	private final Spinner strokeWidth;
	private final Spinner fillOpacity;
	private final Spinner pointSize;
	private boolean fillFromClasses;

	SymbolPart(Composite parent, Runnable changed) {
		group = new Group(parent, SWT.NONE);
		group.setText(StyleMessages.Symbol_group);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(group);

		label(StyleMessages.Symbol_fill);
		fill = new ColourButton(group, StyleKeys.FILL_COLOUR, StyleMessages.Symbol_fillTooltip, changed);
		noFill = new Button(group, SWT.CHECK);
		noFill.setText(StyleMessages.Symbol_noFill);
		WidgetKeys.set(noFill, StyleKeys.NO_FILL);
		noFill.addListener(SWT.Selection, e -> {
			updateEnablement();
			changed.run();
		});
		fillNote = new Label(group, SWT.NONE);
		fillNote.setText(StyleMessages.Symbol_fillPerClass);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(fillNote);

		label(StyleMessages.Symbol_stroke);
		stroke = new ColourButton(group, StyleKeys.STROKE_COLOUR, StyleMessages.Symbol_strokeTooltip, changed);
		label(StyleMessages.Symbol_strokeWidth);
		strokeWidth = spinner(StyleKeys.STROKE_WIDTH, 0, 100, 1, changed);

		label(StyleMessages.Symbol_fillOpacity);
		fillOpacity = spinner(StyleKeys.FILL_OPACITY, 0, 100, 0, changed);
		label(StyleMessages.Symbol_pointSize);
		pointSize = spinner(StyleKeys.POINT_SIZE, 1, 60, 0, changed);
	}

	private void label(String text) {
		new Label(group, SWT.NONE).setText(text);
	}

	private Spinner spinner(String key, int min, int max, int digits, Runnable changed) {
		Spinner spinner = new Spinner(group, SWT.BORDER);
		spinner.setDigits(digits);
		spinner.setMinimum(min);
		spinner.setMaximum(max);
		WidgetKeys.set(spinner, key);
		spinner.addListener(SWT.Modify, e -> changed.run());
		return spinner;
	}

	Group control() {
		return group;
	}

	/** @param symbol the symbol to show */
	void load(SimpleStyle symbol) {
		fill.setColour(symbol.fill());
		noFill.setSelection(symbol.fill() == null);
		stroke.setColour(symbol.stroke() != null ? symbol.stroke() : DEFAULT_OUTLINE);
		strokeWidth.setSelection(symbol.stroke() == null ? 0 : Math.round(symbol.strokeWidth() * 10));
		fillOpacity.setSelection((int) Math.round(symbol.opacity() * 100));
		pointSize.setSelection((int) Math.round(symbol.pointSize()));
		updateEnablement();
	}

	/**
	 * Tells whether the fill comes from classes or categories, which disables the fill colour here.
	 *
	 * @param fromClasses {@code true} for classified styles
	 */
	void setFillFromClasses(boolean fromClasses) {
		fillFromClasses = fromClasses;
		updateEnablement();
	}

	/** @return the symbol as set, with the fill colour of the single symbol (or none) */
	SimpleStyle symbol() {
		float width = strokeWidth.getSelection() / 10f;
		return new SimpleStyle(noFill.getSelection() ? null : fill.colour(), width > 0 ? stroke.colour() : null, width,
				fillOpacity.getSelection() / 100.0, pointSize.getSelection());
	}

	/** @return the symbol as set, with a fill (classes and categories replace it) */
	SimpleStyle base() {
		SimpleStyle symbol = symbol();
		return symbol.fill() == null ? symbol.withFill(fill.colour()) : symbol;
	}

	private void updateEnablement() {
		fill.setEnabled(!fillFromClasses && !noFill.getSelection());
		noFill.setEnabled(!fillFromClasses);
		fillNote.setVisible(fillFromClasses);
	}
}
