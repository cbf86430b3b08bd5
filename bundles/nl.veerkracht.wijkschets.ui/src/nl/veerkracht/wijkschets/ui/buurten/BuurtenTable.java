package nl.veerkracht.wijkschets.ui.buurten;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageDataProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.forms.widgets.FormToolkit;

import nl.veerkracht.gis.core.format.DutchNumbers;
import nl.veerkracht.gis.core.render.decor.SwatchShape;
import nl.veerkracht.gis.core.style.Category;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.gis.ui.style.Swatches;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.run.SignalMapStyles;

/**
 * The table of the Buurten page: one row per buurt with its class (and the class's swatch as the signal map's
 * legend draws it), kwetsbaarheid, coverage, trend and early warning; sortable by every column.
 */
final class BuurtenTable {

	private static final String[] TREND_ARROWS = { "\u21ca", "\u2193", "\u2192", "\u2191", "\u21c8" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final int SWATCH_WIDTH = 22;
	private static final int SWATCH_HEIGHT = 14;

	private final TableViewer viewer;
	private final Map<String, Image> swatches = new HashMap<>();
	private int sortColumn = -1;
	private boolean ascending = true;

	BuurtenTable(Composite parent, FormToolkit toolkit) {
		Table table = toolkit.createTable(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), table);
		table.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getDialogFont()).increaseHeight(2)));
		WidgetKeys.set(table, BuurtenWidgetKeys.TABLE);
		viewer = new TableViewer(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Collator collator = Collator.getInstance(DutchNumbers.DUTCH);
		column(BuurtenMessages.Column_name, 260, SWT.LEFT, BuurtRow::name,
				Comparator.comparing(BuurtRow::name, collator));
		column(BuurtenMessages.Column_code, 130, SWT.LEFT, BuurtRow::code, Comparator.comparing(BuurtRow::code));
		TableViewerColumn klasse = column(BuurtenMessages.Column_klasse, 210, SWT.LEFT, BuurtRow::klasse,
				Comparator.comparingInt(row -> klasseOrder(row.klasse())));
		klasse.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((BuurtRow) element).klasse();
			}

			@Override
			public Image getImage(Object element) {
				return swatch(((BuurtRow) element).klasse());
			}
		});
		column(BuurtenMessages.Column_score, 150, SWT.RIGHT, row -> decimal(row.kwetsbaarheid(), 2),
				byOptional(BuurtRow::kwetsbaarheid));
		column(BuurtenMessages.Column_coverage, 110, SWT.RIGHT, row -> percent(row.coverage()),
				byOptional(BuurtRow::coverage));
		column(BuurtenMessages.Column_trend, 230, SWT.LEFT, BuurtenTable::trend, byOptional(BuurtRow::trend));
		column(BuurtenMessages.Column_warning, 150, SWT.LEFT, BuurtenTable::warning,
				byOptional(row -> row.earlyWarning().map(flag -> flag ? 1.0 : 0.0)));
		table.addDisposeListener(event -> swatches.values().forEach(Image::dispose));
	}

	/** @return the viewer, to set rows and listen to the selection */
	TableViewer viewer() {
		return viewer;
	}

	/**
	 * @param rows the rows to show
	 */
	void setRows(List<BuurtRow> rows) {
		viewer.setInput(rows.toArray());
	}

	private TableViewerColumn column(String title, int width, int alignment, Function<BuurtRow, String> text,
			Comparator<BuurtRow> order) {
		TableViewerColumn column = new TableViewerColumn(viewer, alignment);
		TableColumn tableColumn = column.getColumn();
		tableColumn.setText(title);
		tableColumn.setWidth(width);
		tableColumn.setMoveable(false);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((BuurtRow) element);
			}
		});
		int index = viewer.getTable().getColumnCount() - 1;
		tableColumn.addListener(SWT.Selection, event -> sortBy(index, tableColumn, order));
		return column;
	}

	private void sortBy(int index, TableColumn column, Comparator<BuurtRow> order) {
		ascending = index != sortColumn || !ascending;
		sortColumn = index;
		Comparator<BuurtRow> directed = ascending ? order : order.reversed();
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer sorted, Object a, Object b) {
				return directed.compare((BuurtRow) a, (BuurtRow) b);
			}
		});
		viewer.getTable().setSortColumn(column);
		viewer.getTable().setSortDirection(ascending ? SWT.UP : SWT.DOWN);
	}

	private Image swatch(String klasse) {
		return swatches.computeIfAbsent(klasse, label -> {
			Category category = SignalMapStyles.klasse().categories().stream()
					.filter(candidate -> candidate.value().equals(label)).findFirst()
					.orElseGet(() -> SignalMapStyles.klasse().categories().get(Klasse.GEEN_GEGEVENS.ordinal()));
			ImageDataProvider provider = zoom -> Swatches.symbol(category.symbol(), SwatchShape.AREA, SWATCH_WIDTH,
					SWATCH_HEIGHT, zoom / 100.0);
			return new Image(viewer.getTable().getDisplay(), provider);
		});
	}

	private static int klasseOrder(String label) {
		for (Klasse klasse : Klasse.values()) {
			if (klasse.label().equals(label)) {
				return klasse.ordinal();
			}
		}
		return Klasse.GEEN_GEGEVENS.ordinal();
	}

	private static Comparator<BuurtRow> byOptional(Function<BuurtRow, Optional<Double>> value) {
		return Comparator.comparing(row -> value.apply(row).orElse(null), Comparator.nullsLast(Comparator.naturalOrder()));
	}

	/**
	 * @param value    a number
	 * @param decimals the decimals to show
	 * @return the number in Dutch notation, or "geen gegevens"
	 */
	static String decimal(Optional<Double> value, int decimals) {
		if (value.isEmpty()) {
			return BuurtenMessages.NoData;
		}
		return DutchNumbers.decimal(value.get(), decimals);
	}

	/**
	 * @param value a number
	 * @return the number with a sign and three decimals in Dutch notation, or "geen gegevens"
	 */
	static String signed(Optional<Double> value) {
		return value.isEmpty() ? BuurtenMessages.NoData : DutchNumbers.signed(value.get(), 3);
	}

	private static String percent(Optional<Double> share) {
		if (share.isEmpty()) {
			return BuurtenMessages.NoData;
		}
		return DutchNumbers.percent(share.get());
	}

	private static String trend(BuurtRow row) {
		if (row.trend().isEmpty() || row.trendClass() < 0) {
			return BuurtenMessages.NoData;
		}
		int trendClass = Math.min(row.trendClass(), TREND_ARROWS.length - 1);
		return TREND_ARROWS[trendClass] + " " + SignalMapStyles.TREND_LABELS.get(trendClass) + " (" //$NON-NLS-1$ //$NON-NLS-2$
				+ signed(row.trend()) + ")"; //$NON-NLS-1$
	}

	private static String warning(BuurtRow row) {
		return row.earlyWarning().map(flag -> flag ? "\u26a0 " + BuurtenMessages.Warning_yes : BuurtenMessages.Warning_no) //$NON-NLS-1$
				.orElse(BuurtenMessages.NoData);
	}
}
