package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.io.CbsImport;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.format.DutchNumbers;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;
import nl.veerkracht.gis.core.style.Category;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.run.SignalMapStyles;
import nl.veerkracht.scoring.ui.BuurtReference;
import nl.veerkracht.stad.Band;
import nl.veerkracht.stad.BuurtStart;
import nl.veerkracht.stad.CbsCityInput;
import nl.veerkracht.stad.CityComparison;
import nl.veerkracht.stad.CityInput;
import nl.veerkracht.stad.ComparisonResult;
import nl.veerkracht.stad.ModelParameters;
import nl.veerkracht.stad.PerspectiveMix;
import nl.veerkracht.stad.RunProgress;
import nl.veerkracht.stad.Scenario;
import nl.veerkracht.stad.ScenarioComparison;
import nl.veerkracht.stad.ScenarioOutcome;
import nl.veerkracht.stad.SensitivitySpec;
import nl.veerkracht.stad.StadModel;
import nl.veerkracht.stad.WaterbedEffect;
import nl.veerkracht.stad.YearBalance;
import nl.veerkracht.stad.ui.StadsbalansResult;
import nl.veerkracht.stad.ui.StadsbalansWidgetKeys;
import nl.veerkracht.stad.ui.results.ComparisonPanel;
import nl.veerkracht.testsupport.SharedData;

/**
 * The result side of the Stadsbalans on Rotterdam 2016 (real KWB figures and buurt boundaries): the baseline
 * against the three most concentrated buurten redirecting their vulnerable inflow at full intensity, 15 years
 * with 20 sensitivity samples, shown in a {@link ComparisonPanel} in a 1600×1000 shell and driven with real
 * keyboard and pointer events: the balance table holds the model's figures, the year slider moves table and
 * maps, the maps show the class colours, a click shows a buurt's trajectory and a waterbed row selects its buurt
 * and year.
 */
class StadsbalansResultsTest {

	private static final int YEAR = 2016;
	private static final int HORIZON = 15;
	private static final String CODE = "buurtcode";

	private static StadsbalansResult result;
	private static List<String> origins;

	private Display display;
	private Robot robot;
	private Shell shell;
	private ComparisonPanel panel;

