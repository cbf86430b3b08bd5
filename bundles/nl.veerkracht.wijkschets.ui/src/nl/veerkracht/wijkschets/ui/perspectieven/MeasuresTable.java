package nl.veerkracht.wijkschets.ui.perspectieven;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.Kostenklasse;
import nl.veerkracht.model.Maatregel;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.VeerkrachtPackage.Literals;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.wijkschets.ui.editor.WijkschetsEditor;

/**
 * The measures of one perspective as a table: description, owner, cost class, start and end year, each edited in
 * its cell, with Toevoegen, Verwijderen, Omhoog and Omlaag. Every edit is one command; the selected measure is
 * the editor's selection (the Properties view shows it). The matrix's quadrant lists the same measures.
 */
final class MeasuresTable {

	private final WijkschetsEditor editor;
	private final PerspectiefEdits edits;
	private final EditableTable table;
	private final Button remove;
	private final Button up;
	private final Button down;
	private Handelingsperspectief perspective = Handelingsperspectief.SOCIALE_AANPAK;

	MeasuresTable(Composite parent, FormToolkit toolkit, WijkschetsEditor editor, PerspectiefEdits edits) {
		this.editor = editor;
		this.edits = edits;
		Composite area = toolkit.createComposite(parent);
		area.setLayout(new GridLayout(1, false));
		area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite heading = toolkit.createComposite(area);
		GridLayout headingLayout = new GridLayout(5, false);
		headingLayout.marginWidth = 0;
		headingLayout.marginHeight = 0;
		heading.setLayout(headingLayout);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		HandelingsperspectievenPage.heading(toolkit, heading, PerspectievenMessages.Measures_title)
				.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button add = button(toolkit, heading, PerspectievenMessages.Measures_add, PerspectievenWidgetKeys.MEASURE_ADD);
		remove = button(toolkit, heading, PerspectievenMessages.Measures_remove, PerspectievenWidgetKeys.MEASURE_REMOVE);
		up = button(toolkit, heading, PerspectievenMessages.Measures_up, PerspectievenWidgetKeys.MEASURE_UP);
		down = button(toolkit, heading, PerspectievenMessages.Measures_down, PerspectievenWidgetKeys.MEASURE_DOWN);

		table = new EditableTable(area, toolkit, PerspectievenWidgetKeys.MEASURES, 5);
		var viewer = table.viewer();
		table.column(PerspectievenMessages.Measures_description, 40, row -> ((Maatregel) row).getDescription(),
				CellEditing.<Maatregel> text(viewer, PerspectievenWidgetKeys.MEASURE_TEXT_EDITOR, Maatregel::getDescription,
						(measure, value) -> edits.set(measure, Literals.MAATREGEL__DESCRIPTION, value)));
		table.column(PerspectievenMessages.Measures_owner, 22, row -> ((Maatregel) row).getOwner(),
				CellEditing.<Maatregel> text(viewer, PerspectievenWidgetKeys.MEASURE_TEXT_EDITOR, Maatregel::getOwner,
						(measure, value) -> edits.set(measure, Literals.MAATREGEL__OWNER, value)));
		table.column(PerspectievenMessages.Measures_costClass, 14, row -> costLabel(((Maatregel) row).getCostClass()),
				CellEditing.<Maatregel, Kostenklasse> choice(viewer, PerspectievenWidgetKeys.MEASURE_CHOICE_EDITOR,
						Kostenklasse.VALUES.stream().map(MeasuresTable::costLabel).toList(), Kostenklasse.VALUES,
						Maatregel::getCostClass, (measure, value) -> edits.set(measure, Literals.MAATREGEL__COST_CLASS, value)));
		table.column(PerspectievenMessages.Measures_startYear, 12, row -> year(((Maatregel) row).getStartYear()),
				CellEditing.<Maatregel> year(viewer, PerspectievenWidgetKeys.MEASURE_YEAR_EDITOR, Maatregel::getStartYear,
						(measure, value) -> edits.set(measure, Literals.MAATREGEL__START_YEAR, value)));
		table.column(PerspectievenMessages.Measures_endYear, 12, row -> year(((Maatregel) row).getEndYear()),
				CellEditing.<Maatregel> year(viewer, PerspectievenWidgetKeys.MEASURE_YEAR_EDITOR, Maatregel::getEndYear,
						(measure, value) -> edits.set(measure, Literals.MAATREGEL__END_YEAR, value)));

		viewer.addSelectionChangedListener(event -> {
			updateButtons();
			if (!event.getSelection().isEmpty()) {
				editor.setSelection(event.getSelection());
			}
		});
		add.addListener(SWT.Selection, event -> addMeasure());
		remove.addListener(SWT.Selection, event -> {
			if (table.selected() instanceof Maatregel measure) {
				table.commitPendingEdits();
				edits.remove(measure);
			}
		});
		up.addListener(SWT.Selection, event -> move(-1));
		down.addListener(SWT.Selection, event -> move(1));
		updateButtons();
	}

	/**
	 * Shows the measures of a perspective.
	 *
	 * @param shown the perspective
	 */
	void show(Handelingsperspectief shown) {
		if (shown != perspective) {
			table.commitPendingEdits();
			perspective = shown;
			table.viewer().setSelection(StructuredSelection.EMPTY);
		}
		refresh();
	}

	/** Shows the measures as the model has them now. */
	void refresh() {
		PerspectiefInzet inzet = PerspectiefEdits.inzet(wijkschets(), perspective);
		table.show(inzet == null ? new Object[0] : inzet.getMaatregelen().toArray());
		updateButtons();
	}

	/** Turns a value still being typed in a cell into a command. */
	void commitPendingEdits() {
		table.commitPendingEdits();
	}

	private void addMeasure() {
		table.commitPendingEdits();
		Maatregel measure = edits.addMeasure(perspective);
		refresh();
		table.viewer().setSelection(new StructuredSelection(measure), true);
		// ready to type its description
		table.viewer().editElement(measure, 0);
	}

	private void move(int by) {
		if (table.selected() instanceof Maatregel measure) {
			table.commitPendingEdits();
			edits.move(measure, by);
			refresh();
			table.viewer().setSelection(new StructuredSelection(measure), true);
		}
	}

	private void updateButtons() {
		Object selected = table.selected();
		List<?> rows = Arrays.asList(table.viewer().getInput() instanceof Object[] input ? input : new Object[0]);
		int index = selected == null ? -1 : rows.indexOf(selected);
		remove.setEnabled(index >= 0);
		up.setEnabled(index > 0);
		down.setEnabled(index >= 0 && index < rows.size() - 1);
	}

	private Wijkschets wijkschets() {
		return editor.getWijkschets();
	}

	private static Button button(FormToolkit toolkit, Composite parent, String text, String id) {
		Button button = WidgetKeys.set(toolkit.createButton(parent, text, SWT.PUSH), id);
		button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
		return button;
	}

	static String costLabel(Kostenklasse costClass) {
		return costClass == null ? "" : PerspectievenMessages.costClass(costClass); //$NON-NLS-1$
	}

	private static String year(Integer year) {
		return year == null ? "" : year.toString(); //$NON-NLS-1$
	}
}
