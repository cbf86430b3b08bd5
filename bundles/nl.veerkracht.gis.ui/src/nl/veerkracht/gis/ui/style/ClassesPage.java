package nl.veerkracht.gis.ui.style;

import java.awt.Color;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Spinner;

import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.AttributeType;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.render.decor.SwatchShape;
import nl.veerkracht.gis.core.style.GraduatedStyle;
import nl.veerkracht.gis.core.style.LabelStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.classify.ClassificationMethod;
import nl.veerkracht.gis.core.style.classify.Classifier;
import nl.veerkracht.gis.core.style.classify.ColorBrewerPalette;
import nl.veerkracht.gis.ui.WidgetKeys;

/**
 * The "Klassen" page: a graduated style of a numeric attribute. Changing the attribute, method or number
 * of classes computes the classes again in a {@link ClassifyJob}; the palette recolours them; for manual
 * classes the upper bounds are edited in the table.
 */
final class ClassesPage {

	private static final int DEFAULT_CLASSES = 5;

	private final Composite page;
	private final FeatureCollection features;
	private final List<String> attributes;
	private final GraduatedDraft draft = new GraduatedDraft();
	private final Runnable changed;
	private final Combo attribute;
	private final Combo method;
	private final Spinner count;
	private final PaletteList palettes;
	private final Button invert;
	private final ClassTable table;
	private final Histogram histogram;
	private final Label status;
	private final ProgressBar progress;
	private ClassifyJob running;

	ClassesPage(Composite parent, FeatureCollection features, Supplier<SimpleStyle> base, SwatchShape shape,
			Runnable changed) {
		this.features = features;
		this.changed = changed;
		this.attributes = features.getSchema().getAttributes().stream()
				.filter(a -> a.type() == AttributeType.INTEGER || a.type() == AttributeType.REAL)
				.map(AttributeDescriptor::name).toList();
		page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(page);

		Composite settings = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(settings);
		GridDataFactory.fillDefaults().grab(false, true).applyTo(settings);
		new Label(settings, SWT.NONE).setText(StyleMessages.Classes_attribute);
		attribute = new Combo(settings, SWT.READ_ONLY);
		WidgetKeys.set(attribute, StyleKeys.CLASS_ATTRIBUTE);
		attribute.setItems(attributes.toArray(String[]::new));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(attribute);
		new Label(settings, SWT.NONE).setText(StyleMessages.Classes_method);
		method = new Combo(settings, SWT.READ_ONLY);
		WidgetKeys.set(method, StyleKeys.CLASS_METHOD);
		for (ClassificationMethod m : ClassificationMethod.values()) {
			method.add(name(m));
		}
		GridDataFactory.fillDefaults().grab(true, false).applyTo(method);
		new Label(settings, SWT.NONE).setText(StyleMessages.Classes_count);
		count = new Spinner(settings, SWT.BORDER);
		WidgetKeys.set(count, StyleKeys.CLASS_COUNT);
		count.setValues(DEFAULT_CLASSES, 2, ColorBrewerPalette.YL_OR_RD.maxClasses(), 0, 1, 1);
		Button classify = new Button(settings, SWT.PUSH);
		classify.setText(StyleMessages.Classes_classify);
		WidgetKeys.set(classify, StyleKeys.CLASS_CLASSIFY);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(classify);
		Label paletteLabel = new Label(settings, SWT.NONE);
		paletteLabel.setText(StyleMessages.Classes_palette);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(paletteLabel);
		palettes = new PaletteList(settings, StyleKeys.CLASS_PALETTE, List.of(ColorBrewerPalette.values()),
				this::paletteChosen);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(370, 150).applyTo(palettes.control());
		invert = new Button(settings, SWT.CHECK);
		invert.setText(StyleMessages.Classes_invert);
		WidgetKeys.set(invert, StyleKeys.CLASS_INVERT);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(invert);

		Composite result = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(result);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(result);
		table = new ClassTable(result, draft, base, shape, changed);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(450, 170).applyTo(table.control());
		histogram = new Histogram(result);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(450, 90).applyTo(histogram.control());
		status = new Label(result, SWT.WRAP);
		WidgetKeys.set(status, StyleKeys.CLASS_STATUS);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(status);
		progress = new ProgressBar(result, SWT.INDETERMINATE);
		WidgetKeys.set(progress, StyleKeys.CLASS_PROGRESS);
		GridDataFactory.swtDefaults().hint(80, SWT.DEFAULT).applyTo(progress);
		progress.setVisible(false);

		attribute.addListener(SWT.Selection, e -> attributeChosen());
		method.addListener(SWT.Selection, e -> methodChosen());
		count.addListener(SWT.Selection, e -> countChosen());
		classify.addListener(SWT.Selection, e -> reclassify());
		invert.addListener(SWT.Selection, e -> paletteChosen());
		page.addListener(SWT.Dispose, e -> cancelRunning());
	}

	Composite control() {
		return page;
	}

	/**
	 * Shows a graduated style, or sets up a first classification of the first numeric attribute.
	 *
	 * @param style the layer's style if it is graduated, else {@code null}
	 */
	void load(GraduatedStyle style) {
		method.select(ClassificationMethod.NATURAL_BREAKS.ordinal());
		palettes.select(ColorBrewerPalette.YL_OR_RD);
		if (style != null && attributes.contains(style.attribute())) {
			attribute.select(attributes.indexOf(style.attribute()));
			draft.setValues(NumericValues.of(features, style.attribute()));
			draft.load(style);
			method.select(style.classification().method().ordinal());
			palettes.select(draft.palette());
			invert.setSelection(draft.inverted());
			count.setMaximum(Math.max(draft.palette().maxClasses(), style.classification().classCount()));
			count.setSelection(Math.max(2, style.classification().classCount()));
			palettes.setClassCount(count.getSelection());
			showResult(0);
		} else if (!attributes.isEmpty()) {
			attribute.select(0);
			draft.setValues(NumericValues.of(features, attributes.get(0)));
		}
		table.setBoundsEditable(selectedMethod() == ClassificationMethod.MANUAL);
	}

