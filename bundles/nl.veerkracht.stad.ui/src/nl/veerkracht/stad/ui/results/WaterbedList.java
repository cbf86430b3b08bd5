package nl.veerkracht.stad.ui.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import nl.veerkracht.cbs.data.RegionCode;
import nl.veerkracht.cbs.data.RegionLevel;
import nl.veerkracht.gis.core.format.DutchNumbers;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.stad.Cause;
import nl.veerkracht.stad.ComparisonResult;
import nl.veerkracht.stad.ScenarioOutcome;
import nl.veerkracht.stad.WaterbedEffect;
import nl.veerkracht.stad.ui.StadsbalansWidgetKeys;

/**
 * The waterbed list: every buurt that tips into a worse class than in the baseline because of choices made
 * elsewhere, with the scenario, the year, the class change, the causes in words (the origin buurt and its wijk,
 * the perspective, the households it sent) and the households in total. Sorted by scenario, then year, then the
 * most households first. Selecting a row selects its buurt and year.
 */
final class WaterbedList {

	private final Composite composite;
	private final Table table;
	private final Label empty;
	private final Label detail;
	private final BiConsumer<String, Integer> onSelect;
	private final List<Row> rows = new ArrayList<>();

	/**
	 * A waterbed effect with the scenario it belongs to.
	 *
	 * @param scenario the scenario's position in the comparison
	 * @param name     the scenario's name
	 * @param effect   the effect
	 */
	record Row(int scenario, String name, WaterbedEffect effect) {

		/** @return the households received from all causes */
		int households() {
			return effect.causes().values().stream().mapToInt(Integer::intValue).sum();
		}
	}

	/**
	 * @param parent   where the list goes
	 * @param onSelect told the buurt code and year of a row the user selects
	 */
	WaterbedList(Composite parent, BiConsumer<String, Integer> onSelect) {
		this.onSelect = onSelect;
		composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(composite);
		Label title = new Label(composite, SWT.NONE);
		title.setText(ResultsMessages.Waterbed_title);
		title.setFont(org.eclipse.jface.resource.JFaceResources.getFontRegistry()
				.getBold(org.eclipse.jface.resource.JFaceResources.DIALOG_FONT));
		empty = new Label(composite, SWT.WRAP);
		empty.setText(ResultsMessages.Waterbed_none);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).exclude(true).applyTo(empty);
		empty.setVisible(false);
		table = WidgetKeys.set(new Table(composite, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL),
				StadsbalansWidgetKeys.WATERBED_TABLE);
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 120).applyTo(table);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String header : new String[] { ResultsMessages.Waterbed_scenario, ResultsMessages.Waterbed_year,
				ResultsMessages.Waterbed_buurt, ResultsMessages.Waterbed_klasse, ResultsMessages.Waterbed_households,
				ResultsMessages.Waterbed_causes }) {
			TableColumn column = new TableColumn(table, header.equals(ResultsMessages.Waterbed_households)
					|| header.equals(ResultsMessages.Waterbed_year) ? SWT.RIGHT : SWT.LEFT);
			column.setText(header);
		}
		detail = new Label(composite, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(detail);
		table.addListener(SWT.Selection, event -> {
			int index = table.getSelectionIndex();
			if (index >= 0) {
				WaterbedEffect effect = rows.get(index).effect();
				showDetail(index);
				onSelect.accept(effect.buurtCode(), effect.year());
			}
		});
	}

	/** Writes the causes of a row in full under the table, where the column may be too narrow for them. */
	private void showDetail(int index) {
		Row row = rows.get(index);
		detail.setText(NLS.bind(ResultsMessages.Waterbed_detail, new Object[] { table.getItem(index).getText(2),
				Integer.toString(row.effect().year()), table.getItem(index).getText(5) }));
		composite.layout(true, true);
	}

	/** @return the list's composite */
	Composite control() {
		return composite;
	}

	/** @return the rows in table order */
	List<Row> rows() {
		return List.copyOf(rows);
	}

	/**
	 * Lists the waterbed effects of every variant.
	 *
	 * @param comparison the comparison
	 */
	void show(ComparisonResult comparison) {
		rows.clear();
		detail.setText(""); //$NON-NLS-1$
		List<ScenarioOutcome> outcomes = comparison.outcomes();
		for (int s = 1; s < outcomes.size(); s++) {
			for (WaterbedEffect effect : outcomes.get(s).waterbed()) {
				rows.add(new Row(s, outcomes.get(s).scenario().name(), effect));
			}
		}
		rows.sort(Comparator.comparingInt(Row::scenario).thenComparingInt(row -> row.effect().year())
				.thenComparing(Comparator.comparingInt(Row::households).reversed())
				.thenComparing(row -> comparison.buurtName(row.effect().buurtCode())));
		table.setRedraw(false);
		try {
			table.removeAll();
			for (Row row : rows) {
				WaterbedEffect effect = row.effect();
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(new String[] { row.name(), Integer.toString(effect.year()), comparison.buurtName(effect.buurtCode()),
						NLS.bind(ResultsMessages.Waterbed_klasseChange, effect.baseline().label(), effect.scenario().label()),
						DutchNumbers.integer(row.households()), causes(comparison, effect.causes()) });
			}
			for (TableColumn column : table.getColumns()) {
				column.pack();
			}
		} finally {
			table.setRedraw(true);
		}
		boolean none = rows.isEmpty();
		empty.setVisible(none);
		((org.eclipse.swt.layout.GridData) empty.getLayoutData()).exclude = !none;
		composite.layout(true, true);
	}

	/**
	 * Selects the first row of a buurt in a year, if any, without telling the listener.
	 *
	 * @param code the buurt code
	 * @param year the year
	 */
	void reveal(String code, int year) {
		Optional<Row> row = rows.stream().filter(r -> r.effect().buurtCode().equals(code) && r.effect().year() == year)
				.findFirst();
		if (row.isPresent()) {
			int index = rows.indexOf(row.get());
			if (table.getSelectionIndex() != index) {
				table.setSelection(index);
				showDetail(index);
			}
		}
	}

	/**
	 * @param comparison the comparison, for names
	 * @param causes     households per cause, most first
	 * @return the causes in words, e.g. "Herpositionering bestaande voorraad in Tarwewijk (wijk WK059915): 12"
	 */
	static String causes(ComparisonResult comparison, Map<Cause, Integer> causes) {
		List<String> words = new ArrayList<>();
		for (Map.Entry<Cause, Integer> entry : causes.entrySet()) {
			Cause cause = entry.getKey();
			words.add(NLS.bind(ResultsMessages.Waterbed_cause, new Object[] { cause.perspective().getLiteral(),
					comparison.buurtName(cause.originCode()), wijk(cause.originCode()), DutchNumbers.integer(entry.getValue()) }));
		}
		return String.join("; ", words); //$NON-NLS-1$
	}

	private static String wijk(String buurtCode) {
		return RegionCode.parse(buurtCode).map(code -> code.within(RegionLevel.WIJK).code()).orElse(buurtCode);
	}
}