	@BeforeAll
	static void runTheComparison() throws Exception {
		CbsData data = new CbsImport().readAll(List.of(SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2016.csv")));
		CityInput city = new CbsCityInput(ModelParameters.defaults()).read(data, Optional.of(SignalMapFixture.GEMEENTE), YEAR);
		origins = city.input().buurten().stream().sorted(Comparator.comparingDouble(BuurtStart::vulnerableShare).reversed())
				.limit(3).map(BuurtStart::code).toList();
		Map<String, PerspectiveMix> mixes = new HashMap<>();
		for (String code : origins) {
			mixes.put(code, PerspectiveMix.NONE.with(Handelingsperspectief.HERPOSITIONERING, 4));
		}
		Scenario variant = new Scenario("drie buurten herpositioneren", mixes, List.of());
		ComparisonResult comparison = new ScenarioComparison(StadModel.withDefaults(), new SensitivitySpec(20, 8, 0.25, 0.25, 0.5))
				.run(city.input(), List.of(Scenario.baseline(), variant), HORIZON, RunProgress.NONE);
		FeatureCollection buurten = new GeoJsonReader().read(SharedData.file(MapTestBase.ROTTERDAM));
		result = new StadsbalansResult("Rotterdam", new CityComparison(city, ModelParameters.defaults(), comparison), buurten,
				CODE);
	}

	@BeforeEach
	void showThePanel() {
		display = PlatformUI.getWorkbench().getDisplay();
		robot = new Robot(display);
		shell = new Shell(display, SWT.SHELL_TRIM);
		shell.setText("Stadsbalans");
		shell.setLayout(new FillLayout());
		panel = new ComparisonPanel(shell);
		panel.showMessage("Scenario's berekenen\u2026");
		shell.setBounds(0, 0, 1600, 1000);
		shell.open();
		shell.forceActive();
		robot.settle(300);
		panel.show(result);
		robot.settle(500);
	}

	@AfterEach
	void closeThePanel() {
		if (shell != null && !shell.isDisposed()) {
			shell.close();
			shell.dispose();
		}
		robot.settle(100);
	}

	@Test
	void theTableShowsTheModelsFiguresAndTheSliderMovesTableAndMaps() {
		ComparisonResult comparison = result.comparison();
		int end = comparison.endYear();
		robot.screenshot("stadsbalans-results");
		assertEquals(end, panel.year(), "the outlook opens at the end year");
		Scale slider = robot.widget(shell, StadsbalansWidgetKeys.YEAR_SLIDER, Scale.class);
		assertEquals(end, slider.getSelection());
		assertTableShows(end);
		assertMapsShowClasses(end);

		// a variant's origin buurt leaves its class over the years: its map pixel must change with the year
		String origin = origins.get(0);
		assertNotEquals(comparison.outcomes().get(1).central().buurt(origin, YEAR).klasse(),
				comparison.outcomes().get(1).central().buurt(origin, end).klasse(), "the origin redirects its inflow");

		slider.forceFocus();
		robot.settle(100);
		robot.xdotool("key", "Left");
		robot.waitUntil("the slider one year back", () -> panel.year() == end - 1);
		robot.settle(200);
		assertEquals(end - 1, slider.getSelection());
		assertTableShows(end - 1);
		assertMapsShowClasses(end - 1);

		robot.xdotool("key", "Home");
		robot.waitUntil("the slider at the start year", () -> panel.year() == YEAR);
		robot.settle(200);
		assertTableShows(YEAR);
		assertMapsShowClasses(YEAR);
		assertPixelShowsClass(1, origin, comparison.outcomes().get(1).central().buurt(origin, YEAR).klasse());
		robot.screenshot("stadsbalans-results-start-year");

		Combo figure = robot.widget(shell, StadsbalansWidgetKeys.FIGURE_CHOICE, Combo.class);
		int largest = Arrays.asList(figure.getItems()).indexOf("Grootste concentratie");
		assertTrue(largest >= 0, Arrays.toString(figure.getItems()));
		figure.select(largest);
		figure.notifyListeners(SWT.Selection, new Event());
		robot.settle(100);
		Chart time = robot.widget(shell, StadsbalansWidgetKeys.TIME_CHART, Chart.class);
		for (int s = 0; s < comparison.outcomes().size(); s++) {
			ScenarioOutcome outcome = comparison.outcomes().get(s);
			double[] y = series(time, "central." + s).getYSeries();
			double[] p90 = series(time, "p90." + s).getYSeries();
			for (int year = YEAR; year <= end; year++) {
				assertEquals(100 * outcome.central().balance(year).largestShare(), y[year - YEAR], 1e-9);
				assertEquals(100 * outcome.sensitivity().largestShare(year).p90(), p90[year - YEAR], 1e-9);
			}
		}

		// beside the scenario side of the view the panel is narrower: the maps go above the table
		shell.setSize(1000, 1000);
		robot.settle(500);
		assertMapsShowClasses(YEAR);
		assertTableShows(YEAR);
		Table table = robot.widget(shell, StadsbalansWidgetKeys.BALANCE_TABLE, Table.class);
		int lastRow = table.getItem(table.getItemCount() - 1).getBounds().y + table.getItemHeight();
		assertTrue(lastRow <= table.getClientArea().height,
				"narrow, the note is the table's tooltip and every row is in sight: " + lastRow + " of "
						+ table.getClientArea().height);
		assertTrue(table.getToolTipText() != null && table.getToolTipText().startsWith("Waarden van de centrale berekening"),
				"the note as tooltip: " + table.getToolTipText());
		robot.screenshot("stadsbalans-results-narrow");
	}

	@Test
	void aClickedBuurtShowsItsTrajectoryAndAWaterbedRowSelectsBuurtAndYear() {
		ComparisonResult comparison = result.comparison();
		String origin = origins.get(0);
		Point onMap = panel.buurtOnMap(1, origin).orElseThrow();
		robot.xdotool("mousemove", Integer.toString(onMap.x), Integer.toString(onMap.y), "click", "1");
		robot.waitUntil("the clicked buurt selected", () -> panel.selectedBuurt().equals(Optional.of(origin)));
		robot.settle(300);
		robot.screenshot("stadsbalans-results-trajectory");
		Object selected = ((IStructuredSelection) panel.getSelection()).getFirstElement();
		assertEquals(new BuurtReference(origin, comparison.buurtName(origin)), selected, "published for the Buurtprofiel");
		Chart trajectory = robot.widget(shell, StadsbalansWidgetKeys.TRAJECTORY_CHART, Chart.class);
		assertTrue(trajectory.isVisible(), "the trajectory tab comes forward");
		List<String> central = Arrays.stream(trajectory.getSeriesSet().getSeries()).map(ISeries::getId)
				.filter(id -> id.startsWith("central.")).toList();
		assertEquals(comparison.outcomes().size(), central.size(), "one line per scenario: " + central);
		for (int s = 0; s < comparison.outcomes().size(); s++) {
			ScenarioOutcome outcome = comparison.outcomes().get(s);
			double[] y = series(trajectory, "central." + s).getYSeries();
			double[] p10 = series(trajectory, "p10." + s).getYSeries();
			for (int year = YEAR; year <= comparison.endYear(); year++) {
				assertEquals(100 * outcome.central().buurt(origin, year).vulnerableShare(), y[year - YEAR], 1e-9);
				Band band = outcome.sensitivity().vulnerableShare(origin, year);
				assertEquals(100 * band.p10(), p10[year - YEAR], 1e-9);
			}
		}
		// the same buurt's expected problems, chosen with the keyboard in the measure choice
		Combo measure = robot.widget(shell, StadsbalansWidgetKeys.TRAJECTORY_MEASURE, Combo.class);
		Point onChoice = measure.toDisplay(measure.getSize().x / 2, measure.getSize().y / 2);
		robot.xdotool("mousemove", Integer.toString(onChoice.x), Integer.toString(onChoice.y), "click", "1");
		robot.settle(300);
		robot.xdotool("key", "Down", "Down", "Return");
		robot.waitUntil("the expected problems shown", () -> measure.getSelectionIndex() == 2);
		robot.settle(200);
		for (int s = 0; s < comparison.outcomes().size(); s++) {
			ScenarioOutcome outcome = comparison.outcomes().get(s);
			double[] y = series(trajectory, "central." + s).getYSeries();
			for (int year = YEAR; year <= comparison.endYear(); year++) {
				assertEquals(outcome.central().buurt(origin, year).problemIndex(), y[year - YEAR], 1e-9);
			}
		}
		robot.screenshot("stadsbalans-results-problems");
		robot.xdotool("mousemove", Integer.toString(onChoice.x), Integer.toString(onChoice.y), "click", "1");
		robot.settle(300);
		robot.xdotool("key", "Up", "Up", "Return");
		robot.waitUntil("the vulnerable share shown again", () -> measure.getSelectionIndex() == 0);
		robot.settle(200);

		Table waterbed = robot.widget(shell, StadsbalansWidgetKeys.WATERBED_TABLE, Table.class);
		List<WaterbedEffect> effects = comparison.outcomes().get(1).waterbed();
		assertFalse(effects.isEmpty(), "redirecting from the three most concentrated buurten tips others");
		assertEquals(effects.size(), waterbed.getItemCount(), "one row per waterbed effect");
		// a row in another year than the slider's, about another buurt than the selected one
		int row = -1;
		for (int i = 0; i < waterbed.getItemCount() && row < 0; i++) {
			TableItem item = waterbed.getItem(i);
			if (Integer.parseInt(item.getText(1)) != panel.year()
					&& !item.getText(2).equals(comparison.buurtName(origin))) {
				row = i;
			}
		}
		assertTrue(row >= 0, "a waterbed row in another year");
		TableItem item = waterbed.getItem(row);
		int year = Integer.parseInt(item.getText(1));
		WaterbedEffect effect = effects.stream()
				.filter(e -> e.year() == year && comparison.buurtName(e.buurtCode()).equals(item.getText(2))).findFirst()
				.orElseThrow(() -> new AssertionError("no effect for row " + item.getText(2) + " " + year));
		assertEquals("drie buurten herpositioneren", item.getText(0));
		assertEquals(effect.baseline().label() + " \u2192 " + effect.scenario().label(), item.getText(3));
		assertEquals(DutchNumbers.integer(effect.causes().values().stream().mapToInt(Integer::intValue).sum()), item.getText(4));
		String firstOrigin = effect.causes().keySet().iterator().next().originCode();
		assertTrue(item.getText(5).startsWith("Herpositionering bestaande voorraad in " + comparison.buurtName(firstOrigin)),
				item.getText(5));

		waterbed.showItem(item);
		robot.settle(100);
		Rectangle cell = item.getBounds(2);
		Point centre = waterbed.toDisplay(cell.x + Math.min(30, cell.width / 2), cell.y + cell.height / 2);
		robot.xdotool("mousemove", Integer.toString(centre.x), Integer.toString(centre.y), "click", "1");
		robot.waitUntil("the effect's buurt and year selected",
				() -> panel.selectedBuurt().equals(Optional.of(effect.buurtCode())) && panel.year() == year);
		robot.settle(300);
		assertEquals(year, robot.widget(shell, StadsbalansWidgetKeys.YEAR_SLIDER, Scale.class).getSelection());
		assertTableShows(year);
		assertEquals(100 * comparison.outcomes().get(1).central().buurt(effect.buurtCode(), year).vulnerableShare(),
				series(trajectory, "central.1").getYSeries()[year - YEAR], 1e-9, "the trajectory follows the row");
		robot.screenshot("stadsbalans-results-waterbed");
	}

	/** Every cell of the balance table against the model's figures of a year, formatted the Dutch way. */
	private void assertTableShows(int year) {
		ComparisonResult comparison = result.comparison();
		Table table = robot.widget(shell, StadsbalansWidgetKeys.BALANCE_TABLE, Table.class);
		List<ScenarioOutcome> outcomes = comparison.outcomes();
		assertEquals(1 + 2 * outcomes.size() + (outcomes.size() - 1), table.getColumnCount());
		assertEquals(9, table.getItemCount(), "five classes and four city-wide figures");
		YearBalance base = outcomes.get(0).central().balance(year);
		for (int s = 0; s < outcomes.size(); s++) {
			ScenarioOutcome outcome = outcomes.get(s);
			YearBalance balance = outcome.central().balance(year);
			int column = s == 0 ? 1 : 3 * s;
			List<String> expected = new ArrayList<>();
			List<String> actual = new ArrayList<>();
			for (int k = 0; k < 5; k++) {
				Klasse klasse = Klasse.values()[k];
				assertEquals("Buurten " + klasse.label(), table.getItem(k).getText(0));
				expected.add(DutchNumbers.integer(balance.buurtenPerKlasse().get(klasse)));
				actual.add(table.getItem(k).getText(column));
			}
			expected.add(comparison.buurtName(balance.largestBuurt()) + " (" + DutchNumbers.percentOneDecimal(balance.largestShare()) + ")");
			expected.add(DutchNumbers.decimal(balance.dissimilarity(), 3));
			expected.add(DutchNumbers.integer(balance.unplaced()));
			expected.add(DutchNumbers.integer(outcome.waterbed(year).size()));
			for (int r = 5; r < 9; r++) {
				actual.add(table.getItem(r).getText(column));
			}
			assertEquals(expected, actual, "scenario " + outcome.scenario().name() + " in " + year);
			Band largest = outcome.sensitivity().largestShare(year);
			Band d = outcome.sensitivity().dissimilarity(year);
			assertEquals(DutchNumbers.percentOneDecimal(largest.p10()) + "\u2013" + DutchNumbers.percentOneDecimal(largest.p90()),
					table.getItem(5).getText(column + 1));
			assertEquals(DutchNumbers.decimal(d.p10(), 3) + "\u2013" + DutchNumbers.decimal(d.p90(), 3),
					table.getItem(6).getText(column + 1));
			if (s > 0) {
				assertEquals(DutchNumbers.signed(balance.dissimilarity() - base.dissimilarity(), 3), table.getItem(6).getText(column + 2));
				assertEquals(DutchNumbers.signed(balance.buurtenPerKlasse().get(Klasse.ZEER_KWETSBAAR)
						- base.buurtenPerKlasse().get(Klasse.ZEER_KWETSBAAR), 0), table.getItem(4).getText(column + 2));
			}
		}
	}

	/** The pixel at the interior point of the largest simulated buurten shows their class colour in every map. */
	private void assertMapsShowClasses(int year) {
		ComparisonResult comparison = result.comparison();
		List<Feature> largest = result.buurten().getFeatures().stream()
				.filter(f -> comparison.input().indexOf((String) f.getAttribute(CODE)) >= 0)
				.sorted(Comparator.comparingDouble((Feature f) -> f.getGeometry().getArea()).reversed()).limit(6).toList();
		for (int s = 0; s < comparison.outcomes().size(); s++) {
			ScenarioOutcome outcome = comparison.outcomes().get(s);
			for (Feature feature : largest) {
				String code = (String) feature.getAttribute(CODE);
				assertPixelShowsClass(s, code, outcome.central().buurt(code, year).klasse());
			}
		}
	}

	private void assertPixelShowsClass(int scenario, String code, Klasse klasse) {
		Point onScreen = panel.buurtOnMap(scenario, code).orElseThrow(() -> new AssertionError(code + " not drawn"));
		RGB expected = colour(klasse);
		RGB actual = robot.pixel(onScreen.x, onScreen.y);
		assertTrue(MapTestBase.close(expected, actual), code + " in map " + scenario + " at " + onScreen + ": expected "
				+ klasse.label() + " " + expected + ", screen shows " + actual);
	}

	private static RGB colour(Klasse klasse) {
		for (Category category : SignalMapStyles.klasse().categories()) {
			if (category.value().equals(klasse.label())) {
				java.awt.Color fill = category.symbol().fill();
				return new RGB(fill.getRed(), fill.getGreen(), fill.getBlue());
			}
		}
		throw new AssertionError("no colour for " + klasse);
	}

	private static ISeries<?> series(Chart chart, String id) {
		ISeries<?> series = chart.getSeriesSet().getSeries(id);
		assertNotNull(series, "series " + id + " in " + Arrays.toString(
				Arrays.stream(chart.getSeriesSet().getSeries()).map(ISeries::getId).toArray()));
		return series;
	}
}
