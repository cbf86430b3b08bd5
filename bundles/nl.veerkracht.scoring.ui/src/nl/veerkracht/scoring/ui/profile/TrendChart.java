package nl.veerkracht.scoring.ui.profile;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
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
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.scoring.engine.IndicatorValue;
import nl.veerkracht.scoring.engine.NormalisationMethod;
import nl.veerkracht.scoring.run.CompositeSeries;
import nl.veerkracht.scoring.run.IndicatorSeries;

/**
 * The course of a buurt over the years of the signal map against its gemeente, as lines (SWTChart): the
 * kwetsbaarheid of the buurt and the mean of the gemeente's buurten on one scale, or — chosen in the list
 * above the chart — the raw values of one indicator for the buurt and for the gemeente's own CBS row. Years
 * without a value leave a gap in the line (never a zero); the note under the chart names them with the
 * reason. The year of the profile is marked.
 */
final class TrendChart {

	/** The id of the buurt's line (and of its first segment). */
	static final String BUURT = "buurt"; //$NON-NLS-1$
	/** The id of the gemeente's line (and of its first segment). */
	static final String GEMEENTE = "gemeente"; //$NON-NLS-1$

	private static final int HEIGHT = 320;
	private static final double YEAR_MARGIN = 0.35;

	private final Combo choice;
	private final Chart chart;
	private final Label note;
	private final Color buurtColour;
	private final Color gemeenteColour;
	private final Color yearBand;
	private final Runnable relayout;
	private ProfileData data;
	private double[] buurtValues = new double[0];
	private double[] gemeenteValues = new double[0];
	private String unit = ""; //$NON-NLS-1$

	/**
	 * Creates the choice, the chart and the note.
	 *
	 * @param parent   the profile's content
	 * @param relayout lays the profile out again when the note under the chart changed
	 */
	TrendChart(Composite parent, Runnable relayout) {
		this.relayout = relayout;
		Composite row = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		new Label(row, SWT.NONE).setText(ProfileMessages.Trend_show);
		choice = WidgetKeys.set(new Combo(row, SWT.READ_ONLY | SWT.DROP_DOWN), ProfileWidgetKeys.TREND_CHOICE);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(choice);
		choice.addListener(SWT.Selection, event -> draw());

		chart = WidgetKeys.set(new Chart(parent, SWT.NONE), ProfileWidgetKeys.TREND_CHART);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, HEIGHT).applyTo(chart);
		ChartStyle.apply(chart);
		buurtColour = new Color(new RGB(0xD7, 0x19, 0x1C));
		gemeenteColour = new Color(new RGB(0x4D, 0x4D, 0x4D));
		yearBand = new Color(new RGB(0xEE, 0xF3, 0xF8));
		IAxis years = chart.getAxisSet().getXAxis(0);
		years.getTitle().setText(ProfileMessages.Trend_axisYear);
		DecimalFormat yearFormat = new DecimalFormat("0", DecimalFormatSymbols.getInstance(DutchNumbers.DUTCH)); //$NON-NLS-1$
		years.getTick().setFormat(yearFormat);
		years.getGrid().setVisible(false);
		chart.getAxisSet().getYAxis(0).getTick().setFormat(new DecimalFormat("#,##0.0#", //$NON-NLS-1$
				DecimalFormatSymbols.getInstance(DutchNumbers.DUTCH)));
		chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
			@Override
			public void paintControl(PaintEvent event) {
				paintYear(event.gc);
			}

