package nl.veerkracht.scoring.ui.profile;

import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;

import nl.veerkracht.gis.core.format.DutchNumbers;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.scoring.engine.IndicatorValue;
import nl.veerkracht.scoring.run.GemeenteComparison;

/**
 * The indicators of a buurt against its gemeente as horizontal bars (SWTChart): per indicator the buurt's
 * value as a difference from the gemeente's own value, in percent of it (0 = as the gemeente), so that
 * indicators of different units can stand side by side. Red bars lie on the vulnerable side (taking the
 * indicator's direction into account), blue ones on the resilient side, grey ones are context. A missing
 * buurt or gemeente value has no bar and says "ontbreekt"; the tooltip of a row gives the raw values with
 * their unit and year, or the reason a value is missing.
 */
final class ComparisonChart {

	static final String UNFAVOURABLE = "ongunstiger"; //$NON-NLS-1$
	static final String FAVOURABLE = "gunstiger"; //$NON-NLS-1$
	static final String CONTEXT = "context"; //$NON-NLS-1$

	private static final int ROW_HEIGHT = 26;
	private static final int CHROME_HEIGHT = 96;
	private static final int LABEL_GAP = 4;

	private final Chart chart;
	private final Color unfavourable;
	private final Color favourable;
	private final Color context;
	private List<GemeenteComparison> comparisons = List.of();
	private String gemeente = ""; //$NON-NLS-1$

