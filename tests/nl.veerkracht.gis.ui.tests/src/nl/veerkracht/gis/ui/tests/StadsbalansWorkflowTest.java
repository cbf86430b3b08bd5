package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.eclipse.swtchart.Chart;
import nl.veerkracht.cbs.io.CbsImport;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.format.DutchNumbers;
import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.GebiedsMix;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.Scenario;
import nl.veerkracht.model.VeerkrachtPackage;
import nl.veerkracht.model.Wijk;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.model.method.Wijkschetsen;
import nl.veerkracht.model.persistence.AnalyseFiles;
import nl.veerkracht.model.ui.internal.AnalyseSession;
import nl.veerkracht.model.ui.internal.AnalyseSessions;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.run.SignalMapLayer;
import nl.veerkracht.scoring.run.SignalMapStyles;
import nl.veerkracht.scoring.ui.SignalMapInputs;
import nl.veerkracht.scoring.ui.SignalMapSession;
import nl.veerkracht.stad.Cause;
import nl.veerkracht.stad.CbsCityInput;
import nl.veerkracht.stad.CityInput;
import nl.veerkracht.stad.KwetsbaarheidProjection;
import nl.veerkracht.stad.ComparisonResult;
import nl.veerkracht.stad.ModelParameterFile;
import nl.veerkracht.stad.ModelParameters;
import nl.veerkracht.stad.ModelScenarios;
import nl.veerkracht.stad.RunProgress;
import nl.veerkracht.stad.ScenarioComparison;
import nl.veerkracht.stad.ScenarioOutcome;
import nl.veerkracht.stad.SensitivitySpec;
import nl.veerkracht.stad.ShareClassifier;
import nl.veerkracht.stad.StadModel;
import nl.veerkracht.stad.WaterbedEffect;
import nl.veerkracht.stad.YearBalance;
import nl.veerkracht.stad.ui.OpenStadsbalansHandler;
import nl.veerkracht.stad.ui.StadsbalansPerspective;
import nl.veerkracht.stad.ui.StadsbalansView;
import nl.veerkracht.stad.ui.StadsbalansWidgetKeys;
import nl.veerkracht.stad.ui.results.ComparisonPanel;
import nl.veerkracht.stad.ui.run.RunPanel;
import nl.veerkracht.stad.ui.run.RunWidgetKeys;
import nl.veerkracht.stad.ui.run.StadsbalansJob;
import nl.veerkracht.stad.ui.scenario.ScenarioWidgetKeys;

/**
 * The Stadsbalans in the real workbench on the Rotterdam signal map (KWB 2014–2016) and a Rotterdam analysis with
 * wijkschetsen of Delfshaven (herpositionering "vol op het orgel") and Charlois (woningprogramma "fors"): opened
 * from the Project Explorer, two scenarios made with the real dialog (one from the Delfshaven wijkschets, one from
 * both), an intensity changed in the mix table with the keyboard and undone with Ctrl+Z, calculated with the real
 * button; the balance table, the waterbed list and the maps show what the model API gives for the same input, the
 * year slider moves them all, and the scenarios are in the analysis file.
 */
class StadsbalansWorkflowTest extends MapTestBase {

	private static final String PROJECT = "StadsbalansTest";
	private static final String CHARLOIS = "WK059915";
	private static final String DIALOG_TITLE = "Nieuw scenario uit wijkschetsen";
	private static final String ONLY_DELFSHAVEN = "Delfshaven herpositioneert";
	private static final String BOTH = "Beide wijkschetsen";
	private static final long RUN_TIMEOUT_S = 600;

	private IFile file;
	private IWorkbenchPage page;

	@BeforeEach
	void prepare() throws Exception {
		shell.setBounds(0, 0, 1600, 1100);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		file = WijkschetsFixture.rotterdamAnalyse(PROJECT);
		// the analyst's own intensity table beside the analysis: herpositionering at full intensity redirects 0.8
		ModelParameters defaults = ModelParameters.defaults();
		ModelParameterFile.write(defaults.withIntensities(defaults.intensities()
				.with(Handelingsperspectief.HERPOSITIONERING, 4, 0.8)), parameterFile());
		robot.settle(200);
	}

	private java.nio.file.Path parameterFile() {
		return ModelParameterFile.besideAnalyse(file.getLocation().toFile().toPath());
	}

