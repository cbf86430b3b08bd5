package nl.veerkracht.wijkschets.ui.overzicht;

import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.widgets.FormToolkit;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.model.ProjectStatus;
import nl.veerkracht.model.Sleutelproject;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.VeerkrachtPackage.Literals;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.wijkschets.ui.editor.WijkschetsEditor;

/**
 * The sleutelprojecten of the wijkschets in a table edited in place (name, trekker, status, start and end
 * year), with buttons to add, remove and reorder. Every edit is one command; selecting a row shows the
 * project in the Properties view. Use on the UI thread.
 */
final class ProjectsTable {

	private static final int NAME = 0;
	private static final int OWNER = 1;
	private static final int STATUS = 2;
	private static final int START = 3;
	private static final int END = 4;

	private final WijkschetsEditor editor;
	private final Wijkschets wijkschets;
	private final TableViewer viewer;
	private final TableColumnLayout columnLayout;
	private final Button remove;
	private final Button up;
	private final Button down;

	ProjectsTable(Composite parent, FormToolkit toolkit, WijkschetsEditor editor) {
		this.editor = editor;
		this.wijkschets = editor.getWijkschets();
		Composite panel = toolkit.createComposite(parent);
		panel.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		panel.setLayout(layout);
		// the columns share the table's width, so that all five show in a narrow column of the page
		Composite tableHolder = toolkit.createComposite(panel);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
		tableData.heightHint = 110;
		tableData.widthHint = 300;
		tableHolder.setLayoutData(tableData);
		columnLayout = new TableColumnLayout();
		tableHolder.setLayout(columnLayout);
		viewer = new TableViewer(tableHolder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		Table table = viewer.getTable();
		toolkit.adapt(table, false, false);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		WidgetKeys.set(table, OverzichtWidgetKeys.PROJECTS);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(OverzichtMessages.Projects_name, 34, 80, NAME);
		column(OverzichtMessages.Projects_owner, 26, 60, OWNER);
		column(OverzichtMessages.Projects_status, 18, 60, STATUS);
		column(OverzichtMessages.Projects_start, 11, 42, START);
		column(OverzichtMessages.Projects_end, 11, 42, END);
		ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
						|| event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
						|| event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| (event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && event.keyCode == SWT.F2);
			}
		};
		TableViewerEditor.create(viewer, activation, ColumnViewerEditor.TABBING_HORIZONTAL
				| ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		viewer.addSelectionChangedListener(event -> {
			editor.setSelection(event.getSelection());
			updateButtons();
		});
		editor.addPendingEdits(() -> {
			if (!table.isDisposed() && viewer.isCellEditorActive()) {
				viewer.applyEditorValue();
			}
		});

		Composite buttons = toolkit.createComposite(panel);
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
		GridLayout buttonLayout = new GridLayout(1, true);
		buttonLayout.marginWidth = 0;
		buttonLayout.marginHeight = 0;
		buttons.setLayout(buttonLayout);
		button(toolkit, buttons, OverzichtMessages.Projects_add, OverzichtWidgetKeys.PROJECT_ADD, this::add);
		remove = button(toolkit, buttons, OverzichtMessages.Projects_remove, OverzichtWidgetKeys.PROJECT_REMOVE, this::remove);
		up = button(toolkit, buttons, OverzichtMessages.Projects_up, OverzichtWidgetKeys.PROJECT_UP, () -> move(-1));
		down = button(toolkit, buttons, OverzichtMessages.Projects_down, OverzichtWidgetKeys.PROJECT_DOWN, () -> move(1));

		viewer.setInput(wijkschets.getSleutelprojecten());
		editor.addModelListener(this::refresh);
		updateButtons();
	}

	TableViewer getViewer() {
		return viewer;
	}

	private static Button button(FormToolkit toolkit, Composite parent, String text, String key, Runnable run) {
		Button button = toolkit.createButton(parent, text, SWT.PUSH);
		button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		button.addListener(SWT.Selection, e -> run.run());
		WidgetKeys.set(button, key);
		return button;
	}

