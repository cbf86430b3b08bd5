package nl.veerkracht.scoring.ui.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.scoring.run.SignalMapLayer;

/**
 * The table of the Indicatoren view: a virtual {@link TableViewer} (only the rows on screen are made, so a
 * national run of thousands of buurten stays fast) whose first row is the gemeente reference, pinned above
 * the buurten whatever the sort and filter; then the buurten in {@link RowOrder}. A click on a header sorts
 * on that column, a second click turns the order round. Missing values are a greyed dash with the reason in
 * the cell's tooltip; the klasse cells show the class colour. UI thread only.
 */
final class IndicatorTableViewer {

	/** The table row of the gemeente reference. */
	static final int GEMEENTE_ITEM = 0;

	private static final int MIN_WIDTH = 56;
	private static final int MAX_WIDTH = 230;
	private static final int NAME_MAX_WIDTH = 260;
	private static final int SAMPLE_ROWS = 60;
	private static final Color GEMEENTE_BACKGROUND = new Color(0xEC, 0xF1, 0xF7);
	private static final Color MISSING_FOREGROUND = new Color(0x8A, 0x8A, 0x8A);

	private final TableViewer viewer;
	private final KlasseSwatches swatches;
	private final Consumer<int[]> onUserSelection;
	private final RowOrder order = new RowOrder();
	private List<IndicatorTableColumn> columns = List.of();
	private IndicatorTableModel model;
	private CellMode mode = CellMode.RAW;
	private String gemeente = ""; //$NON-NLS-1$