	@AfterEach
	void cleanUp() throws Exception {
		Job.getJobManager().cancel(StadsbalansJob.FAMILY);
		Job.getJobManager().join(StadsbalansJob.FAMILY, null);
		for (Shell open : display.getShells()) {
			if (DIALOG_TITLE.equals(open.getText())) {
				open.close();
			}
		}
		IViewPart view = page.findView(StadsbalansView.ID);
		if (view != null) {
			page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
			page.hideView(view);
		}
		robot.settle(100);
		WijkschetsFixture.delete(PROJECT);
		robot.settle(200);
	}

	@Test
	void scenariosFromTheWijkschetsenAreCalculatedComparedAndKept() throws Exception {
		SignalMapSession signalMap = SignalMapFixture.showRotterdam(mapView);
		AnalyseSession session = AnalyseSessions.of(file).orElseThrow();
		addWijkschets(session, WijkschetsFixture.DELFSHAVEN, null, Handelingsperspectief.HERPOSITIONERING, 4);
		assertWindowMenuOffersStadsbalans();

		// Stadsbalans openen on the analysis in the Project Explorer
		IViewPart explorer = page.showView(IPageLayout.ID_PROJECT_EXPLORER);
		((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(file));
		page.activate(explorer);
		robot.settle(200);
		explorer.getSite().getService(IHandlerService.class).executeCommand(OpenStadsbalansHandler.COMMAND, null);
		robot.waitUntil("the Stadsbalans view", () -> page.findView(StadsbalansView.ID) != null);
		StadsbalansView view = (StadsbalansView) page.findView(StadsbalansView.ID);
		assertEquals(StadsbalansPerspective.ID, page.getPerspective().getId(), "the view opens in Impact op de stad");
		assertEquals(Optional.of(file), view.analyseFile(), "the view shows the analysis selected in the Project Explorer");
		robot.settle(300);
		Label signalMapLine = widget(RunWidgetKeys.SIGNAL_MAP, Label.class);
		assertTrue(signalMapLine.getText().contains("GM0599") && signalMapLine.getText().contains("2016"), signalMapLine.getText());
		assertEquals(RunPanel.DEFAULT_HORIZON, widget(StadsbalansWidgetKeys.HORIZON, org.eclipse.swt.widgets.Spinner.class).getSelection());

		// a scenario from the one wijkschets, then a second wijkschets and a scenario from both
		newFromWijkschetsen(ONLY_DELFSHAVEN, 1);
		addWijkschets(session, CHARLOIS, "Charlois", Handelingsperspectief.WONINGPROGRAMMA, 3);
		robot.settle(200);
		newFromWijkschetsen(BOTH, 2);
		Analyse analyse = session.getAnalyse();
		Scenario onlyDelfshaven = scenario(analyse, ONLY_DELFSHAVEN);
		Scenario both = scenario(analyse, BOTH);
		assertEquals(1, onlyDelfshaven.getMixes().size());
		assertEquals(2, both.getMixes().size());
		Table scenarios = widget(StadsbalansWidgetKeys.SCENARIOS, Table.class);
		assertEquals(List.of(ONLY_DELFSHAVEN, BOTH), Arrays.stream(scenarios.getItems()).map(TableItem::getText).toList());
		assertTrue(Arrays.stream(scenarios.getItems()).allMatch(TableItem::getChecked), "new scenarios are to be run");

		// the first scenario's mix: Sociale aanpak to "gemiddeld" with the keyboard, undone with Ctrl+Z, done again
		robot.screenshot("stadsbalans-0-two-scenarios");
		scenarios.setFocus();
		robot.settle(200);
		robot.xdotool("key", "Home");
		robot.settle(500);
		assertEquals(0, scenarios.getSelectionIndex(), "Home selects the first scenario");
		Table mixes = widget(StadsbalansWidgetKeys.MIXES, Table.class);
		assertEquals(List.of("Delfshaven (wijk)"), Arrays.stream(mixes.getItems()).map(item -> item.getText(0)).toList(),
				"the mix table shows the areas of " + ONLY_DELFSHAVEN);
		int herpositionering = column(Handelingsperspectief.HERPOSITIONERING);
		int sociaal = column(Handelingsperspectief.SOCIALE_AANPAK);
		assertEquals("4 \u2013 vol op het orgel", mixes.getItem(0).getText(herpositionering));
		assertEquals("0 \u2013 geen", mixes.getItem(0).getText(sociaal));
		chooseInCell(mixes, 0, sociaal, 2);
		GebiedsMix delfshavenMix = onlyDelfshaven.getMixes().get(0);
		assertEquals(2, intensity(delfshavenMix, Handelingsperspectief.SOCIALE_AANPAK), "the cell's choice is in the model");
		robot.waitUntil("the table shows the choice", () -> "2 \u2013 gemiddeld".equals(mixes.getItem(0).getText(sociaal)));
		assertFalse(session.isDirty(), "the change is saved at once, like other edits of an analysis");
		page.activate(view);
		robot.settle(200);
		robot.xdotool("key", "ctrl+z");
		robot.waitUntil("Ctrl+Z in the view to undo the change",
				() -> intensity(delfshavenMix, Handelingsperspectief.SOCIALE_AANPAK) == 0);
		robot.waitUntil("the table shows the undo", () -> "0 \u2013 geen".equals(mixes.getItem(0).getText(sociaal)));
		chooseInCell(mixes, 0, sociaal, 2);
		assertEquals(2, intensity(delfshavenMix, Handelingsperspectief.SOCIALE_AANPAK));

		// a buurt added to the mix and removed again with the buttons
		org.eclipse.swt.widgets.Combo areas = widget(ScenarioWidgetKeys.AREA_CHOICE, org.eclipse.swt.widgets.Combo.class);
		assertFalse(Arrays.asList(areas.getItems()).contains("Delfshaven (wijk)"), "an area of the mix is not offered again");
		String buurt = Arrays.stream(areas.getItems()).filter(item -> item.endsWith("(buurt)")).findFirst().orElseThrow();
		choose(areas, buurt);
		clickButton(widget(ScenarioWidgetKeys.AREA_ADD, Button.class));
		robot.waitUntil("the buurt in the mix table", () -> mixes.getItemCount() == 2);
		assertEquals(buurt.strip(), mixes.getItem(1).getText(0));
		assertEquals(2, onlyDelfshaven.getMixes().size());
		assertEquals(1, mixes.getSelectionIndex(), "the added area is selected");
		clickButton(widget(ScenarioWidgetKeys.AREA_REMOVE, Button.class));
		robot.waitUntil("the buurt removed from the mix table", () -> mixes.getItemCount() == 1);
		assertEquals(List.of(delfshavenMix), onlyDelfshaven.getMixes());
		robot.screenshot("stadsbalans-1-scenarios");

		// Berekenen, with the view maximized as an analyst comparing scenarios on one screen does
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		robot.settle(400);
		clickButton(widget(StadsbalansWidgetKeys.RUN, Button.class));
		waitForTheRun();
		ComparisonPanel panel = view.comparisonPanel();
		robot.waitUntil("the result shown", () -> panel.result().isPresent());
		robot.xdotool("mousemove", "1590", "1190");
		robot.settle(500);
		robot.screenshot("stadsbalans-2-result");

		// the scenarios are in the analysis file, the baseline first
		Analyse saved = AnalyseFiles.load(Path.of(file.getLocationURI()));
		assertEquals(List.of(nl.veerkracht.stad.Scenario.BASELINE_NAME, ONLY_DELFSHAVEN, BOTH),
				saved.getScenarios().stream().map(Scenario::getName).toList());
		Scenario savedDelfshaven = saved.getScenarios().get(1);
		assertEquals(WijkschetsFixture.DELFSHAVEN, ((Wijk) savedDelfshaven.getMixes().get(0).getGebied()).getCode());
		assertEquals(4, intensity(savedDelfshaven.getMixes().get(0), Handelingsperspectief.HERPOSITIONERING));
		assertEquals(2, intensity(savedDelfshaven.getMixes().get(0), Handelingsperspectief.SOCIALE_AANPAK));
		GebiedsMix savedCharlois = saved.getScenarios().get(2).getMixes().stream()
				.filter(mix -> CHARLOIS.equals(((Wijk) mix.getGebied()).getCode())).findFirst().orElseThrow();
		assertEquals(3, intensity(savedCharlois, Handelingsperspectief.WONINGPROGRAMMA));

		// the same comparison through the API, from the file's scenarios
		SignalMapInputs inputs = signalMap.inputs();
		// the view's model: the parameters beside the analysis, calibrated to the city, classes projected through the
		// signal map's engine
		ModelParameters parameters = ModelParameterFile.read(parameterFile());
		assertEquals(0.8, parameters.intensities().value(Handelingsperspectief.HERPOSITIONERING, 4));
		CityInput city = new CbsCityInput(parameters).read(new CbsImport().readAll(inputs.kwbFiles()), inputs.gemeente(),
				signalMap.state().year());
		StadModel model = new StadModel(parameters.calibratedTo(city.input()), ShareClassifier.defaultRule())
				.withProjection(new KwetsbaarheidProjection(signalMap.state().run().engine(), signalMap.state().weights(),
						signalMap.state().year()));
		assertEquals(model.parameters(), panel.result().orElseThrow().calibrated(),
				"the result carries the parameters the run used: the file's, calibrated to the city");
		assertNotEquals(parameters, panel.result().orElseThrow().calibrated(),
				"Rotterdam's start share is not the national one");
		List<nl.veerkracht.stad.Scenario> stad = saved.getScenarios().stream().map(s -> ModelScenarios.toStad(s, city.input())).toList();
		ComparisonResult expected = new ScenarioComparison(model, SensitivitySpec.defaults()).run(city.input(), stad,
				RunPanel.DEFAULT_HORIZON, RunProgress.NONE);
		assertSkippedBuurtenNamed(city);

		// the balance table in the end year, the waterbed list, the maps
		assertEquals(expected.endYear(), panel.year(), "the result opens on the outlook year");
		assertBalanceTable(expected, expected.endYear());
		assertWaterbedList(expected);
		assertTrue(expected.outcomes().stream().mapToInt(o -> o.waterbed().size()).sum() > 0,
				"herpositionering 4 in Delfshaven sends vulnerable households elsewhere: some buurt tips over");
		assertMapsPainted(panel, expected, signalMap, expected.endYear());
		assertProjectedKwetsbaarheid(panel, expected);
		assertNotitieWritten(expected);

		// the year slider, with the keyboard: to the start year, then three years on
		Scale slider = widget(StadsbalansWidgetKeys.YEAR_SLIDER, Scale.class);
		clickAt(slider, slider.getSize().x / 2, slider.getSize().y / 2);
		robot.xdotool("key", "Home");
		robot.settle(200);
		for (int i = 0; i < 3; i++) {
			robot.xdotool("key", "Right");
			robot.settle(100);
		}
		int year = expected.startYear() + 3;
		robot.waitUntil("the slider at " + year, () -> panel.year() == year);
		robot.settle(400);
		assertBalanceTable(expected, year);
		assertMapsPainted(panel, expected, signalMap, year);
		robot.screenshot("stadsbalans-3-year-" + year);
	}

	@Test
	void withoutASignalMapTheViewSaysSoAndFollowsOneWhenItOpens() throws Exception {
		assertTrue(SignalMapSession.current().filter(session -> !session.isClosed()).isEmpty(), "no signal map is open");
		page.getWorkbenchWindow().getService(IHandlerService.class).executeCommand(OpenStadsbalansHandler.COMMAND, null);
		robot.waitUntil("the Stadsbalans view", () -> page.findView(StadsbalansView.ID) != null);
		StadsbalansView view = (StadsbalansView) page.findView(StadsbalansView.ID);
		view.showAnalyse(file);
		robot.settle(300);
		Label line = widget(RunWidgetKeys.SIGNAL_MAP, Label.class);
		Button open = widget(RunWidgetKeys.OPEN_SIGNAL_MAP, Button.class);
		Button run = widget(StadsbalansWidgetKeys.RUN, Button.class);
		assertTrue(line.getText().startsWith("Er is geen signaleringskaart open."), line.getText());
		assertTrue(open.isVisible(), "a button leads to a signal map");
		assertEquals("Signaleringskaart maken\u2026", open.getText(), "the analysis keeps none, so one is to be made");
		assertFalse(run.isEnabled(), "nothing to calculate on");
		robot.screenshot("stadsbalans-4-no-signal-map");

		SignalMapFixture.showRotterdam(mapView);
		robot.waitUntil("the view follows the signal map", () -> run.isEnabled() && !open.isVisible());
		assertTrue(line.getText().contains("GM0599"), line.getText());
	}

	// --- the analysis

	private static void addWijkschets(AnalyseSession session, String wijkCode, String name, Handelingsperspectief perspective,
			int intensity) {
		Wijk wijk = session.getAnalyse().getGemeenten().get(0).getWijken().stream().filter(w -> wijkCode.equals(w.getCode()))
				.findFirst().orElseThrow();
		if (name != null) {
			session.getDomain().getCommandStack().execute(SetCommand.create(session.getDomain(), wijk,
					VeerkrachtPackage.Literals.REGIO__NAME, name));
		}
		Wijkschets schets = Wijkschetsen.nieuw(wijk);
		schets.getPerspectiefMix().stream().filter(inzet -> inzet.getPerspective() == perspective).findFirst().orElseThrow()
				.setIntensity(intensity);
		session.getDomain().getCommandStack().execute(AddCommand.create(session.getDomain(), session.getAnalyse(),
				VeerkrachtPackage.Literals.ANALYSE__WIJKSCHETSEN, schets));
	}

	private static Scenario scenario(Analyse analyse, String name) {
		return analyse.getScenarios().stream().filter(s -> name.equals(s.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no scenario " + name));
	}

	private static int intensity(GebiedsMix mix, Handelingsperspectief perspective) {
		return mix.getInzet().stream().filter(inzet -> inzet.getPerspective() == perspective).mapToInt(PerspectiefInzet::getIntensity)
				.findFirst().orElse(0);
	}

	private static int column(Handelingsperspectief perspective) {
		return 1 + Handelingsperspectief.VALUES.indexOf(perspective);
	}

	// --- driving the view

	/**
	 * Presses "Nieuw uit wijkschetsen…" and, in the dialog, types the name over the proposed one and presses OK with
	 * all wijkschetsen offered still chosen.
	 */
	private void newFromWijkschetsen(String name, int wijkschetsen) {
		boolean[] filled = new boolean[1];
		Throwable[] problem = new Throwable[1];
		display.timerExec(100, new Runnable() {
			@Override
			public void run() {
				Shell dialog = Arrays.stream(display.getShells()).filter(s -> DIALOG_TITLE.equals(s.getText()) && s.isVisible())
						.findFirst().orElse(null);
				if (dialog == null) {
					display.timerExec(100, this);
					return;
				}
				try {
					fillIn(dialog);
				} catch (Throwable e) {
					problem[0] = e;
					dialog.close();
				}
			}

			private void fillIn(Shell dialog) {
				robot.settle(300);
				Table list = robot.widget(dialog, ScenarioWidgetKeys.DIALOG_WIJKSCHETSEN, Table.class);
				assertEquals(wijkschetsen, list.getItemCount(), "every wijkschets of the analysis is offered");
				assertTrue(Arrays.stream(list.getItems()).allMatch(TableItem::getChecked), "all are chosen at first");
				Text field = robot.widget(dialog, ScenarioWidgetKeys.DIALOG_NAME, Text.class);
				clickAt(field, field.getSize().x / 2, field.getSize().y / 2);
				robot.xdotool("key", "ctrl+a");
				robot.xdotool("type", "--delay", "20", name);
				robot.waitUntil("the name typed", () -> name.equals(field.getText()));
				filled[0] = true;
				clickDialogButton(dialog, IDialogConstants.OK_ID);
			}
		});
		clickButton(widget(StadsbalansWidgetKeys.NEW_FROM_WIJKSCHETSEN, Button.class));
		robot.waitUntil("the dialog handled", () -> filled[0] || problem[0] != null);
		if (problem[0] != null) {
			throw new AssertionError("in the dialog " + DIALOG_TITLE, problem[0]);
		}
		robot.waitUntil("the dialog filled in and closed", () -> filled[0]
				&& Arrays.stream(display.getShells()).noneMatch(s -> DIALOG_TITLE.equals(s.getText()) && !s.isDisposed()));
		robot.waitUntil("scenario " + name + " in the list", () -> Arrays.stream(widget(StadsbalansWidgetKeys.SCENARIOS, Table.class)
				.getItems()).anyMatch(item -> name.equals(item.getText())));
	}

	private void waitForTheRun() {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RUN_TIMEOUT_S);
		robot.settle(200);
		while (Job.getJobManager().find(StadsbalansJob.FAMILY).length > 0) {
			if (System.nanoTime() > deadline) {
				fail("the Stadsbalans run did not end within " + RUN_TIMEOUT_S + " s");
			}
			if (!display.readAndDispatch()) {
				robot.settle(20);
			}
		}
		robot.settle(300);
	}

	private void assertWindowMenuOffersStadsbalans() {
		Menu bar = shell.getMenuBar();
		MenuItem window = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals("Venster")).findFirst()
				.orElseThrow(() -> new AssertionError("no Venster (Window) menu"));
		window.getMenu().notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		boolean offered = Arrays.stream(window.getMenu().getItems()).anyMatch(i -> i.getText().replace("&", "").equals("Stadsbalans"));
		window.getMenu().notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
		assertTrue(offered, "Venster > Stadsbalans is in the menu");
	}

	// --- what the view shows

	private void assertSkippedBuurtenNamed(CityInput city) {
		Label skipped = widget(RunWidgetKeys.SKIPPED, Label.class);
		if (city.skipped().isEmpty()) {
			assertFalse(skipped.isVisible(), skipped.getText());
			return;
		}
		assertEquals(city.skipped().size() + " buurten zonder huishoudens niet meegenomen (zie de tooltip)", skipped.getText());
		assertTrue(skipped.isVisible());
		for (var buurt : city.skipped()) {
			assertTrue(skipped.getToolTipText().contains(buurt.name() + " (" + buurt.code() + ")"), skipped.getToolTipText());
		}
	}

	private void assertBalanceTable(ComparisonResult expected, int year) {
		Table table = widget(StadsbalansWidgetKeys.BALANCE_TABLE, Table.class);
		List<String> headers = Arrays.stream(table.getColumns()).map(TableColumn::getText).toList();
		Map<String, Integer> rows = new LinkedHashMap<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			rows.put(table.getItem(i).getText(0), i);
		}
		for (ScenarioOutcome outcome : expected.outcomes()) {
			int column = headers.indexOf(outcome.scenario().name());
			assertTrue(column > 0, "a column for " + outcome.scenario().name() + " in " + headers);
			YearBalance balance = outcome.central().balance(year);
			Map<String, String> cells = new LinkedHashMap<>();
			for (Klasse klasse : Klasse.values()) {
				if (klasse != Klasse.GEEN_GEGEVENS) {
					cells.put("Buurten " + klasse.label(), DutchNumbers.integer(balance.buurtenPerKlasse().getOrDefault(klasse, 0)));
				}
			}
			cells.put("Grootste concentratie",
					expected.buurtName(balance.largestBuurt()) + " (" + DutchNumbers.percentOneDecimal(balance.largestShare()) + ")");
			cells.put("Segregatie-index (D)", DutchNumbers.decimal(balance.dissimilarity(), 3));
			cells.put("Niet geplaatste huishoudens", DutchNumbers.integer(Math.round(balance.unplaced())));
			cells.put("Waterbedeffecten", DutchNumbers.integer(outcome.waterbed(year).size()));
			for (Map.Entry<String, String> cell : cells.entrySet()) {
				Integer row = rows.get(cell.getKey());
				assertNotNull(row, "a row " + cell.getKey() + " in " + rows.keySet());
				assertEquals(cell.getValue(), table.getItem(row).getText(column),
						cell.getKey() + " of " + outcome.scenario().name() + " in " + year);
			}
			var band = outcome.sensitivity().dissimilarity(year);
			assertEquals(DutchNumbers.decimal(band.p10(), 3) + "\u2013" + DutchNumbers.decimal(band.p90(), 3),
					table.getItem(rows.get("Segregatie-index (D)")).getText(column + 1), "the P10–P90 band of D");
		}
	}