	/**
	 * Creates the chart.
	 *
	 * @param parent the profile's content
	 */
	ComparisonChart(Composite parent) {
		chart = WidgetKeys.set(new Chart(parent, SWT.NONE), ProfileWidgetKeys.BAR_CHART);
		chart.setOrientation(SWT.VERTICAL);
		ChartStyle.apply(chart);
		unfavourable = new Color(new RGB(0xD7, 0x19, 0x1C));
		favourable = new Color(new RGB(0x2C, 0x7B, 0xB6));
		context = new Color(new RGB(0x9E, 0x9E, 0x9E));
		IAxis categories = chart.getAxisSet().getXAxis(0);
		categories.enableCategory(true);
		categories.setReversed(true);
		categories.getTitle().setText(ProfileMessages.Bars_axisIndicator);
		categories.getGrid().setVisible(false);
		IAxis values = chart.getAxisSet().getYAxis(0);
		values.getTick().setFormat(new SignedPercentFormat());
		bars(UNFAVOURABLE, ProfileMessages.Bars_unfavourable, unfavourable);
		bars(FAVOURABLE, ProfileMessages.Bars_favourable, favourable);
		bars(CONTEXT, ProfileMessages.Bars_context, context);
		chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
			@Override
			public void paintControl(PaintEvent event) {
				paintLabels(event.gc);
			}
		});
		chart.getPlotArea().getControl().addListener(SWT.MouseMove, this::updateToolTip);
	}

	private void bars(String id, String description, Color colour) {
		IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
		series.setDescription(description);
		series.setBarColor(colour);
		series.setBarOverlay(true);
		series.setBarPadding(30);
	}

	/** @return the chart */
	Chart chart() {
		return chart;
	}

	/** @return the height the chart needs for its rows */
	int preferredHeight() {
		return CHROME_HEIGHT + ROW_HEIGHT * Math.max(3, comparisons.size());
	}

	/**
	 * Shows the comparisons of a buurt.
	 *
	 * @param rows         one per indicator, in table order
	 * @param gemeenteCode the gemeente compared with
	 */
	void show(List<GemeenteComparison> rows, String gemeenteCode) {
		comparisons = List.copyOf(rows);
		gemeente = gemeenteCode;
		int n = comparisons.size();
		String[] labels = new String[n];
		double[] red = new double[n];
		double[] blue = new double[n];
		double[] grey = new double[n];
		double min = -20;
		double max = 20;
		for (int i = 0; i < n; i++) {
			GemeenteComparison row = comparisons.get(i);
			labels[i] = row.spec().label();
			double percent = 100 * row.relativeDifference();
			if (Double.isNaN(percent)) {
				continue;
			}
			if (row.isContext()) {
				grey[i] = percent;
			} else if (row.unfavourable()) {
				red[i] = percent;
			} else {
				blue[i] = percent;
			}
			min = Math.min(min, percent);
			max = Math.max(max, percent);
		}
		chart.suspendUpdate(true);
		try {
			chart.getAxisSet().getXAxis(0).setCategorySeries(labels);
			fill(UNFAVOURABLE, red);
			fill(FAVOURABLE, blue);
			fill(CONTEXT, grey);
			double margin = 0.06 * (max - min);
			chart.getAxisSet().getYAxis(0).setRange(new Range(min - margin, max + margin));
			chart.getAxisSet().getYAxis(0).getTitle().setText(NLS.bind(ProfileMessages.Bars_axisDifference, gemeenteCode));
			chart.getAxisSet().getXAxis(0).adjustRange();
		} finally {
			chart.suspendUpdate(false);
		}
		chart.redraw();
	}

	private void fill(String id, double[] values) {
		var series = chart.getSeriesSet().getSeries(id);
		series.setYSeries(values);
		boolean any = false;
		for (double value : values) {
			any |= value != 0;
		}
		series.setVisibleInLegend(any);
	}

	/**
	 * The zero line (the gemeente) and each bar's difference: inside the bar near its end when it fits, else
	 * beyond the end; "ontbreekt" beside the zero line where there is no bar.
	 */
	private void paintLabels(GC gc) {
		IAxis categories = chart.getAxisSet().getXAxis(0);
		IAxis values = chart.getAxisSet().getYAxis(0);
		int zero = values.getPixelCoordinate(0);
		Point size = chart.getPlotArea().getSize();
		gc.setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		gc.setLineWidth(1);
		gc.drawLine(zero, 0, zero, size.y);
		gc.setFont(values.getTick().getFont());
		for (int i = 0; i < comparisons.size(); i++) {
			GemeenteComparison row = comparisons.get(i);
			int y = categories.getPixelCoordinate(i);
			double percent = 100 * row.relativeDifference();
			if (Double.isNaN(percent)) {
				Point extent = gc.textExtent(ProfileMessages.Bars_missing);
				gc.setForeground(SectionTitle.secondary(chart.getDisplay()));
				gc.drawText(ProfileMessages.Bars_missing, zero + LABEL_GAP, y - extent.y / 2, true);
				continue;
			}
			String text = DutchNumbers.signedPercent(row.relativeDifference());
			Point extent = gc.textExtent(text);
			int end = values.getPixelCoordinate(percent);
			boolean inside = Math.abs(end - zero) >= extent.x + 3 * LABEL_GAP;
			boolean right = percent >= 0;
			int x;
			if (inside) {
				x = right ? end - LABEL_GAP - extent.x : end + LABEL_GAP;
				gc.setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_WHITE));
			} else {
				x = right ? end + LABEL_GAP : end - LABEL_GAP - extent.x;
				gc.setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
			}
			gc.drawText(text, x, y - extent.y / 2, true);
		}
	}

	private void updateToolTip(Event event) {
		if (comparisons.isEmpty()) {
			return;
		}
		int index = (int) Math.round(chart.getAxisSet().getXAxis(0).getDataCoordinate(event.y));
		String text = index >= 0 && index < comparisons.size() ? toolTip(comparisons.get(index)) : null;
		chart.getPlotArea().setToolTipText(text);
	}

	private String toolTip(GemeenteComparison row) {
		String unit = row.spec().unit();
		StringBuilder text = new StringBuilder(row.spec().label());
		text.append('\n').append(NLS.bind(ProfileMessages.Bars_tipBuurt, valueText(row.buurt(), unit), Integer.toString(row.buurt().year())));
		text.append('\n').append(NLS.bind(ProfileMessages.Bars_tipGemeente, new Object[] { gemeente, valueText(row.gemeente(), unit) }));
		String reason = row.missingReason();
		if (reason != null) {
			text.append('\n').append(NLS.bind(ProfileMessages.Bars_tipMissing, reason));
		} else {
			text.append('\n').append(NLS.bind(ProfileMessages.Bars_tipDifference, DutchNumbers.signedPercent(row.relativeDifference()),
					row.isContext() ? ProfileMessages.Bars_context : row.unfavourable() ? ProfileMessages.Bars_unfavourable
							: ProfileMessages.Bars_favourable));
		}
		return text.toString();
	}

	static String valueText(IndicatorValue value, String unit) {
		return value.isMissing() ? NLS.bind(ProfileMessages.Value_missing, value.missingReason())
				: DutchNumbers.upToOneDecimal(value.value()) + " " + unit; //$NON-NLS-1$
	}
}
