package nl.veerkracht.stad.ui.results;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

import nl.veerkracht.gis.core.format.DutchNumbers;
import nl.veerkracht.scoring.ui.profile.ChartStyle;

/**
 * What the two charts of the result side share: the workbench look ({@link ChartStyle}), a year axis with one
 * tick per year, the lines of a scenario with its band, value ranges taken from the lines, and the marker of
 * the slider's year.
 */
final class ResultCharts {

	private static final double YEAR_MARGIN = 0.3;

	private ResultCharts() {
	}

	/**
	 * Styles a chart and gives it a year axis and the marker of a year.
	 *
	 * @param chart  a chart with its default axes
	 * @param marker the year to mark, read at every paint (NaN for none)
	 */
	static void style(Chart chart, java.util.function.DoubleSupplier marker) {
		ChartStyle.apply(chart);
		IAxis years = chart.getAxisSet().getXAxis(0);
		years.getTitle().setText(ResultsMessages.Chart_year);
		years.getTick().setFormat(new DecimalFormat("0", DecimalFormatSymbols.getInstance(DutchNumbers.DUTCH))); //$NON-NLS-1$
		years.getGrid().setVisible(false);
		Color markerColour = new Color(0xB0, 0xB0, 0xB0);
		chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
			@Override
			public void paintControl(PaintEvent event) {
				double year = marker.getAsDouble();
				if (Double.isNaN(year)) {
					return;
				}
				GC gc = event.gc;
				int x = years.getPixelCoordinate(year);
				Point size = chart.getPlotArea().getSize();
				gc.setForeground(markerColour);
				gc.setLineWidth(3);
				gc.setLineStyle(SWT.LINE_SOLID);
				gc.drawLine(x, 0, x, size.y);
				gc.setLineWidth(1);
			}

			@Override
			public boolean drawBehindSeries() {
				return true;
			}
		});
		chart.getPlotArea().getControl().addListener(SWT.Resize, event -> fitYearTicks(chart));
	}

	/** Removes every series. */
	static void clear(Chart chart) {
		for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(series.getId());
		}
	}

	/**
	 * Adds one line.
	 *
	 * @param chart    the chart
	 * @param id       the series id
	 * @param label    the legend text
	 * @param years    the x values
	 * @param values   the y values
	 * @param colour   the line colour
	 * @param dashed   whether the line is a dashed band line (thin, no symbols)
	 * @param inLegend whether the legend lists it
	 * @return the series
	 */
	static ILineSeries<?> line(Chart chart, String id, String label, double[] years, double[] values, Color colour,
			boolean dashed, boolean inLegend) {
		ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
		series.setXSeries(years);
		series.setYSeries(values);
		series.setDescription(label);
		series.setLineColor(colour);
		series.setLineStyle(dashed ? LineStyle.DASH : LineStyle.SOLID);
		series.setLineWidth(dashed ? 1 : 2);
		series.setSymbolType(dashed ? PlotSymbolType.NONE : PlotSymbolType.CIRCLE);
		series.setSymbolColor(colour);
		series.setSymbolSize(3);
		series.setAntialias(SWT.ON);
		series.setVisibleInLegend(inLegend);
		return series;
	}

	/**
	 * @param first the first year
	 * @param last  the last year
	 * @return the years from first to last, as x values
	 */
	static double[] years(int first, int last) {
		double[] years = new double[last - first + 1];
		for (int i = 0; i < years.length; i++) {
			years[i] = first + i;
		}
		return years;
	}

	/**
	 * Adds the lines of one scenario: its band as two dashed lines (the legend names the lower one as the band)
	 * when it has one, and its central line.
	 *
	 * @param chart    the chart
	 * @param scenario the scenario's position in the comparison, for its id and colour
	 * @param name     its name
	 * @param years    the x values
	 * @param central  the central values
	 * @param p10      the lower band values, or null without a band
	 * @param p90      the upper band values, or null without a band
	 */
	static void scenarioLines(Chart chart, int scenario, String name, double[] years, double[] central, double[] p10,
			double[] p90) {
		Color colour = ResultColours.scenario(scenario);
		if (p10 != null) {
			line(chart, "p10." + scenario, NLS.bind(ResultsMessages.Chart_band, name), years, p10, colour, true, true); //$NON-NLS-1$
			line(chart, "p90." + scenario, name, years, p90, colour, true, false); //$NON-NLS-1$
		}
		line(chart, "central." + scenario, name, years, central, colour, false, true); //$NON-NLS-1$
	}

	/**
	 * Sets the ranges: the years with a margin, the values of all lines from their smallest to their largest with
	 * a margin (so that differences between scenarios show; never below zero for figures that are not negative);
	 * a flat line gets a range around it.
	 *
	 * @param chart the chart with its lines
	 * @param first the first year
	 * @param last  the last year
	 * @param top   extra room above the largest value, as a fraction of the value range (e.g. for a strip)
	 */
	static void ranges(Chart chart, int first, int last, double top) {
		chart.getAxisSet().getXAxis(0).setRange(new Range(first - YEAR_MARGIN, last + YEAR_MARGIN));
		double low = Double.POSITIVE_INFINITY;
		double high = Double.NEGATIVE_INFINITY;
		for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
			for (double value : series.getYSeries()) {
				if (Double.isFinite(value)) {
					low = Math.min(low, value);
					high = Math.max(high, value);
				}
			}
		}
		if (!Double.isFinite(low) || !Double.isFinite(high)) {
			low = 0;
			high = 1;
		}
		double span = high - low;
		if (span <= 1e-9) {
			span = Math.max(1, Math.abs(high) * 0.1);
		}
		low = Math.max(low >= 0 ? 0 : Double.NEGATIVE_INFINITY, low - 0.1 * span);
		chart.getAxisSet().getYAxis(0).setRange(new Range(low, high + (0.1 + top) * span));
		fitYearTicks(chart);
	}

	/**
	 * @param chart a chart of these
	 * @param x     a pixel of its plot area
	 * @return the nearest whole year
	 */
	static int yearAt(Chart chart, int x) {
		return (int) Math.round(chart.getAxisSet().getXAxis(0).getDataCoordinate(x));
	}

	/** Sets the tick step hint so that the year axis has at most one tick per year at any width. */
	private static void fitYearTicks(Chart chart) {
		IAxis years = chart.getAxisSet().getXAxis(0);
		int width = chart.getPlotArea().getSize().x;
		Range range = years.getRange();
		double length = range.upper - range.lower;
		if (width <= 0 || length <= 0) {
			return;
		}
		int hint = Math.max(24, (int) Math.ceil(1.05 * width / length));
		if (hint != years.getTick().getTickMarkStepHint()) {
			years.getTick().setTickMarkStepHint(hint);
		}
	}
}