	private void assertWaterbedList(ComparisonResult expected) {
		Table table = widget(StadsbalansWidgetKeys.WATERBED_TABLE, Table.class);
		List<WaterbedEffect> effects = new ArrayList<>();
		for (ScenarioOutcome outcome : expected.outcomes().subList(1, expected.outcomes().size())) {
			effects.addAll(outcome.waterbed());
		}
		assertEquals(effects.size(), table.getItemCount(), "one row per waterbed effect");
		for (ScenarioOutcome outcome : expected.outcomes().subList(1, expected.outcomes().size())) {
			for (WaterbedEffect effect : outcome.waterbed()) {
				String buurt = expected.buurtName(effect.buurtCode());
				TableItem row = Arrays.stream(table.getItems()).filter(item -> item.getText(0).equals(outcome.scenario().name())
						&& item.getText(1).equals(Integer.toString(effect.year())) && item.getText(2).equals(buurt)).findFirst()
						.orElseThrow(() -> new AssertionError("no row for " + buurt + " in " + effect.year() + " under "
								+ outcome.scenario().name()));
				assertEquals(effect.baseline().label() + " \u2192 " + effect.scenario().label(), row.getText(3));
				assertFalse(effect.causes().isEmpty(), "every effect has a cause");
				for (Map.Entry<Cause, Integer> cause : effect.causes().entrySet()) {
					String words = cause.getKey().perspective().getLiteral() + " in " + expected.buurtName(cause.getKey().originCode());
					assertTrue(row.getText(5).contains(words) && row.getText(5).contains(DutchNumbers.integer(cause.getValue())),
							"the cause " + words + " of " + buurt + ": " + row.getText(5));
				}
			}
		}
	}

