package nl.veerkracht.stad.ui.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.Scenario;
import nl.veerkracht.stad.ui.StadsbalansWidgetKeys;

/**
 * The scenarios of an analysis as a checkable list (which to run; the baseline "niets extra doen" is always run
 * and always first) with the buttons that make, copy, rename and delete them.
 */
public final class ScenarioList {

	private final Group group;
	private final Table table;
	private final Button fromWijkschetsen;
	private final Button create;
	private final Button duplicate;
	private final Button rename;
	private final Button delete;
	private final Consumer<Scenario> selected;
	private final Set<Scenario> unchecked = Collections.newSetFromMap(new IdentityHashMap<>());
	private Analyse analyse;
	private ScenarioEdits edits;
	private Scenario selection;

	/**
	 * @param parent   the composite to build in (grid layout, one column)
	 * @param selected told of the scenario selected in the list, {@code null} for none
	 */
	public ScenarioList(Composite parent, Consumer<Scenario> selected) {
		this.selected = selected;
		group = new Group(parent, SWT.NONE);
		group.setText(ScenarioMessages.Scenarios_title);
		group.setLayout(new GridLayout(1, false));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		table = new Table(group, SWT.BORDER | SWT.CHECK | SWT.FULL_SELECTION | SWT.SINGLE);
		WidgetKeys.set(table, StadsbalansWidgetKeys.SCENARIOS);
		table.setToolTipText(ScenarioMessages.Scenarios_tooltip);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 110).applyTo(table);
		table.addListener(SWT.Selection, event -> {
			if (event.detail == SWT.CHECK && event.item instanceof TableItem item) {
				checked(item);
			}
			TableItem[] rows = table.getSelection();
			select(rows.length == 0 ? null : (Scenario) rows[0].getData());
		});
		Composite buttons = new Composite(group, SWT.NONE);
		RowLayout row = new RowLayout(SWT.HORIZONTAL);
		row.marginLeft = 0;
		row.marginRight = 0;
		row.wrap = true;
		buttons.setLayout(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
		fromWijkschetsen = button(buttons, ScenarioMessages.Scenarios_fromWijkschetsen, StadsbalansWidgetKeys.NEW_FROM_WIJKSCHETSEN);
		fromWijkschetsen.addListener(SWT.Selection, event -> newFromWijkschetsen());
		create = button(buttons, ScenarioMessages.Scenarios_new, ScenarioWidgetKeys.NEW);
		create.addListener(SWT.Selection, event -> askName(ScenarioMessages.Scenarios_newTitle, nextName(ScenarioMessages.Scenarios_newName))
				.ifPresent(name -> select(edits.addEmpty(name))));
		duplicate = button(buttons, ScenarioMessages.Scenarios_duplicate, ScenarioWidgetKeys.DUPLICATE);
		duplicate.addListener(SWT.Selection, event -> {
			Scenario original = selection;
			askName(ScenarioMessages.Scenarios_duplicateTitle, nextName(NLS.bind(ScenarioMessages.Scenarios_copyName, original.getName())))
					.ifPresent(name -> select(edits.duplicate(original, name)));
		});
		rename = button(buttons, ScenarioMessages.Scenarios_rename, ScenarioWidgetKeys.RENAME);
		rename.addListener(SWT.Selection, event -> {
			Scenario scenario = selection;
			askName(ScenarioMessages.Scenarios_renameTitle, scenario.getName()).filter(name -> !name.equals(scenario.getName()))
					.ifPresent(name -> edits.rename(scenario, name));
		});
		delete = button(buttons, ScenarioMessages.Scenarios_delete, ScenarioWidgetKeys.DELETE);
		delete.addListener(SWT.Selection, event -> edits.delete(selection));
		show(null, null);
	}

