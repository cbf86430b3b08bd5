package nl.veerkracht.wijkschets.ui.perspectieven;

import java.util.Arrays;
import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationListener;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnViewerEditorDeactivationEvent;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.widgets.FormToolkit;

import nl.veerkracht.gis.ui.WidgetKeys;

/**
 * A table of model objects whose cells are edited in place: a click on a cell, Enter or F2 opens its editor, Tab
 * goes on to the next cell. The rows are refreshed from the model only while no cell is being edited (a refresh
 * would cancel the edit), otherwise right after it.
 */
final class EditableTable {

	private final TableViewer viewer;
	private final Composite area;
	private boolean refreshPending;
	private Object[] rows = new Object[0];

	/**
	 * @param parent  the parent, with a {@link org.eclipse.swt.layout.GridLayout}
	 * @param toolkit the form's toolkit
	 * @param id      the table's widget key
	 * @param rows    the visible rows the table is sized for
	 */
	EditableTable(Composite parent, FormToolkit toolkit, String id, int rows) {
		area = toolkit.createComposite(parent);
		TableColumnLayout layout = new TableColumnLayout();
		area.setLayout(layout);
		Table table = WidgetKeys.set(toolkit.createTable(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER), id);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = table.getHeaderHeight() + rows * table.getItemHeight() + 4;
		data.widthHint = 300;
		area.setLayoutData(data);
		viewer = new TableViewer(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
						|| event.eventType == ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
						|| event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
								&& (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR || event.keyCode == SWT.F2);
			}
		};
		TableViewerEditor.create(viewer, activation, ColumnViewerEditor.TABBING_HORIZONTAL
				| ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		viewer.getColumnViewerEditor().addEditorActivationListener(new ColumnViewerEditorActivationListener() {
			@Override
			public void beforeEditorActivated(ColumnViewerEditorActivationEvent event) {
				// nothing to prepare
			}

			@Override
			public void afterEditorActivated(ColumnViewerEditorActivationEvent event) {
				// nothing to follow up
			}

			@Override
			public void beforeEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
				// the value is saved by the editing support
			}

			@Override
			public void afterEditorDeactivated(ColumnViewerEditorDeactivationEvent event) {
				if (refreshPending && !viewer.getTable().isDisposed()) {
					viewer.getTable().getDisplay().asyncExec(EditableTable.this::refreshNow);
				}
			}
		});
	}

	/**
	 * Adds a column.
	 *
	 * @param title   its header
	 * @param weight  its share of the width
	 * @param text    the text of a row's cell
	 * @param editing how its cells are edited, or {@code null} for a read-only column
	 */
	void column(String title, int weight, Function<Object, String> text, EditingSupport editing) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String shown = text.apply(element);
				return shown == null ? "" : shown; //$NON-NLS-1$
			}
		});
		if (editing != null) {
			column.setEditingSupport(editing);
		}
		((TableColumnLayout) area.getLayout()).setColumnData(column.getColumn(), new ColumnWeightData(weight, 50));
	}

	/** @return the viewer */
	TableViewer viewer() {
		return viewer;
	}

	/** @return the selected row, or {@code null} */
	Object selected() {
		return ((IStructuredSelection) viewer.getSelection()).getFirstElement();
	}

	/**
	 * Shows rows; when a cell is being edited, the rows are shown once the edit ends.
	 *
	 * @param newRows the rows
	 */
	void show(Object[] newRows) {
		rows = newRows;
		refreshNow();
	}

	private void refreshNow() {
		if (viewer.getTable().isDisposed()) {
			return;
		}
		if (viewer.isCellEditorActive()) {
			// the texts of the rows shown can change without ending the edit; new or removed rows wait for its end
			refreshPending = true;
			viewer.update(Arrays.stream(viewer.getTable().getItems()).map(item -> item.getData()).toArray(), null);
			return;
		}
		refreshPending = false;
		Object selected = selected();
		viewer.setInput(rows);
		if (selected != null && Arrays.asList(rows).contains(selected)) {
			viewer.setSelection(new StructuredSelection(selected), true);
		}
	}

	/** Turns a value still being typed in a cell into a command. */
	void commitPendingEdits() {
		if (!viewer.getTable().isDisposed() && viewer.isCellEditorActive()) {
			viewer.applyEditorValue();
		}
	}
}