	/**
	 * Checks real screen pixels: at the interior point of the largest buurten (none of them a waterbed effect of the
	 * year, whose outline is drawn over it), every scenario's map shows the colour of the buurt's projected class.
	 */
	private void assertMapsPainted(ComparisonPanel panel, ComparisonResult expected, SignalMapSession signalMap, int year) {
		Map<Klasse, RGB> colours = klasseColours();
		List<String> largest = signalMap.state().layer().getFeatures().stream()
				.sorted(Comparator.comparingDouble((Feature f) -> f.getGeometry().getArea()).reversed())
				.map(f -> String.valueOf(f.getAttribute(SignalMapLayer.BU_CODE)))
				.filter(code -> expected.input().indexOf(code) >= 0).toList();
		for (int s = 0; s < expected.outcomes().size(); s++) {
			ScenarioOutcome outcome = expected.outcomes().get(s);
			Set<String> tipped = outcome.waterbed(year).stream().map(WaterbedEffect::buurtCode).collect(Collectors.toSet());
			int checked = 0;
			for (String code : largest) {
				if (tipped.contains(code)) {
					continue;
				}
				Optional<Point> onScreen = panel.buurtOnMap(s, code);
				assertTrue(onScreen.isPresent(), code + " is drawn on the map of " + outcome.scenario().name());
				Klasse klasse = outcome.central().buurt(code, year).klasse();
				assertNotNull(colours.get(klasse), "a colour for " + klasse);
				List<RGB> around = pixelsAround(onScreen.get());
				assertTrue(around.stream().anyMatch(actual -> close(colours.get(klasse), actual)), expected.buurtName(code)
						+ " on the map of " + outcome.scenario().name() + " in " + year + ": " + klasse.label() + " "
						+ colours.get(klasse) + ", the screen shows " + around);
				if (++checked == 6) {
					break;
				}
			}
			assertEquals(6, checked, "six buurten checked on the map of " + outcome.scenario().name());
		}
	}

