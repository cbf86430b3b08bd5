package nl.veerkracht.gis.ui.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.table.FeatureRows;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.gis.ui.identify.AttributeDescribers;
import nl.veerkracht.gis.ui.identify.LayerPresentation;

/**
 * The table of one layer's features: a virtual {@link TableViewer} whose rows come from a
 * {@link FeatureRows} model, so that only the visible rows are made, whatever the number of features.
 * Clicking a column header sorts by it (again: the other way); missing values stay at the end. UI
 * thread only.
 */
final class AttributeTable {

	private static final int MIN_WIDTH = 60;
	private static final int MAX_WIDTH = 240;
	/** The rows whose texts decide the initial column widths. */
	private static final int SAMPLE_ROWS = 50;

	private final TableViewer viewer;
	private final Consumer<List<Feature>> onUserSelection;
	private VectorLayer layer;
	private LayerPresentation presentation;
	private RowTexts texts;
	private FeatureRows rows = new FeatureRows(List.of());
	private int sortColumn = -1;
	private boolean ascending = true;
	private Predicate<Feature> filter;

	/**
	 * @param parent          where to create the table
	 * @param onUserSelection told of the selected features whenever the user changes the row selection
	 */
	AttributeTable(Composite parent, Consumer<List<Feature>> onUserSelection) {
		this.onUserSelection = onUserSelection;
		viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		Table table = viewer.getTable();
		WidgetKeys.set(table, WidgetKeys.ATTRIBUTE_TABLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer.setUseHashlookup(false);
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				if (index < rows.size()) {
					viewer.replace(rows.get(index), index);
				}
			}

			@Override
			public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
				// rows are set through show(...)
			}
		});
		table.addListener(SWT.Selection, event -> onUserSelection.accept(selectedFeatures()));
	}

	Table getTable() {
		return viewer.getTable();
	}

	VectorLayer getLayer() {
		return layer;
	}

	LayerPresentation getPresentation() {
		return presentation;
	}

	FeatureRows getRows() {
		return rows;
	}

	/** Shows another layer (or none), with fresh columns, unsorted and unfiltered. */
	void show(VectorLayer newLayer) {
		layer = newLayer;
		Table table = viewer.getTable();
		table.setRedraw(false);
		try {
			table.setSortColumn(null);
			for (TableColumn column : table.getColumns()) {
				column.dispose();
			}
			sortColumn = -1;
			filter = null;
			if (layer == null) {
				presentation = null;
				texts = null;
				rows = new FeatureRows(List.of());
			} else {
				presentation = new LayerPresentation(layer, AttributeDescribers.contributed());
				texts = new RowTexts(presentation);
				rows = new FeatureRows(layer.getFeatures().getFeatures());
				createColumns();
			}
			viewer.setInput(layer);
			refreshRows();
		} finally {
			table.setRedraw(true);
		}
	}

	/**
	 * Shows the replaced features of the same layer, keeping the sort column and direction (the caller
	 * re-applies the filter).
	 */
	void reload() {
		int column = sortColumn;
		boolean wasAscending = ascending;
		show(layer);
		if (layer != null && column >= 0 && column < presentation.columnCount()) {
			sortColumn = column;
			ascending = !wasAscending;
			sortBy(column);
		}
	}

	private void createColumns() {
		GC gc = new GC(viewer.getTable());
		try {
			for (int index = 0; index < presentation.columnCount(); index++) {
				int column = index;
				TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
				TableColumn header = viewerColumn.getColumn();
				header.setText(presentation.label(column));
				header.setToolTipText(presentation.description(column));
				header.setMoveable(true);
				int width = gc.textExtent(header.getText()).x + 28;
				for (Feature sample : rows.features().subList(0, Math.min(SAMPLE_ROWS, rows.featureCount()))) {
					width = Math.max(width, gc.textExtent(texts.text(sample, column)).x + 16);
				}
				header.setWidth(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width)));
				header.addListener(SWT.Selection, event -> sortBy(column));
				viewerColumn.setLabelProvider(new ColumnLabelProvider() {
					@Override
					public String getText(Object element) {
						return texts.text((Feature) element, column);
					}

					@Override
					public Color getForeground(Object element) {
						return presentation.isMissing((Feature) element, column)
								? viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY)
								: null;
					}
				});
			}
		} finally {
			gc.dispose();
		}
	}

	/** Sorts by a column: ascending first, descending when it already was the sort column. */
	void sortBy(int column) {
		if (layer == null) {
			return;
		}
		ascending = column != sortColumn || !ascending;
		sortColumn = column;
		rows.sort(column, ascending, (feature, value) -> presentation.isMissing(feature, column));
		Table table = viewer.getTable();
		table.setSortColumn(table.getColumn(column));
		table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
		refreshRows();
	}

	/**
	 * Shows only the rows that contain a text in any cell and, if asked, only the selected features.
	 *
	 * @param text          the text searched for; blank for all rows
	 * @param onlySelection whether to show only the selected features
	 */
	void filter(String text, boolean onlySelection) {
		if (layer == null) {
			return;
		}
		Predicate<Feature> containing = texts.containing(text);
		if (!text.isBlank()) {
			texts.computeAll(rows.features());
		}
		Set<Feature> selected = layer.getSelection();
		filter = onlySelection ? containing.and(selected::contains) : containing;
		rows.filter(filter);
		refreshRows();
	}

	private void refreshRows() {
		viewer.setItemCount(rows.size());
		viewer.refresh();
		selectFromLayer(false);
	}

	/**
	 * Selects the rows of the layer's selected features.
	 *
	 * @param reveal whether to scroll the first selected row into view when the selection changed
	 */
	void selectFromLayer(boolean reveal) {
		Table table = viewer.getTable();
		int[] wanted = layer == null ? new int[0]
				: layer.getSelection().stream().mapToInt(rows::rowOf).filter(row -> row >= 0).sorted().toArray();
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

	/** @return the features of the selected rows, top row first */
	List<Feature> selectedFeatures() {
		int[] indices = viewer.getTable().getSelectionIndices();
		Arrays.sort(indices);
		List<Feature> features = new ArrayList<>(indices.length);
		for (int index : indices) {
			if (index < rows.size()) {
				features.add(rows.get(index));
			}
		}
		return features;
	}

	/** Selects all rows shown and reports them as a user selection. */
	void selectAll() {
		viewer.getTable().selectAll();
		onUserSelection.accept(selectedFeatures());
	}
}