	/** Computes the first classes when the page is shown without any. */
	void activate() {
		if (draft.classification() == null && running == null && !attributes.isEmpty()) {
			reclassify();
		}
	}

	/** @return why the style cannot be built now, or {@code null} */
	String problem() {
		if (attributes.isEmpty()) {
			return StyleMessages.Classes_noNumericAttribute;
		}
		if (running != null) {
			return StyleMessages.Classes_busy;
		}
		if (draft.classification() == null || draft.classification().classCount() == 0) {
			return NLS.bind(StyleMessages.Classes_noValues, attribute.getText());
		}
		return table.problem();
	}

	/** @return whether classes are being computed */
	boolean busy() {
		return running != null;
	}

	/**
	 * Builds the style.
	 *
	 * @param base the symbol whose fill each class replaces
	 * @param labels the label settings, or {@code null}
	 * @return the graduated style
	 */
	GraduatedStyle build(SimpleStyle base, LabelStyle labels) {
		return draft.build(attribute.getText(), base, labels);
	}

	/** Shows the class swatches again, e.g. after the outline changed. */
	void refreshSwatches() {
		if (draft.classification() != null) {
			table.refresh();
		}
	}

	private void attributeChosen() {
		draft.setValues(NumericValues.of(features, attribute.getText()));
		reclassify();
	}

	private void methodChosen() {
		boolean manual = selectedMethod() == ClassificationMethod.MANUAL;
		table.setBoundsEditable(manual);
		if (manual && draft.classification() != null && draft.classification().classCount() > 0) {
			draft.classify(Classifier.manual(draft.classification().breaks()));
			showResult(0);
		} else {
			reclassify();
		}
	}

	private void countChosen() {
		palettes.setClassCount(count.getSelection());
		reclassify();
	}

	private void paletteChosen() {
		ColorBrewerPalette palette = palettes.selection();
		count.setMaximum(palette.maxClasses());
		palettes.setClassCount(count.getSelection());
		draft.setPalette(palette, invert.getSelection());
		if (draft.classification() != null) {
			showResult(0);
		}
		if (count.getSelection() != draft.rows().size() && draft.classification() != null) {
			reclassify();
		}
		changed.run();
	}

	/** Computes the classes for the chosen attribute, method and count; manual classes start equal. */
	private void reclassify() {
		if (attributes.isEmpty() || attribute.getSelectionIndex() < 0) {
			return;
		}
		cancelRunning();
		ClassificationMethod chosen = selectedMethod();
		ClassificationMethod computed = chosen == ClassificationMethod.MANUAL ? ClassificationMethod.EQUAL_INTERVAL
				: chosen;
		ClassifyJob job = new ClassifyJob(draft.values(), computed, count.getSelection(), page.getDisplay(),
				(finished, result) -> classified(finished, result, chosen));
		running = job;
		progress.setVisible(true);
		status.setText(StyleMessages.Classes_busy);
		changed.run();
		running.schedule();
	}

	private void classified(ClassifyJob finished, ClassifyJob.Result result, ClassificationMethod chosen) {
		if (page.isDisposed() || finished != running) {
			return;
		}
		running = null;
		progress.setVisible(false);
		draft.setPalette(palettes.selection(), invert.getSelection());
		draft.classify(chosen == ClassificationMethod.MANUAL && result.classification().classCount() > 0
				? Classifier.manual(result.classification().breaks())
				: result.classification());
		showResult(result.sampled());
		changed.run();
	}

	private void showResult(int sampled) {
		table.refresh();
		List<Color> colours = draft.rows().stream().map(GraduatedDraft.ClassRow::colour).toList();
		double[] sorted = draft.sortedValues();
		histogram.show(sorted, draft.classification(), colours);
		String text = NLS.bind(StyleMessages.Classes_summary,
				new Object[] { sorted.length, draft.rows().size(), draft.values().noData() });
		if (sampled > 0) {
			text += " " + NLS.bind(StyleMessages.Classes_sampled, sampled, sorted.length); //$NON-NLS-1$
		}
		status.setText(text);
		status.getParent().layout();
	}

	private void cancelRunning() {
		if (running != null) {
			running.cancel();
			running = null;
		}
	}

	private ClassificationMethod selectedMethod() {
		int index = method.getSelectionIndex();
		return index < 0 ? ClassificationMethod.NATURAL_BREAKS : ClassificationMethod.values()[index];
	}

	/**
	 * Returns the name of a method for analysts.
	 *
	 * @param m the method
	 * @return its Dutch name
	 */
	static String name(ClassificationMethod m) {
		return switch (m) {
			case EQUAL_INTERVAL -> StyleMessages.Method_equalInterval;
			case QUANTILE -> StyleMessages.Method_quantile;
			case NATURAL_BREAKS -> StyleMessages.Method_naturalBreaks;
			case STANDARD_DEVIATION -> StyleMessages.Method_standardDeviation;
			case MANUAL -> StyleMessages.Method_manual;
		};
	}
}
