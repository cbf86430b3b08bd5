package nl.veerkracht.stad.ui.results;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.stad.Band;
import nl.veerkracht.stad.ComparisonResult;
import nl.veerkracht.stad.ScenarioOutcome;
import nl.veerkracht.stad.ui.StadsbalansWidgetKeys;

/**
 * The time chart: the balance figure chosen in the combo over the years, one line per scenario in its colour,
 * the P10–P90 band as thin dashed lines where the sensitivity gives one, and the slider's year marked.
 */
final class TimeChart {

	private final Composite composite;
	private final Combo choice;
	private final Chart chart;
	private final List<BalanceFigure> figures = BalanceFigure.all();
	private ComparisonResult comparison;
	private int year;

	/** @param parent where the chart goes */
	TimeChart(Composite parent) {
		composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(composite);
		Composite row = new Composite(composite, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		new Label(row, SWT.NONE).setText(ResultsMessages.Chart_figure);
		choice = WidgetKeys.set(new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN), StadsbalansWidgetKeys.FIGURE_CHOICE);
		choice.setItems(figures.stream().map(BalanceFigure::label).toArray(String[]::new));
		choice.setVisibleItemCount(figures.size());
		choice.select(figures.indexOf(new BalanceFigure(BalanceFigure.Kind.DISSIMILARITY, null)));
		choice.addListener(SWT.Selection, event -> draw());
		chart = WidgetKeys.set(new Chart(composite, SWT.NONE), StadsbalansWidgetKeys.TIME_CHART);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 200).applyTo(chart);
		ResultCharts.style(chart, () -> comparison == null ? Double.NaN : year);
		chart.getPlotArea().getControl().addListener(SWT.MouseMove, this::updateToolTip);
	}

	/** @return the chart's composite */
	Composite control() {
		return composite;
	}

	/**
	 * Shows a comparison.
	 *
	 * @param shown     the comparison
	 * @param shownYear the marked year
	 */
	void show(ComparisonResult shown, int shownYear) {
		comparison = shown;
		year = shownYear;
		draw();
	}

	/** @param marked the year to mark */
	void setYear(int marked) {
		year = marked;
		chart.redraw();
		chart.getPlotArea().getControl().redraw();
	}

	private BalanceFigure figure() {
		return figures.get(Math.max(0, choice.getSelectionIndex()));
	}

	private void draw() {
		if (comparison == null) {
			return;
		}
		BalanceFigure figure = figure();
		double scale = figure.isShare() ? 100 : 1;
		int first = comparison.startYear();
		int last = comparison.endYear();
		double[] years = ResultCharts.years(first, last);
		chart.suspendUpdate(true);
		try {
			ResultCharts.clear(chart);
			List<ScenarioOutcome> outcomes = comparison.outcomes();
			for (int s = 0; s < outcomes.size(); s++) {
				ScenarioOutcome outcome = outcomes.get(s);
				double[] values = new double[years.length];
				double[] p10 = new double[years.length];
				double[] p90 = new double[years.length];
				boolean banded = false;
				for (int i = 0; i < years.length; i++) {
					values[i] = scale * figure.value(outcome, first + i);
					Band band = figure.band(outcome, first + i);
					banded = band != null;
					p10[i] = band == null ? Double.NaN : scale * band.p10();
					p90[i] = band == null ? Double.NaN : scale * band.p90();
				}
				ResultCharts.scenarioLines(chart, s, outcome.scenario().name(), years, values, banded ? p10 : null,
						banded ? p90 : null);
			}
			chart.getAxisSet().getYAxis(0).getTitle().setText(figure.axisTitle());
			ResultCharts.ranges(chart, first, last, 0);
		} finally {
			chart.suspendUpdate(false);
		}
		chart.redraw();
	}

	private void updateToolTip(Event event) {
		if (comparison == null) {
			return;
		}
		int at = ResultCharts.yearAt(chart, event.x);
		if (at < comparison.startYear() || at > comparison.endYear()) {
			chart.getPlotArea().getControl().setToolTipText(null);
			return;
		}
		BalanceFigure figure = figure();
		List<String> lines = new ArrayList<>();
		for (ScenarioOutcome outcome : comparison.outcomes()) {
			String value = figure.cell(comparison, outcome, at);
			Band band = figure.band(outcome, at);
			if (band != null) {
				value = value + " [" + figure.formatBand(band) + "]"; //$NON-NLS-1$ //$NON-NLS-2$
			}
			lines.add(NLS.bind(ResultsMessages.Chart_tipLine, outcome.scenario().name(), value));
		}
		chart.getPlotArea().getControl().setToolTipText(NLS.bind(ResultsMessages.Chart_tip,
				figure.label() + " " + at, String.join("\n", lines))); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
