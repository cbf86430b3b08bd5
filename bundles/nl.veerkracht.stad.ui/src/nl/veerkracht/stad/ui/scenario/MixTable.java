package nl.veerkracht.stad.ui.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Table;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.GebiedsMix;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.Regio;
import nl.veerkracht.model.Scenario;
import nl.veerkracht.model.method.Intensiteit;
import nl.veerkracht.model.method.MixKleuren;
import nl.veerkracht.stad.ui.StadsbalansWidgetKeys;

/**
 * The mix table of a scenario: a row per area, a column per perspective with its intensity in the method's words
 * and the mix colours; a cell is changed in place from a drop-down, an area added from the wijken and buurten of
 * the analysis or removed. Every change is a command through {@link ScenarioEdits}.
 */
public final class MixTable {

	/** Intensities at and above this one are dark enough for white text. */
	private static final int WHITE_TEXT_FROM = 3;

	private final Group group;
	private final TableViewer viewer;
	private final Combo areaChoice;
	private final Button add;
	private final Button remove;
	private final Map<Integer, Color> colours = new HashMap<>();
	private final List<Regio> offered = new ArrayList<>();
	private ScenarioEdits edits;
	private Scenario scenario;
	private List<Regio> areas = List.of();

	/** @param parent the composite to build in (grid layout, one column) */
	public MixTable(Composite parent) {
		group = new Group(parent, SWT.NONE);
		group.setText(ScenarioMessages.Mix_title);
		group.setLayout(new GridLayout(2, false));
		GridDataFactory.fillDefaults().grab(true, true).applyTo(group);
		viewer = new TableViewer(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		Table table = viewer.getTable();
		WidgetKeys.set(table, StadsbalansWidgetKeys.MIXES);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(SWT.DEFAULT, 120).applyTo(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TableViewerColumn area = new TableViewerColumn(viewer, SWT.LEFT);
		area.getColumn().setText(ScenarioMessages.Mix_area);
		area.getColumn().setWidth(170);
		area.setLabelProvider(ColumnLabelProvider.createTextProvider(element -> Areas.label(((GebiedsMix) element).getGebied())));
		ComboBoxCellEditor choice = new ComboBoxCellEditor(table, intensityLabels(), SWT.READ_ONLY);
		WidgetKeys.set(choice.getControl(), ScenarioWidgetKeys.MIX_CHOICE_EDITOR);
		choice.setActivationStyle(ComboBoxCellEditor.DROP_DOWN_ON_MOUSE_ACTIVATION);
		for (Handelingsperspectief perspective : Handelingsperspectief.VALUES) {
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
			column.getColumn().setText(perspective.getLiteral());
			column.getColumn().setToolTipText(perspective.getLiteral());
			column.getColumn().setWidth(118);
			column.setLabelProvider(new IntensityLabels(perspective));
			column.setEditingSupport(new IntensityEditing(choice, perspective));
		}
		areaChoice = new Combo(group, SWT.READ_ONLY | SWT.DROP_DOWN);
		WidgetKeys.set(areaChoice, ScenarioWidgetKeys.AREA_CHOICE);
		areaChoice.setVisibleItemCount(20);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(areaChoice);
		areaChoice.addListener(SWT.Selection, event -> updateButtons());
		add = new Button(group, SWT.PUSH);
		add.setText(ScenarioMessages.Mix_add);
		WidgetKeys.set(add, ScenarioWidgetKeys.AREA_ADD);
		add.addListener(SWT.Selection, event -> addArea());
		remove = new Button(group, SWT.PUSH);
		remove.setText(ScenarioMessages.Mix_remove);
		WidgetKeys.set(remove, ScenarioWidgetKeys.AREA_REMOVE);
		remove.addListener(SWT.Selection, event -> removeArea());
		viewer.addSelectionChangedListener(event -> updateButtons());
		show(null, null);
	}

	private static String[] intensityLabels() {
		String[] labels = new String[Intensiteit.MAX + 1];
		for (int intensity = Intensiteit.MIN; intensity <= Intensiteit.MAX; intensity++) {
			labels[intensity] = intensityLabel(intensity);
		}
		return labels;
	}

	/**
	 * @param intensity an intensity
	 * @return how a cell shows it, e.g. "3 – fors"
	 */
	public static String intensityLabel(int intensity) {
		return intensity + " \u2013 " + Intensiteit.woord(intensity); //$NON-NLS-1$
	}

	/**
	 * Shows the mixes of a scenario, or nothing.
	 *
	 * @param edits    how to change the scenario, or {@code null} with no scenario
	 * @param scenario a scenario of an analysis (the wijken and buurten of that analysis may be added), or
	 *                 {@code null}
	 */
	public void show(ScenarioEdits edits, Scenario scenario) {
		this.edits = edits;
		this.scenario = scenario;
		this.areas = scenario != null && scenario.eContainer() instanceof Analyse analyse ? Areas.of(analyse) : List.of();
		group.setText(scenario == null ? ScenarioMessages.Mix_title : ScenarioMessages.Mix_title + ": " + scenario.getName()); //$NON-NLS-1$
		refresh();
	}

	/** Shows the scenario's mixes and offers the areas again, after a change of the model. */
	public void refresh() {
		if (viewer.getTable().isDisposed()) {
			return;
		}
		Object selected = viewer.getStructuredSelection().getFirstElement();
		viewer.setInput(scenario == null ? List.of() : List.copyOf(scenario.getMixes()));
		if (selected != null && scenario != null && scenario.getMixes().contains(selected)) {
			viewer.setSelection(new StructuredSelection(selected));
		}
		Set<Regio> used = scenario == null ? Set.of()
				: scenario.getMixes().stream().map(GebiedsMix::getGebied).collect(Collectors.toSet());
		String chosen = areaChoice.getText();
		offered.clear();
		areaChoice.removeAll();
		if (scenario != null) {
			for (Regio area : areas) {
				if (!used.contains(area)) {
					offered.add(area);
					areaChoice.add(Areas.choiceLabel(area));
				}
			}
		}
		int again = java.util.Arrays.asList(areaChoice.getItems()).indexOf(chosen);
		if (again >= 0) {
			areaChoice.select(again);
		}
		updateButtons();
	}

	private void updateButtons() {
		boolean editable = scenario != null && !ScenarioEdits.isBaseline(scenario);
		viewer.getTable().setEnabled(scenario != null);
		areaChoice.setEnabled(editable && !offered.isEmpty());
		add.setEnabled(editable && areaChoice.getSelectionIndex() >= 0);
		remove.setEnabled(editable && !viewer.getStructuredSelection().isEmpty());
	}

	private void addArea() {
		int index = areaChoice.getSelectionIndex();
		if (edits == null || scenario == null || index < 0) {
			return;
		}
		GebiedsMix mix = edits.addArea(scenario, offered.get(index));
		refresh();
		viewer.setSelection(new StructuredSelection(mix), true);
	}

	private void removeArea() {
		IStructuredSelection selection = viewer.getStructuredSelection();
		if (edits != null && scenario != null && selection.getFirstElement() instanceof GebiedsMix mix) {
			edits.removeArea(scenario, mix);
		}
	}

	private Color colour(int rgb) {
		return colours.computeIfAbsent(rgb,
				value -> new Color(MixKleuren.red(value), MixKleuren.green(value), MixKleuren.blue(value)));
	}

	/** A perspective's column: the intensity in words on the mix colour. */
	private final class IntensityLabels extends ColumnLabelProvider {

		private final Handelingsperspectief perspective;

		IntensityLabels(Handelingsperspectief perspective) {
			this.perspective = perspective;
		}

		@Override
		public String getText(Object element) {
			return intensityLabel(ScenarioEdits.intensity((GebiedsMix) element, perspective));
		}

		@Override
		public Color getBackground(Object element) {
			int intensity = ScenarioEdits.intensity((GebiedsMix) element, perspective);
			return intensity <= 0 ? null : colour(MixKleuren.fill(perspective, Math.min(intensity, Intensiteit.MAX)));
		}

		@Override
		public Color getForeground(Object element) {
			int intensity = ScenarioEdits.intensity((GebiedsMix) element, perspective);
			return intensity >= WHITE_TEXT_FROM ? viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_WHITE) : null;
		}
	}

	/** A perspective's cell, chosen from the five intensities. */
	private final class IntensityEditing extends EditingSupport {

		private final ComboBoxCellEditor editor;
		private final Handelingsperspectief perspective;

		IntensityEditing(ComboBoxCellEditor editor, Handelingsperspectief perspective) {
			super(viewer);
			this.editor = editor;
			this.perspective = perspective;
		}

		@Override
		protected ComboBoxCellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return edits != null && scenario != null && !ScenarioEdits.isBaseline(scenario);
		}

		@Override
		protected Object getValue(Object element) {
			int intensity = ScenarioEdits.intensity((GebiedsMix) element, perspective);
			return Integer.valueOf(Math.max(Intensiteit.MIN, Math.min(Intensiteit.MAX, intensity)));
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (value instanceof Integer index && Intensiteit.isValid(index)) {
				edits.setIntensity((GebiedsMix) element, perspective, index);
			}
		}
	}
}
