package nl.veerkracht.stad.ui.results;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;

import nl.veerkracht.gis.core.format.DutchNumbers;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.stad.Band;
import nl.veerkracht.stad.BuurtYear;
import nl.veerkracht.stad.ComparisonResult;
import nl.veerkracht.stad.ScenarioOutcome;
import nl.veerkracht.stad.ui.StadsbalansWidgetKeys;

/**
 * The trajectory of the selected buurt: its vulnerable share in every scenario over the years, one line per
 * scenario with the P10–P90 band as thin dashed lines, the slider's year marked, and along the top of the plot
 * a strip per scenario with the buurt's class in each year (in the order of the legend). The tooltip gives the
 * figures of the year under the pointer.
 */
final class TrajectoryChart {

	private static final int STRIP = 7;

	private final Composite composite;
	private final Label header;
	private final Combo measureChoice;
	private TrajectoryMeasure measure = TrajectoryMeasure.VULNERABLE_SHARE;
	private final Chart chart;
	private final org.eclipse.swt.graphics.Color outline = new org.eclipse.swt.graphics.Color(0xA0, 0xA0, 0xA0);
	private ComparisonResult comparison;
	private String code;
	private int year;

	/** @param parent where the chart goes */
	TrajectoryChart(Composite parent) {
		composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(composite);
		header = new Label(composite, SWT.WRAP);
		header.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
		header.setText(ResultsMessages.Trajectory_choose);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(header);
		measureChoice = WidgetKeys.set(new Combo(composite, SWT.READ_ONLY), StadsbalansWidgetKeys.TRAJECTORY_MEASURE);
		for (TrajectoryMeasure each : TrajectoryMeasure.values()) {
			measureChoice.add(each.label());
		}
		measureChoice.select(0);
		chart = WidgetKeys.set(new Chart(composite, SWT.NONE), StadsbalansWidgetKeys.TRAJECTORY_CHART);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 200).applyTo(chart);
		ResultCharts.style(chart, () -> code == null ? Double.NaN : year);
		chart.getAxisSet().getYAxis(0).getTitle().setText(ResultsMessages.Trajectory_axis);
		chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
			@Override
			public void paintControl(PaintEvent event) {
				paintClasses(event.gc);
			}

			@Override
			public boolean drawBehindSeries() {
				return false;
			}
		});
		chart.getPlotArea().getControl().addListener(SWT.MouseMove, this::updateToolTip);
		measureChoice.addListener(SWT.Selection, event -> {
			measure = TrajectoryMeasure.values()[measureChoice.getSelectionIndex()];
			chart.getAxisSet().getYAxis(0).getTitle().setText(measure.axis());
			if (code != null) {
				showBuurt(code);
			}
		});
	}

	/** @return the chart's composite */
	Composite control() {
		return composite;
	}

	/** @return the chart */
	Chart chart() {
		return chart;
	}

	/**
	 * Shows a comparison with no buurt chosen.
	 *
	 * @param shown     the comparison
	 * @param shownYear the marked year
	 */
	void show(ComparisonResult shown, int shownYear) {
		comparison = shown;
		year = shownYear;
		code = null;
		header.setText(ResultsMessages.Trajectory_choose);
		chart.suspendUpdate(true);
		ResultCharts.clear(chart);
		chart.suspendUpdate(false);
		composite.layout(true, true);
		chart.redraw();
	}

	/** @param marked the year to mark */
	void setYear(int marked) {
		year = marked;
		chart.getPlotArea().getControl().redraw();
	}

	/**
	 * Draws the trajectory of a buurt.
	 *
	 * @param buurtCode a buurt of the comparison
	 */
	void showBuurt(String buurtCode) {
		if (comparison == null || comparison.input().indexOf(buurtCode) < 0) {
			return;
		}
		code = buurtCode;
		header.setText(NLS.bind(ResultsMessages.Trajectory_header, comparison.buurtName(buurtCode), measure.label()));
		int first = comparison.startYear();
		int last = comparison.endYear();
		double[] years = ResultCharts.years(first, last);
		chart.suspendUpdate(true);
		try {
			ResultCharts.clear(chart);
			List<ScenarioOutcome> outcomes = comparison.outcomes();
			for (int s = 0; s < outcomes.size(); s++) {
				ScenarioOutcome outcome = outcomes.get(s);
				List<BuurtYear> trajectory = outcome.central().trajectory(buurtCode);
				double[] values = new double[years.length];
				double[] p10 = new double[years.length];
				double[] p90 = new double[years.length];
				for (int i = 0; i < years.length; i++) {
					values[i] = measure.value(trajectory.get(i));
					Band band = measure.band(outcome.sensitivity(), buurtCode, first + i);
					p10[i] = band.p10();
					p90[i] = band.p90();
				}
				ResultCharts.scenarioLines(chart, s, outcome.scenario().name(), years, values, p10, p90);
			}
			// room above the lines for the class strips
			ResultCharts.ranges(chart, first, last, 0.08 * outcomes.size() + 0.05);
		} finally {
			chart.suspendUpdate(false);
		}
		composite.layout(true, true);
		chart.redraw();
	}

	/** @return the buurt shown, or null */
	String buurt() {
		return code;
	}

	private void paintClasses(GC gc) {
		if (code == null) {
			return;
		}
		IAxis years = chart.getAxisSet().getXAxis(0);
		int first = comparison.startYear();
		int last = comparison.endYear();
		int step = Math.max(3, years.getPixelCoordinate(first + 1) - years.getPixelCoordinate(first));
		int width = Math.max(2, step - 2);
		List<ScenarioOutcome> outcomes = comparison.outcomes();
		for (int s = 0; s < outcomes.size(); s++) {
			List<BuurtYear> trajectory = outcomes.get(s).central().trajectory(code);
			int y = 3 + s * (STRIP + 2);
			gc.setBackground(ResultColours.scenario(s));
			gc.fillRectangle(years.getPixelCoordinate(first) - step / 2 - 6, y, 4, STRIP);
			for (int i = 0; i <= last - first; i++) {
				int x = years.getPixelCoordinate(first + i) - width / 2;
				gc.setBackground(ResultColours.klasseColour(trajectory.get(i).klasse()));
				gc.fillRectangle(x, y, width, STRIP);
				gc.setForeground(outline);
				gc.drawRectangle(x, y, width - 1, STRIP - 1);
			}
		}
	}

	private void updateToolTip(Event event) {
		if (code == null) {
			chart.getPlotArea().getControl().setToolTipText(null);
			return;
		}
		int at = ResultCharts.yearAt(chart, event.x);
		if (at < comparison.startYear() || at > comparison.endYear()) {
			chart.getPlotArea().getControl().setToolTipText(null);
			return;
		}
		List<String> lines = new ArrayList<>();
		for (ScenarioOutcome outcome : comparison.outcomes()) {
			BuurtYear state = outcome.central().buurt(code, at);
			Band band = measure.band(outcome.sensitivity(), code, at);
			lines.add(NLS.bind(ResultsMessages.Trajectory_tipLine, new Object[] { outcome.scenario().name(),
					measure.format(measure.value(state)), state.klasse().label(), measure.format(band.p10()),
					measure.format(band.p90()) }));
		}
		chart.getPlotArea().getControl().setToolTipText(NLS.bind(ResultsMessages.Chart_tip,
				comparison.buurtName(code) + " " + at, String.join("\n", lines))); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
