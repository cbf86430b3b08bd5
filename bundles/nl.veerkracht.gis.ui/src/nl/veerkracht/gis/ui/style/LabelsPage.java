package nl.veerkracht.gis.ui.style;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.FeatureSchema;
import nl.veerkracht.gis.core.style.LabelStyle;
import nl.veerkracht.gis.ui.WidgetKeys;

/**
 * The "Labels" tab: whether features are labelled, with which attribute, in what size and colour, with
 * or without a halo, and between which map scales.
 */
final class LabelsPage {

	private static final String DEFAULT_FONT = "SansSerif"; //$NON-NLS-1$

	private final Composite page;
	private final List<String> attributes;
	private final Button on;
	private final Combo attribute;
	private final Spinner size;
	private final ColourButton colour;
	private final Button halo;
	private final ColourButton haloColour;
	private final Text minScale;
	private final Text maxScale;
	private String fontFamily = DEFAULT_FONT;

	LabelsPage(Composite parent, FeatureSchema schema, Runnable changed) {
		attributes = schema.getAttributes().stream().map(AttributeDescriptor::name).toList();
		page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		on = new Button(page, SWT.CHECK);
		on.setText(StyleMessages.Labels_on);
		WidgetKeys.set(on, StyleKeys.LABELS_ON);
		GridDataFactory.swtDefaults().span(3, 1).applyTo(on);

		new Label(page, SWT.NONE).setText(StyleMessages.Labels_attribute);
		attribute = new Combo(page, SWT.READ_ONLY);
		WidgetKeys.set(attribute, StyleKeys.LABELS_ATTRIBUTE);
		attribute.setItems(attributes.toArray(String[]::new));
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(attribute);

		new Label(page, SWT.NONE).setText(StyleMessages.Labels_size);
		size = new Spinner(page, SWT.BORDER);
		size.setValues(9, 5, 48, 0, 1, 2);
		WidgetKeys.set(size, StyleKeys.LABELS_SIZE);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(size);

		new Label(page, SWT.NONE).setText(StyleMessages.Labels_colour);
		colour = new ColourButton(page, StyleKeys.LABELS_COLOUR, StyleMessages.Labels_colour, changed);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(colour.button());

		halo = new Button(page, SWT.CHECK);
		halo.setText(StyleMessages.Labels_halo);
		WidgetKeys.set(halo, StyleKeys.LABELS_HALO);
		haloColour = new ColourButton(page, StyleKeys.LABELS_HALO_COLOUR, StyleMessages.Labels_haloColour, changed);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(haloColour.button());

		new Label(page, SWT.NONE).setText(StyleMessages.Labels_minScale);
		minScale = scaleField(StyleKeys.LABELS_MIN_SCALE, changed);
		new Label(page, SWT.NONE).setText(StyleMessages.Labels_maxScale);
		maxScale = scaleField(StyleKeys.LABELS_MAX_SCALE, changed);
		Label hint = new Label(page, SWT.WRAP);
		hint.setText(StyleMessages.Labels_scaleHint);
		GridDataFactory.fillDefaults().span(3, 1).hint(420, SWT.DEFAULT).applyTo(hint);

		on.addListener(SWT.Selection, e -> {
			updateEnablement();
			changed.run();
		});
		halo.addListener(SWT.Selection, e -> {
			updateEnablement();
			changed.run();
		});
		attribute.addListener(SWT.Selection, e -> changed.run());
		size.addListener(SWT.Modify, e -> changed.run());
	}

	private Text scaleField(String key, Runnable changed) {
		new Label(page, SWT.NONE).setText("1 :"); //$NON-NLS-1$
		Text field = new Text(page, SWT.BORDER | SWT.RIGHT);
		field.setMessage(StyleMessages.Labels_noLimit);
		WidgetKeys.set(field, key);
		GridDataFactory.swtDefaults().hint(120, SWT.DEFAULT).applyTo(field);
		field.addListener(SWT.Modify, e -> changed.run());
		return field;
	}

	Composite control() {
		return page;
	}

	/** @param labels the labels to show, or {@code null} for none */
	void load(LabelStyle labels) {
		LabelStyle shown = labels != null ? labels : LabelStyle.of(attributes.isEmpty() ? "" : attributes.get(0)); //$NON-NLS-1$
		on.setSelection(labels != null);
		attribute.select(Math.max(0, attributes.indexOf(shown.attribute())));
		size.setSelection(Math.round(shown.fontSize()));
		colour.setColour(shown.colour());
		halo.setSelection(shown.halo() != null);
		haloColour.setColour(shown.halo() != null ? shown.halo() : Color.WHITE);
		minScale.setText(shown.minScaleDenominator() > 0 ? format(shown.minScaleDenominator()) : ""); //$NON-NLS-1$
		maxScale.setText(Double.isInfinite(shown.maxScaleDenominator()) ? "" : format(shown.maxScaleDenominator())); //$NON-NLS-1$
		fontFamily = shown.fontFamily();
		updateEnablement();
	}

	/** @return why the labels cannot be built, or {@code null} */
	String problem() {
		if (!on.getSelection()) {
			return null;
		}
		if (attributes.isEmpty()) {
			return StyleMessages.Labels_noAttribute;
		}
		double min = scale(minScale, 0);
		double max = scale(maxScale, Double.POSITIVE_INFINITY);
		if (Double.isNaN(min) || Double.isNaN(max)) {
			return StyleMessages.Labels_scaleNotANumber;
		}
		return min <= max ? null : StyleMessages.Labels_scaleOrder;
	}

	/** @return the label settings, or {@code null} when labels are off; call only without a {@link #problem()} */
	LabelStyle labels() {
		if (!on.getSelection()) {
			return null;
		}
		return new LabelStyle(attribute.getText(), fontFamily, size.getSelection(), colour.colour(),
				halo.getSelection() ? haloColour.colour() : null, scale(minScale, 0),
				scale(maxScale, Double.POSITIVE_INFINITY));
	}

	private static double scale(Text field, double none) {
		String text = field.getText().strip();
		if (text.isEmpty()) {
			return none;
		}
		double value = ClassTable.parse(text);
		return value >= 0 ? value : Double.NaN;
	}

	private static String format(double value) {
		return NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-NL")).format(value); //$NON-NLS-1$
	}

	private void updateEnablement() {
		boolean enabled = on.getSelection();
		attribute.setEnabled(enabled);
		size.setEnabled(enabled);
		colour.setEnabled(enabled);
		halo.setEnabled(enabled);
		haloColour.setEnabled(enabled && halo.getSelection());
		minScale.setEnabled(enabled);
		maxScale.setEnabled(enabled);
	}
}