	/**
	 * @param parent          where to create the table
	 * @param onUserSelection told of the selected region indices (top row first) when the user changes the
	 *                        row selection
	 */
	IndicatorTableViewer(Composite parent, Consumer<int[]> onUserSelection) {
		this.onUserSelection = onUserSelection;
		viewer = new TableViewer(parent,
				SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		Table table = viewer.getTable();
		WidgetKeys.set(table, IndicatorTableKeys.TABLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		swatches = new KlasseSwatches(table.getDisplay());
		table.addListener(SWT.Dispose, event -> swatches.dispose());
		viewer.setUseHashlookup(false);
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				if (index == GEMEENTE_ITEM) {
					viewer.replace(IndicatorTableColumn.GEMEENTE_ROW, index);
				} else if (index - 1 < order.size()) {
					viewer.replace(order.region(index - 1), index);
				}
			}

			@Override
			public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
				// rows are set through show(...)
			}
		});
		ColumnViewerToolTipSupport.enableFor(viewer, ToolTip.NO_RECREATE);
		table.addListener(SWT.Selection, event -> onUserSelection.accept(selectedRegions()));
	}

	Table getTable() {
		return viewer.getTable();
	}

	IndicatorTableModel model() {
		return model;
	}

	List<IndicatorTableColumn> columns() {
		return columns;
	}

	CellMode mode() {
		return mode;
	}

	String gemeente() {
		return gemeente;
	}

	RowOrder order() {
		return order;
	}

	/**
	 * Shows the numbers of a scored state, with no row selected (the caller selects the buurten it knows).
	 * With the same columns as before (a rescore of the same run) the sort and filter stay; with other
	 * columns the table starts unsorted.
	 *
	 * @param newModel   the numbers
	 * @param newColumns their columns
	 * @param reference  the gemeente of the reference row
	 */
	void show(IndicatorTableModel newModel, List<IndicatorTableColumn> newColumns, String reference) {
		boolean sameColumns = newColumns.stream().map(IndicatorTableColumn::id).toList()
				.equals(columns.stream().map(IndicatorTableColumn::id).toList());
		model = newModel;
		columns = List.copyOf(newColumns);
		gemeente = reference;
		Table table = viewer.getTable();
		table.setRedraw(false);
		try {
			if (sameColumns) {
				updateHeaders();
			} else {
				order.unsorted();
				table.setSortColumn(null);
				for (TableColumn column : table.getColumns()) {
					column.dispose();
				}
				createColumns();
			}
			viewer.setInput(model);
			refresh(new int[0], false);
		} finally {
			table.setRedraw(true);
		}
	}

	/** Shows no numbers: no columns, no rows. */
	void clear() {
		model = null;
		columns = List.of();
		order.unsorted();
		viewer.getTable().setSortColumn(null);
		for (TableColumn column : viewer.getTable().getColumns()) {
			column.dispose();
		}
		viewer.setItemCount(0);
		viewer.setInput(null);
	}

	/**
	 * Switches what the indicator cells show, keeping the sort column (which then sorts on what is shown).
	 *
	 * @param newMode the mode
	 */
	void setMode(CellMode newMode) {
		mode = newMode;
		if (model != null) {
			updateHeaders();
			refresh(selectedRegions(), false);
		}
	}

	/**
	 * Shows the gemeente of the reference row.
	 *
	 * @param reference a gemeente code
	 */
	void setGemeente(String reference) {
		if (!reference.equals(gemeente)) {
			gemeente = reference;
			viewer.clear(GEMEENTE_ITEM);
		}
	}

	/**
	 * Shows only the buurten whose code or name contains a text.
	 *
	 * @param text the text; blank for all
	 */
	void filter(String text) {
		order.filter(text);
		if (model != null) {
			refresh(selectedRegions(), false);
		}
	}

	/**
	 * Sorts on a column as a header click does.
	 *
	 * @param column the column index
	 */
	void sortBy(int column) {
		order.clicked(column);
		refresh(selectedRegions(), false);
	}

	private void refresh(int[] selected, boolean reveal) {
		if (model == null) {
			return;
		}
		order.apply(model, columns, mode);
		Table table = viewer.getTable();
		int sortColumn = order.sortColumn();
		if (sortColumn >= 0 && sortColumn < table.getColumnCount()) {
			table.setSortColumn(table.getColumn(sortColumn));
			table.setSortDirection(order.ascending() ? SWT.UP : SWT.DOWN);
		}
		viewer.setItemCount(order.size() + 1);
		viewer.refresh();
		select(selected, reveal);
	}

	private void updateHeaders() {
		Table table = viewer.getTable();
		for (int i = 0; i < columns.size() && i < table.getColumnCount(); i++) {
			table.getColumn(i).setText(columns.get(i).header(mode));
			table.getColumn(i).setToolTipText(columns.get(i).tooltip());
		}
	}

	private void createColumns() {
		GC gc = new GC(viewer.getTable());
		try {
			for (int index = 0; index < columns.size(); index++) {
				IndicatorTableColumn definition = columns.get(index);
				int column = index;
				TableViewerColumn viewerColumn = new TableViewerColumn(viewer, definition.isLeftAligned() ? SWT.LEFT : SWT.RIGHT);
				TableColumn header = viewerColumn.getColumn();
				WidgetKeys.set(header, IndicatorTableKeys.column(definition.id()));
				header.setText(definition.header(mode));
				header.setToolTipText(definition.tooltip());
				header.setMoveable(true);
				header.setWidth(width(gc, definition, column));
				header.addListener(SWT.Selection, event -> sortBy(column));
				viewerColumn.setLabelProvider(new CellLabels(column));
			}
		} finally {
			gc.dispose();
		}
	}

	private int width(GC gc, IndicatorTableColumn definition, int column) {
		int width = gc.textExtent(definition.header(mode)).x + 30;
		int max = SignalMapLayer.NAAM.equals(definition.id()) ? NAME_MAX_WIDTH : MAX_WIDTH;
		int samples = Math.min(SAMPLE_ROWS, model.size());
		for (int region = 0; region < samples; region++) {
			width = Math.max(width, gc.textExtent(definition.cell(model, region, mode, gemeente).text()).x + 36);
		}
		return Math.max(MIN_WIDTH, Math.min(max, width));
	}

	/**
	 * Selects the rows of regions.
	 *
	 * @param regions region indices; those the filter hides are left out
	 * @param reveal  whether to scroll the first selected row into view
	 */
	void select(int[] regions, boolean reveal) {
		Table table = viewer.getTable();
		int[] wanted = Arrays.stream(regions).map(order::position).filter(p -> p >= 0).map(p -> p + 1).sorted().toArray();
		int[] current = table.getSelectionIndices();
		Arrays.sort(current);
		if (Arrays.equals(wanted, current)) {
			return;
		}
		table.deselectAll();
		table.select(wanted);
		if (reveal && wanted.length > 0) {
			table.showItem(table.getItem(wanted[0]));
		}
	}

	/**
	 * Selects the rows of regions given as a collection.
	 *
	 * @param regions region indices
	 * @param reveal  whether to scroll the first selected row into view
	 */
	void select(Collection<Integer> regions, boolean reveal) {
		select(regions.stream().mapToInt(Integer::intValue).toArray(), reveal);
	}

	/** @return the region indices of the selected buurt rows, top row first (the gemeente row is not a buurt) */
	int[] selectedRegions() {
		int[] indices = viewer.getTable().getSelectionIndices();
		Arrays.sort(indices);
		List<Integer> regions = new ArrayList<>();
		for (int index : indices) {
			if (index != GEMEENTE_ITEM && index - 1 < order.size()) {
				regions.add(order.region(index - 1));
			}
		}
		return regions.stream().mapToInt(Integer::intValue).toArray();
	}

	/** @return whether the gemeente reference row is selected */
	boolean isGemeenteSelected() {
		return viewer.getTable().isSelected(GEMEENTE_ITEM);
	}

	/** Selects all buurt rows and reports them as a user selection. */
	void selectAll() {
		viewer.getTable().selectAll();
		viewer.getTable().deselect(GEMEENTE_ITEM);
		onUserSelection.accept(selectedRegions());
	}

	/** The texts, colours, swatch and tooltip of one column's cells. */
	private final class CellLabels extends ColumnLabelProvider {

		private final int column;

		CellLabels(int column) {
			this.column = column;
		}

		private Cell cell(Object element) {
			return columns.get(column).cell(model, (Integer) element, mode, gemeente);
		}

		@Override
		public String getText(Object element) {
			return model == null ? "" : cell(element).text(); //$NON-NLS-1$
		}

		@Override
		public Image getImage(Object element) {
			if (model == null || !ScoreColumns.KLASSE.equals(columns.get(column).id())
					|| (Integer) element == IndicatorTableColumn.GEMEENTE_ROW) {
				return null;
			}
			return swatches.swatch(cell(element).text());
		}

		@Override
		public Color getForeground(Object element) {
			return model != null && cell(element).missing() ? MISSING_FOREGROUND : null;
		}

		@Override
		public Color getBackground(Object element) {
			return (Integer) element == IndicatorTableColumn.GEMEENTE_ROW ? GEMEENTE_BACKGROUND : null;
		}

		@Override
		public Font getFont(Object element) {
			return (Integer) element == IndicatorTableColumn.GEMEENTE_ROW
					? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT)
					: null;
		}

		@Override
		public String getToolTipText(Object element) {
			return model == null ? null : cell(element).tooltip();
		}
	}
}