			@Override
			public boolean drawBehindSeries() {
				return true;
			}
		});
		chart.getPlotArea().getControl().addListener(SWT.Resize, event -> fitYearTicks());
		chart.getPlotArea().getControl().addListener(SWT.MouseMove, this::updateToolTip);

		note = new Label(parent, SWT.WRAP);
		note.setForeground(SectionTitle.secondary(parent.getDisplay()));
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(note);
	}

	/** @return the chart */
	Chart chart() {
		return chart;
	}

	/** @return the choice of what the chart shows: the kwetsbaarheid, then the indicators in table order */
	Combo choice() {
		return choice;
	}

	/**
	 * Shows a buurt, keeping the choice when it is still offered.
	 *
	 * @param shown the buurt's data
	 */
	void show(ProfileData shown) {
		int selected = Math.max(0, choice.getSelectionIndex());
		data = shown;
		List<String> items = new ArrayList<>();
		items.add(ProfileMessages.Trend_kwetsbaarheid);
		shown.indicators().forEach(series -> items.add(series.spec().label()));
		if (!items.equals(List.of(choice.getItems()))) {
			choice.setItems(items.toArray(String[]::new));
			selected = 0;
		}
		choice.select(Math.min(selected, items.size() - 1));
		draw();
	}

	private void draw() {
		if (data == null) {
			return;
		}
		int selected = choice.getSelectionIndex();
		String buurtName = data.profile().region().name();
		String gemeenteCode = data.profile().region().gemeenteCode();
		int[] years = data.composite().years();
		String buurtLabel;
		String gemeenteLabel;
		String axis;
		List<String> missing = new ArrayList<>();
		if (selected <= 0) {
			CompositeSeries composite = data.composite();
			buurtValues = composite.buurt();
			gemeenteValues = composite.gemeente();
			buurtLabel = NLS.bind(ProfileMessages.Trend_buurtComposite, buurtName);
			gemeenteLabel = NLS.bind(ProfileMessages.Trend_gemeenteComposite, gemeenteCode);
			boolean z = data.state().run().engine().parameters().method() == NormalisationMethod.Z_SCORE;
			axis = z ? ProfileMessages.Trend_axisKwetsbaarheidZ : ProfileMessages.Trend_axisKwetsbaarheidRank;
			unit = ""; //$NON-NLS-1$
			for (int y = 0; y < years.length; y++) {
				if (Double.isNaN(buurtValues[y])) {
					missing.add(NLS.bind(ProfileMessages.Trend_missingComposite, years[y]));
				}
			}
			note.setText(joinNote(NLS.bind(ProfileMessages.Trend_noteComposite, years[0] + "\u2013" + years[years.length - 1], //$NON-NLS-1$
					Integer.toString(data.profile().year())), missing));
		} else {
			IndicatorSeries series = data.indicators().get(selected - 1);
			buurtValues = values(series.buurt());
			gemeenteValues = values(series.gemeente());
			buurtLabel = buurtName;
			gemeenteLabel = NLS.bind(ProfileMessages.Trend_gemeenteIndicator, gemeenteCode);
			unit = series.spec().unit();
			axis = NLS.bind(ProfileMessages.Trend_axisIndicator, unit);
			for (int y = 0; y < years.length; y++) {
				addMissing(missing, buurtName, series.buurt().get(y));
				addMissing(missing, gemeenteCode, series.gemeente().get(y));
			}
			note.setText(joinNote(ProfileMessages.Trend_noteIndicator, missing));
		}
		chart.suspendUpdate(true);
		try {
			for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
				chart.getSeriesSet().deleteSeries(series.getId());
			}
			lines(BUURT, buurtLabel, years, buurtValues, buurtColour, LineStyle.SOLID, PlotSymbolType.CIRCLE, 3);
			lines(GEMEENTE, gemeenteLabel, years, gemeenteValues, gemeenteColour, LineStyle.DASH, PlotSymbolType.SQUARE, 2);
			chart.getAxisSet().getYAxis(0).getTitle().setText(axis);
			chart.getAxisSet().getXAxis(0).setRange(new Range(years[0] - YEAR_MARGIN, years[years.length - 1] + YEAR_MARGIN));
			chart.getAxisSet().getYAxis(0).setRange(valueRange());
		} finally {
			chart.suspendUpdate(false);
		}
		fitYearTicks();
		chart.redraw();
		relayout.run();
	}

	private static double[] values(List<IndicatorValue> values) {
		return values.stream().mapToDouble(IndicatorValue::value).toArray();
	}

	private static void addMissing(List<String> missing, String who, IndicatorValue value) {
		if (value.isMissing()) {
			missing.add(NLS.bind(ProfileMessages.Trend_missingValue, new Object[] { Integer.toString(value.year()), who,
					value.missingReason() }));
		}
	}

	private static String joinNote(String note, List<String> missing) {
		return missing.isEmpty() ? note : note + "\n" + NLS.bind(ProfileMessages.Trend_missing, String.join("; ", missing)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Adds one line as segments of consecutive years with a value, so that a missing year is a gap; the first
	 * segment carries the id and the legend entry.
	 */
	private void lines(String id, String label, int[] years, double[] values, Color colour, LineStyle style,
			PlotSymbolType symbol, int width) {
		int segment = 0;
		int start = 0;
		while (start < values.length) {
			while (start < values.length && Double.isNaN(values[start])) {
				start++;
			}
			int end = start;
			while (end < values.length && !Double.isNaN(values[end])) {
				end++;
			}
			if (end > start) {
				ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE,
						segment == 0 ? id : id + "." + segment); //$NON-NLS-1$
				double[] x = new double[end - start];
				double[] y = new double[end - start];
				for (int i = start; i < end; i++) {
					x[i - start] = years[i];
					y[i - start] = values[i];
				}
				series.setXSeries(x);
				series.setYSeries(y);
				series.setDescription(label);
				series.setLineColor(colour);
				series.setLineStyle(style);
				series.setLineWidth(width);
				series.setSymbolType(symbol);
				series.setSymbolColor(colour);
				series.setSymbolSize(4);
				series.setAntialias(SWT.ON);
				series.setVisibleInLegend(segment == 0);
				segment++;
			}
			start = end;
		}
	}

	private Range valueRange() {
		double min = Double.POSITIVE_INFINITY;
		double max = Double.NEGATIVE_INFINITY;
		for (double[] values : new double[][] { buurtValues, gemeenteValues }) {
			for (double value : values) {
				if (!Double.isNaN(value)) {
					min = Math.min(min, value);
					max = Math.max(max, value);
				}
			}
		}
		if (min > max) {
			return new Range(-1, 1);
		}
		if (unit.isEmpty()) {
			min = Math.min(min, 0);
			max = Math.max(max, 0);
		} else if (min >= 0) {
			min = 0;
		}
		double margin = max > min ? 0.12 * (max - min) : Math.max(1, Math.abs(max) / 2);
		return new Range(min == 0 && !unit.isEmpty() ? 0 : min - margin, max + margin);
	}

	/** Sets the tick step hint so that the year axis has one tick per year at any width. */
	private void fitYearTicks() {
		IAxis years = chart.getAxisSet().getXAxis(0);
		int width = chart.getPlotArea().getSize().x;
		Range range = years.getRange();
		double length = range.upper - range.lower;
		if (width <= 0 || length <= 0) {
			return;
		}
		int hint = (int) Math.ceil(1.2 * width / length);
		if (hint != years.getTick().getTickMarkStepHint()) {
			years.getTick().setTickMarkStepHint(hint);
		}
	}

	/** A light band behind the profile's year. */
	private void paintYear(GC gc) {
		if (data == null) {
			return;
		}
		IAxis years = chart.getAxisSet().getXAxis(0);
		int year = data.profile().year();
		int left = years.getPixelCoordinate(year - 0.12);
		int right = years.getPixelCoordinate(year + 0.12);
		Point size = chart.getPlotArea().getSize();
		gc.setBackground(yearBand);
		gc.fillRectangle(left, 0, right - left, size.y);
	}

	private void updateToolTip(Event event) {
		if (data == null) {
			return;
		}
		int[] years = data.composite().years();
		int index = (int) Math.round(chart.getAxisSet().getXAxis(0).getDataCoordinate(event.x)) - years[0];
		if (index < 0 || index >= years.length) {
			chart.getPlotArea().setToolTipText(null);
			return;
		}
		String suffix = unit.isEmpty() ? "" : " " + unit; //$NON-NLS-1$ //$NON-NLS-2$
		int digits = unit.isEmpty() ? 3 : 1;
		chart.getPlotArea().setToolTipText(NLS.bind(ProfileMessages.Trend_tip, new Object[] { Integer.toString(years[index]),
				value(buurtValues[index], digits) + suffix, value(gemeenteValues[index], digits) + suffix }));
	}

	private static String value(double value, int digits) {
		return Double.isNaN(value) ? ProfileMessages.Trend_tipMissing
				: digits == 1 ? DutchNumbers.upToOneDecimal(value) : DutchNumbers.decimal(value, digits);
	}
}
