package nl.veerkracht.stad.ui.results;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.stad.Band;
import nl.veerkracht.stad.ComparisonResult;
import nl.veerkracht.stad.ScenarioOutcome;
import nl.veerkracht.stad.ui.StadsbalansWidgetKeys;

/**
 * The balance table: one row per balance figure, per scenario (the baseline first) a column with the value in
 * the chosen year and one with the P10–P90 band, and for every variant a column with the difference to the
 * baseline. The class rows carry a swatch in the signal map's class colour.
 */
final class BalanceTable {

	private static final int SWATCH = 12;

	private final Table table;
	private final Map<Klasse, Image> swatches = new EnumMap<>(Klasse.class);
	private final List<BalanceFigure> figures = BalanceFigure.all();
	private ComparisonResult comparison;

	/** @param parent where the table goes */
	BalanceTable(Composite parent) {
		table = WidgetKeys.set(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL),
				StadsbalansWidgetKeys.BALANCE_TABLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (Klasse klasse : Klasse.values()) {
			Image image = new Image(parent.getDisplay(), SWATCH, SWATCH);
			GC gc = new GC(image);
			gc.setBackground(ResultColours.klasseColour(klasse));
			gc.fillRectangle(0, 0, SWATCH, SWATCH);
			gc.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			gc.drawRectangle(0, 0, SWATCH - 1, SWATCH - 1);
			gc.dispose();
			swatches.put(klasse, image);
		}
		table.addListener(SWT.Dispose, event -> swatches.values().forEach(Image::dispose));
	}

	/** @return the table */
	Table control() {
		return table;
	}

	/**
	 * Builds the columns and rows for a comparison.
	 *
	 * @param shown the comparison
	 * @param year  the year to show
	 */
	void show(ComparisonResult shown, int year) {
		comparison = shown;
		table.setRedraw(false);
		try {
			for (TableColumn column : table.getColumns()) {
				column.dispose();
			}
			table.removeAll();
			column(ResultsMessages.Table_figure, SWT.LEFT);
			String baselineName = shown.baseline().scenario().name();
			List<ScenarioOutcome> outcomes = shown.outcomes();
			for (int i = 0; i < outcomes.size(); i++) {
				column(outcomes.get(i).scenario().name(), SWT.RIGHT);
				column(ResultsMessages.Table_band, SWT.RIGHT);
				if (i > 0) {
					column(NLS.bind(ResultsMessages.Table_difference, baselineName), SWT.RIGHT);
				}
			}
			for (BalanceFigure figure : figures) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setData(figure);
				item.setText(0, figure.label());
				if (figure.klasse() != null) {
					item.setImage(0, swatches.get(figure.klasse()));
				}
			}
			setYear(year);
			for (TableColumn column : table.getColumns()) {
				column.pack();
				column.setWidth(column.getWidth() + 8);
			}
		} finally {
			table.setRedraw(true);
		}
	}

	/**
	 * Fills the cells with the figures of a year.
	 *
	 * @param year a simulated year
	 */
	void setYear(int year) {
		if (comparison == null) {
			return;
		}
		ScenarioOutcome baseline = comparison.baseline();
		for (TableItem item : table.getItems()) {
			BalanceFigure figure = (BalanceFigure) item.getData();
			List<String> cells = new ArrayList<>();
			cells.add(figure.label());
			for (int i = 0; i < comparison.outcomes().size(); i++) {
				ScenarioOutcome outcome = comparison.outcomes().get(i);
				cells.add(figure.cell(comparison, outcome, year));
				Band band = figure.band(outcome, year);
				cells.add(figure.formatBand(band));
				if (i > 0) {
					cells.add(figure.formatDifference(figure.value(outcome, year) - figure.value(baseline, year)));
				}
			}
			item.setText(cells.toArray(String[]::new));
		}
	}

	private void column(String text, int alignment) {
		TableColumn column = new TableColumn(table, alignment);
		column.setText(text);
		column.setResizable(true);
	}
}