	private static Button button(Composite parent, String text, String id) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		WidgetKeys.set(button, id);
		return button;
	}

	/**
	 * Shows the scenarios of an analysis.
	 *
	 * @param analyse the analysis, or {@code null} for none
	 * @param edits   how to change its scenarios, or {@code null} with no analysis
	 */
	public void show(Analyse analyse, ScenarioEdits edits) {
		if (this.analyse != analyse) {
			unchecked.clear();
			selection = null;
		}
		this.analyse = analyse;
		this.edits = edits;
		refresh();
	}

	/** Shows the scenarios again after a change of the model, keeping the selection where it still exists. */
	public void refresh() {
		if (table.isDisposed()) {
			return;
		}
		table.removeAll();
		List<Scenario> scenarios = ordered();
		unchecked.retainAll(scenarios);
		for (Scenario scenario : scenarios) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setData(scenario);
			boolean baseline = ScenarioEdits.isBaseline(scenario);
			item.setText(baseline ? NLS.bind(ScenarioMessages.Scenarios_baseline, scenario.getName()) : name(scenario));
			item.setChecked(baseline || !unchecked.contains(scenario));
		}
		if (selection != null && !scenarios.contains(selection)) {
			selection = null;
		}
		if (selection == null && !scenarios.isEmpty()) {
			selection = scenarios.stream().filter(s -> !ScenarioEdits.isBaseline(s)).findFirst().orElse(scenarios.get(0));
		}
		if (selection != null) {
			table.setSelection(scenarios.indexOf(selection));
		}
		updateButtons();
		selected.accept(selection);
	}

	private List<Scenario> ordered() {
		if (analyse == null) {
			return List.of();
		}
		List<Scenario> scenarios = new ArrayList<>();
		ScenarioEdits.baseline(analyse).ifPresent(scenarios::add);
		analyse.getScenarios().stream().filter(s -> !scenarios.contains(s)).forEach(scenarios::add);
		return scenarios;
	}

	/** @return the scenarios to run: the checked ones other than the baseline, in list order */
	public List<Scenario> checkedVariants() {
		return ordered().stream().filter(s -> !ScenarioEdits.isBaseline(s) && !unchecked.contains(s)).toList();
	}

	/** @return the scenario selected in the list, or {@code null} */
	public Scenario selection() {
		return selection;
	}

	private void checked(TableItem item) {
		Scenario scenario = (Scenario) item.getData();
		if (ScenarioEdits.isBaseline(scenario)) {
			item.setChecked(true);
		} else if (item.getChecked()) {
			unchecked.remove(scenario);
		} else {
			unchecked.add(scenario);
		}
	}

	private void select(Scenario scenario) {
		selection = scenario;
		if (scenario != null) {
			int index = ordered().indexOf(scenario);
			if (index >= 0 && index < table.getItemCount()) {
				table.setSelection(index);
			}
		}
		updateButtons();
		selected.accept(scenario);
	}

	private void updateButtons() {
		boolean open = analyse != null && edits != null;
		boolean variant = open && selection != null && !ScenarioEdits.isBaseline(selection);
		group.setEnabled(open);
		table.setEnabled(open);
		fromWijkschetsen.setEnabled(open && !analyse.getWijkschetsen().isEmpty());
		fromWijkschetsen.setToolTipText(open && analyse.getWijkschetsen().isEmpty() ? ScenarioMessages.Scenarios_noWijkschetsen
				: ScenarioMessages.Scenarios_fromWijkschetsenTooltip);
		create.setEnabled(open);
		duplicate.setEnabled(open && selection != null);
		rename.setEnabled(variant);
		delete.setEnabled(variant);
	}

	private void newFromWijkschetsen() {
		NewFromWijkschetsenDialog dialog = new NewFromWijkschetsenDialog(table.getShell(), analyse.getWijkschetsen(),
				nextName(ScenarioMessages.Scenarios_fromWijkschetsenName), this::nameProblem);
		if (dialog.open() == Window.OK) {
			select(edits.addFromWijkschetsen(dialog.name(), dialog.wijkschetsen()));
		}
	}

	private java.util.Optional<String> askName(String title, String initial) {
		InputDialog dialog = new InputDialog(table.getShell(), title, ScenarioMessages.Scenarios_nameLabel, initial,
				this::nameProblem);
		return dialog.open() == IDialogConstants.OK_ID ? java.util.Optional.of(dialog.getValue().strip()) : java.util.Optional.empty();
	}

	/** @return why a name cannot be a scenario's name, or {@code null} when it can */
	private String nameProblem(String name) {
		String stripped = name.strip();
		if (stripped.isEmpty()) {
			return ScenarioMessages.Scenarios_nameEmpty;
		}
		if (nl.veerkracht.stad.Scenario.BASELINE_NAME.equalsIgnoreCase(stripped)) {
			return NLS.bind(ScenarioMessages.Scenarios_nameBaseline, nl.veerkracht.stad.Scenario.BASELINE_NAME);
		}
		return null;
	}

	private String nextName(String base) {
		if (analyse == null || analyse.getScenarios().stream().noneMatch(s -> base.equals(s.getName()))) {
			return base;
		}
		for (int number = 2;; number++) {
			String candidate = base + " " + number; //$NON-NLS-1$
			if (analyse.getScenarios().stream().noneMatch(s -> candidate.equals(s.getName()))) {
				return candidate;
			}
		}
	}

	private static String name(Scenario scenario) {
		return scenario.getName() == null || scenario.getName().isBlank() ? ScenarioMessages.Scenarios_unnamed : scenario.getName();
	}
}