	private void column(String title, int weight, int minimumWidth, int index) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		columnLayout.setColumnData(column.getColumn(), new ColumnWeightData(weight, minimumWidth, true));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text((Sleutelproject) element, index);
			}
		});
		column.setEditingSupport(new ProjectEditing(index));
	}

	/**
	 * @param project a project
	 * @param column  a column index
	 * @return the text of the project in that column
	 */
	static String text(Sleutelproject project, int column) {
		Object value = switch (column) {
		case NAME -> project.getName();
		case OWNER -> project.getOwner();
		case STATUS -> project.getStatus() == null ? null : project.getStatus().getLiteral();
		case START -> project.getStartYear();
		default -> project.getEndYear();
		};
		return value == null ? "" : value.toString(); //$NON-NLS-1$
	}

	private Sleutelproject selected() {
		return ((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof Sleutelproject project ? project
				: null;
	}

	private void add() {
		editor.commitPendingEdits();
		Sleutelproject project = VeerkrachtFactory.eINSTANCE.createSleutelproject();
		project.setName(OverzichtMessages.Projects_newName);
		project.setStatus(ProjectStatus.GEPLAND);
		EditingDomain domain = editor.getEditingDomain();
		domain.getCommandStack().execute(AddCommand.create(domain, wijkschets, Literals.WIJKSCHETS__SLEUTELPROJECTEN, project));
		viewer.refresh();
		viewer.setSelection(new StructuredSelection(project), true);
		viewer.getTable().setFocus();
		viewer.editElement(project, NAME);
	}

	private void remove() {
		Sleutelproject project = selected();
		if (project != null) {
			editor.commitPendingEdits();
			EditingDomain domain = editor.getEditingDomain();
			domain.getCommandStack().execute(
					RemoveCommand.create(domain, wijkschets, Literals.WIJKSCHETS__SLEUTELPROJECTEN, project));
		}
	}

	private void move(int delta) {
		Sleutelproject project = selected();
		if (project == null) {
			return;
		}
		int target = wijkschets.getSleutelprojecten().indexOf(project) + delta;
		if (target < 0 || target >= wijkschets.getSleutelprojecten().size()) {
			return;
		}
		editor.commitPendingEdits();
		EditingDomain domain = editor.getEditingDomain();
		domain.getCommandStack().execute(
				MoveCommand.create(domain, wijkschets, Literals.WIJKSCHETS__SLEUTELPROJECTEN, project, target));
		viewer.refresh();
		viewer.setSelection(new StructuredSelection(project), true);
	}

	private void refresh() {
		if (viewer.getTable().isDisposed()) {
			return;
		}
		if (!viewer.isCellEditorActive()) {
			viewer.refresh();
		}
		updateButtons();
	}

	private void updateButtons() {
		Sleutelproject project = selected();
		int index = project == null ? -1 : wijkschets.getSleutelprojecten().indexOf(project);
		remove.setEnabled(index >= 0);
		up.setEnabled(index > 0);
		down.setEnabled(index >= 0 && index < wijkschets.getSleutelprojecten().size() - 1);
	}

	/** Edits one column in place, each change one command. */
	private final class ProjectEditing extends EditingSupport {

		private final int column;
		private final CellEditor cellEditor;

		ProjectEditing(int column) {
			super(viewer);
			this.column = column;
			if (column == STATUS) {
				String[] items = ProjectStatus.VALUES.stream().map(ProjectStatus::getLiteral).toArray(String[]::new);
				cellEditor = new ComboBoxCellEditor(viewer.getTable(), items, SWT.READ_ONLY);
			} else {
				cellEditor = new TextCellEditor(viewer.getTable());
				if (column == START || column == END) {
					cellEditor.setValidator(value -> year(String.valueOf(value)) == null && !String.valueOf(value).isBlank()
							? OverzichtMessages.Projects_badYear : null);
				}
			}
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return cellEditor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			Sleutelproject project = (Sleutelproject) element;
			if (column == STATUS) {
				return project.getStatus() == null ? Integer.valueOf(0) : Integer.valueOf(project.getStatus().getValue());
			}
			return text(project, column);
		}

		@Override
		protected void setValue(Object element, Object value) {
			Sleutelproject project = (Sleutelproject) element;
			Object newValue;
			EAttribute attribute;
			switch (column) {
			case NAME -> {
				attribute = Literals.SLEUTELPROJECT__NAME;
				newValue = blankToNull((String) value);
			}
			case OWNER -> {
				attribute = Literals.SLEUTELPROJECT__OWNER;
				newValue = blankToNull((String) value);
			}
			case STATUS -> {
				attribute = Literals.SLEUTELPROJECT__STATUS;
				int index = value instanceof Integer i ? i : -1;
				if (index < 0) {
					return;
				}
				newValue = ProjectStatus.get(index);
			}
			case START -> {
				attribute = Literals.SLEUTELPROJECT__START_YEAR;
				newValue = year(String.valueOf(value));
			}
			default -> {
				attribute = Literals.SLEUTELPROJECT__END_YEAR;
				newValue = year(String.valueOf(value));
			}
			}
			if ((column == START || column == END) && newValue == null && !String.valueOf(value).isBlank()) {
				// not a year: the cell keeps what the project has
				return;
			}
			if (value == null || Objects.equals(project.eGet(attribute), newValue)) {
				return;
			}
			EditingDomain domain = editor.getEditingDomain();
			domain.getCommandStack().execute(SetCommand.create(domain, project, attribute,
					newValue == null ? SetCommand.UNSET_VALUE : newValue));
			viewer.update(project, null);
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/**
	 * @param text what was typed
	 * @return the year, or {@code null} when the text is not a year from 1900 to 2200
	 */
	static Integer year(String text) {
		try {
			int year = Integer.parseInt(text.strip());
			return year >= 1900 && year <= 2200 ? year : null;
		} catch (NumberFormatException e) {
			return null;
		}
	}
}