	/**
	 * The pixels within two of a point: on maps this small a buurt's interior point may lie on the thin, translucent
	 * outline of the buurt, and then its fill shows a pixel away.
	 */
	private List<RGB> pixelsAround(Point centre) {
		org.eclipse.swt.graphics.ImageData data = robot.capture(new Rectangle(centre.x - 2, centre.y - 2, 5, 5));
		List<RGB> pixels = new ArrayList<>();
		for (int x = 0; x < data.width; x++) {
			for (int y = 0; y < data.height; y++) {
				pixels.add(data.palette.getRGB(data.getPixel(x, y)));
			}
		}
		return pixels;
	}

	private static Map<Klasse, RGB> klasseColours() {
		Map<Klasse, RGB> colours = new LinkedHashMap<>();
		for (var category : SignalMapStyles.klasse().categories()) {
			for (Klasse klasse : Klasse.values()) {
				if (klasse.label().equals(category.value())) {
					java.awt.Color fill = category.symbol().fill();
					colours.put(klasse, new RGB(fill.getRed(), fill.getGreen(), fill.getBlue()));
				}
			}
		}
		return colours;
	}

	// --- helpers

	private <W extends org.eclipse.swt.widgets.Widget> W widget(String id, Class<W> type) {
		return robot.widget(shell, id, type);
	}

