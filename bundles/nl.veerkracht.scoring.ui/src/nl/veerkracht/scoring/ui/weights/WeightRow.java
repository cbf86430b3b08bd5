package nl.veerkracht.scoring.ui.weights;


import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Spinner;

import nl.veerkracht.gis.core.format.DutchNumbers;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.scoring.engine.IndicatorSpec;

/**
 * One indicator in the Gewichten view: its label, unit and direction, then a slider and a spinner for its
 * weight (0–5 in steps of 0.1, kept in step with each other), its share of its group's weight and a button
 * that sets it back to its default. Lays itself out in a four-column grid.
 */
final class WeightRow {

	/** Told when the user changes a weight. */
	@FunctionalInterface
	interface Listener {

		/**
		 * @param id     the indicator id
		 * @param weight the weight the user chose
		 */
		void weightChosen(String id, double weight);
	}

	private static final int TENTHS = 10;

	private final IndicatorSpec spec;
	private final Scale slider;
	private final Spinner spinner;
	private final Label share;
	private boolean updating;

	/**
	 * @param grid       the four-column grid
	 * @param spec       the indicator
	 * @param resetImage the reset button's icon
	 * @param listener   told of the user's changes
	 */
	WeightRow(Composite grid, IndicatorSpec spec, Image resetImage, Listener listener) {
		this.spec = spec;
		describe(grid, spec, WeightsMessages.bind(WeightsMessages.Row_meta, spec.unit(), direction(spec)));

		slider = WidgetKeys.set(new Scale(grid, SWT.HORIZONTAL), WeightsWidgetKeys.slider(spec.id()));
		slider.setMinimum(0);
		slider.setMaximum((int) Math.round(WeightsDraft.MAXIMUM * TENTHS));
		slider.setIncrement(1);
		slider.setPageIncrement(5);
		slider.setToolTipText(WeightsMessages.bind(WeightsMessages.Row_sliderTip, spec.label()));
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(120, SWT.DEFAULT).applyTo(slider);
		slider.addListener(SWT.Selection, e -> chosen(listener, slider.getSelection()));

		spinner = WidgetKeys.set(new Spinner(grid, SWT.BORDER), WeightsWidgetKeys.spinner(spec.id()));
		spinner.setValues(0, 0, (int) Math.round(WeightsDraft.MAXIMUM * TENTHS), 1, 1, 5);
		spinner.setToolTipText(slider.getToolTipText());
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).applyTo(spinner);
		spinner.addListener(SWT.Selection, e -> chosen(listener, spinner.getSelection()));
		spinner.addListener(SWT.Modify, e -> chosen(listener, spinner.getSelection()));

		share = WidgetKeys.set(new Label(grid, SWT.RIGHT), WeightsWidgetKeys.share(spec.id()));
		share.setToolTipText(WeightsMessages.Row_shareTip);
		share.setText("100 %"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).hint(share.computeSize(SWT.DEFAULT, SWT.DEFAULT).x, SWT.DEFAULT)
				.applyTo(share);

		Button reset = WidgetKeys.set(new Button(grid, SWT.PUSH), WeightsWidgetKeys.reset(spec.id()));
		reset.setImage(resetImage);
		reset.setToolTipText(WeightsMessages.bind(WeightsMessages.Row_resetTip, format(spec.defaultWeight())));
		reset.addListener(SWT.Selection, e -> listener.weightChosen(spec.id(), spec.defaultWeight()));
	}

	/**
	 * Puts an indicator's label and, below it in grey, its description across the grid.
	 *
	 * @param grid the four-column grid
	 * @param spec the indicator
	 * @param meta the unit, direction and anything else to say
	 */
	static void describe(Composite grid, IndicatorSpec spec, String meta) {
		Label label = new Label(grid, SWT.WRAP);
		label.setText(spec.label().replace("&", "&&")); //$NON-NLS-1$ //$NON-NLS-2$
		label.setToolTipText(spec.id());
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).indent(0, 6).hint(200, SWT.DEFAULT).applyTo(label);
		Label details = new Label(grid, SWT.WRAP);
		details.setText(meta);
		details.setForeground(grid.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(details);
	}

	static String direction(IndicatorSpec spec) {
		return switch (spec.direction()) {
		case HIGHER_IS_MORE_VULNERABLE -> WeightsMessages.Row_higherIsMoreVulnerable;
		case HIGHER_IS_MORE_RESILIENT -> WeightsMessages.Row_higherIsMoreResilient;
		};
	}

	private void chosen(Listener listener, int tenths) {
		if (!updating) {
			listener.weightChosen(spec.id(), tenths / (double) TENTHS);
		}
	}

	/**
	 * Shows a weight and its share, without telling the listener.
	 *
	 * @param weight the weight
	 * @param part   its share of its group's weight, 0–1
	 */
	void show(double weight, double part) {
		updating = true;
		try {
			int tenths = (int) Math.round(Math.min(weight, WeightsDraft.MAXIMUM) * TENTHS);
			if (slider.getSelection() != tenths) {
				slider.setSelection(tenths);
			}
			if (spinner.getSelection() != tenths) {
				spinner.setSelection(tenths);
			}
		} finally {
			updating = false;
		}
		share.setText(DutchNumbers.percent(part));
	}

	/** @return the indicator */
	IndicatorSpec spec() {
		return spec;
	}

	static String format(double weight) {
		return DutchNumbers.decimal(weight, 1);
	}
}
