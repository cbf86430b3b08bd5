package nl.veerkracht.stad.ui.results;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
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
	/** The widest a column gets (a long scenario name shows in full in the header's tooltip). */
	private static final int MAX_COLUMN = 150;

	private final Composite composite;
	private final Table table;
	private final Map<Klasse, Image> swatches = new EnumMap<>(Klasse.class);
	private final List<BalanceFigure> figures = BalanceFigure.all();
	private final Label note;
	private ComparisonResult comparison;

	/** @param parent where the table goes */
	BalanceTable(Composite parent) {
		composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(composite);
		table = WidgetKeys.set(new Table(composite, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL),
				StadsbalansWidgetKeys.BALANCE_TABLE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		note = new Label(composite, SWT.WRAP);
		note.setText(ResultsMessages.Table_note);
		note.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(note);
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

	/** @return the table with its note */
	Composite control() {
		return composite;
	}

	/**
	 * Shows the note under the table, or, when space is short, only as the table's tooltip, so that the rows get
	 * its height.
	 *
	 * @param compact whether the note is only a tooltip
	 */
	void compact(boolean compact) {
		GridData data = (GridData) note.getLayoutData();
		if (data.exclude != compact) {
			data.exclude = compact;
			note.setVisible(!compact);
			table.setToolTipText(compact ? note.getText() : null);
			composite.layout(true);
		}
	}

	/** @return whether the classes of a comparison are projected kwetsbaarheid classes (a score on some buurt) */
	private static boolean projected(ComparisonResult shown) {
		return shown.baseline().central().year(shown.startYear()).stream()
				.anyMatch(buurt -> !Double.isNaN(buurt.kwetsbaarheid()));
	}

	/**
	 * Builds the columns and rows for a comparison.
	 *
	 * @param shown the comparison
	 * @param year  the year to show
	 */
	void show(ComparisonResult shown, int year) {
		comparison = shown;
		note.setText(ResultsMessages.Table_note + ' ' + (projected(shown) ? ResultsMessages.Table_classesByKwetsbaarheid
				: ResultsMessages.Table_classesByShare));
		if (!note.getVisible()) {
			table.setToolTipText(note.getText());
		}
		table.setRedraw(false);
		try {
			for (TableColumn column : table.getColumns()) {
				column.dispose();
			}
			table.removeAll();
			column(ResultsMessages.Table_figure, SWT.LEFT, null);
			String baselineName = shown.baseline().scenario().name();
			List<ScenarioOutcome> outcomes = shown.outcomes();
			for (int i = 0; i < outcomes.size(); i++) {
				String name = outcomes.get(i).scenario().name();
				column(name, SWT.RIGHT, name);
				column(ResultsMessages.Table_band, SWT.RIGHT, name);
				if (i > 0) {
					column(ResultsMessages.Table_difference, SWT.RIGHT, name + ": "
							+ NLS.bind(ResultsMessages.Table_differenceTip, baselineName));
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
			// wide enough for every year, so that the columns stay put while the slider moves
			TableColumn[] columns = table.getColumns();
			int[] widths = new int[columns.length];
			for (int each = shown.startYear(); each <= shown.endYear(); each++) {
				setYear(each);
				for (int i = 0; i < columns.length; i++) {
					widths[i] = Math.max(widths[i], fit(columns[i]));
				}
			}
			for (int i = 0; i < columns.length; i++) {
				columns[i].setWidth(widths[i]);
			}
			setYear(year);
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

	/**
	 * @return the width at which a column shows its cells, and its header as far as {@link #MAX_COLUMN} (a long
	 *         name is cut)
	 */
	private static int fit(TableColumn column) {
		String header = column.getText();
		column.pack();
		int withHeader = column.getWidth();
		column.setText(""); //$NON-NLS-1$
		column.pack();
		int cells = column.getWidth();
		column.setText(header);
		return Math.max(cells, Math.min(withHeader, MAX_COLUMN)) + 8;
	}

	private void column(String text, int alignment, String toolTip) {
		TableColumn column = new TableColumn(table, alignment);
		column.setText(text);
		column.setToolTipText(toolTip);
		column.setResizable(true);
	}
}