	private void clickAt(org.eclipse.swt.widgets.Control control, int x, int y) {
		Point onScreen = control.toDisplay(x, y);
		robot.xdotool("mousemove", str(onScreen.x), str(onScreen.y), "click", "1");
		robot.settle(250);
	}

	private void clickCell(Table table, int row, int column) {
		Rectangle cell = table.getItem(row).getBounds(column);
		clickAt(table, cell.x + cell.width / 2, cell.y + cell.height / 2);
	}

	/**
	 * Opens a cell with a choice with a click, which drops its list down, moves down the list with the arrow key and
	 * takes the choice with Return.
	 */
	private void chooseInCell(Table table, int row, int column, int steps) {
		clickCell(table, row, column);
		CCombo combo = widget(ScenarioWidgetKeys.MIX_CHOICE_EDITOR, CCombo.class);
		robot.waitUntil("the list of choices dropped down", combo::getListVisible);
		robot.settle(200);
		for (int i = 0; i < steps; i++) {
			robot.xdotool("key", "Down");
		}
		robot.settle(100);
		robot.xdotool("key", "Return");
		robot.settle(400);
	}

	/**
	 * A click on a Delfshaven buurt in the scenario's map and the measure "geprojecteerde kwetsbaarheidsscore": the
	 * trajectory shows the scores the model projects through the signal map's engine, in every scenario.
	 */
	private void assertProjectedKwetsbaarheid(ComparisonPanel panel, ComparisonResult expected) {
		String buurt = expected.input().buurten().stream().map(b -> b.code())
				.filter(code -> code.startsWith("BU" + WijkschetsFixture.DELFSHAVEN.substring(2)))
				.filter(code -> !Double.isNaN(expected.baseline().central().buurt(code, expected.startYear()).kwetsbaarheid()))
				.findFirst().orElseThrow();
		Point onMap = panel.buurtOnMap(1, buurt).orElseThrow();
		robot.xdotool("mousemove", Integer.toString(onMap.x), Integer.toString(onMap.y), "click", "1");
		robot.waitUntil("the clicked buurt selected", () -> panel.selectedBuurt().equals(Optional.of(buurt)));
		robot.settle(300);
		Combo measure = robot.widget(shell, StadsbalansWidgetKeys.TRAJECTORY_MEASURE, Combo.class);
		Point onChoice = measure.toDisplay(measure.getSize().x / 2, measure.getSize().y / 2);
		robot.xdotool("mousemove", Integer.toString(onChoice.x), Integer.toString(onChoice.y), "click", "1");
		robot.settle(300);
		robot.xdotool("key", "Down", "Return");
		robot.waitUntil("the projected score shown", () -> measure.getSelectionIndex() == 1);
		robot.settle(200);
		Chart trajectory = robot.widget(shell, StadsbalansWidgetKeys.TRAJECTORY_CHART, Chart.class);
		for (int s = 0; s < expected.outcomes().size(); s++) {
			double[] y = trajectory.getSeriesSet().getSeries("central." + s).getYSeries();
			for (int year = expected.startYear(); year <= expected.endYear(); year++) {
				assertEquals(expected.outcomes().get(s).central().buurt(buurt, year).kwetsbaarheid(),
						y[year - expected.startYear()], 1e-9, buurt + " " + year);
			}
		}
		robot.screenshot("stadsbalans-2b-projected-score");
	}

	/**
	 * Notitie schrijven, twice: each time a new folder under Notities with notitie.pdf and notitie.docx of a variant
	 * against the baseline; the first is not overwritten.
	 */
	private void assertNotitieWritten(ComparisonResult expected) throws Exception {
		Button write = robot.widget(shell, RunWidgetKeys.NOTITIE, Button.class);
		robot.waitUntil("Notitie schrijven enabled", write::isEnabled);
		java.nio.file.Path notities = file.getParent().getLocation().toFile().toPath().resolve("Notities");
		for (int time = 1; time <= 2; time++) {
			int before = notities.toFile().exists() ? notities.toFile().list().length : 0;
			clickButton(write);
			robot.waitUntil("the notitie written", () -> notities.toFile().exists() && notities.toFile().list().length == before + 1
					&& write.isEnabled());
			robot.waitForJobs("the notitie job", nl.veerkracht.stad.ui.notitie.NotitieJob.FAMILY);
		}
		java.io.File[] folders = notities.toFile().listFiles();
		assertEquals(2, folders.length, "a new folder each time: " + Arrays.toString(folders));
		List<String> variants = expected.outcomes().subList(1, expected.outcomes().size()).stream()
				.map(o -> o.scenario().name()).toList();
		for (java.io.File folder : folders) {
			assertTrue(variants.stream().anyMatch(folder.getName()::startsWith), folder.getName());
			assertTrue(new java.io.File(folder, "notitie.docx").length() > 0, folder + " has the DOCX");
			try (java.util.zip.ZipFile docx = new java.util.zip.ZipFile(new java.io.File(folder, "notitie.docx"))) {
				long pictures = docx.stream().filter(entry -> entry.getName().startsWith("word/media/")).count();
				assertTrue(pictures > 0, folder + ": the DOCX holds the maps of the signal-map buurten as pictures");
			}
			try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(new java.io.File(folder, "notitie.pdf"))) {
				String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
				assertTrue(text.contains("Stadsbrede notitie"), text.substring(0, Math.min(200, text.length())));
				assertTrue(variants.stream().anyMatch(text::contains), "the scenario is named");
				assertTrue(text.contains("Prestatieafspraken"), "the chapters are there");
			}
		}
		Label report = robot.widget(shell, RunWidgetKeys.NOTITIE_REPORT, Label.class);
		assertTrue(report.getText().contains("Notities"), report.getText());
		robot.screenshot("stadsbalans-2c-notitie");
	}
}
