package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.NumberFormat;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.ui.identify.IdentifiedFeature;
import nl.veerkracht.scoring.engine.Contribution;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.engine.Weights;
import nl.veerkracht.scoring.run.IndicatorSeries;
import nl.veerkracht.scoring.run.ScoringRun;
import nl.veerkracht.scoring.run.SignalMapLayer;
import nl.veerkracht.scoring.ui.SignalMapSession;
import nl.veerkracht.scoring.ui.profile.BuurtprofielView;
import nl.veerkracht.scoring.ui.profile.ProfileWidgetKeys;

/**
 * The Buurtprofiel in the real workbench on the Rotterdam signal map (KWB 2014–2016): a buurt picked on the
 * map with the Identify tool and the real pointer is profiled — its name, the class of the signal map, an
 * explanation whose contributions add up to the map's kwetsbaarheid, a bar per indicator and three years of
 * course; other weights make the profile follow the map; a buurt without data shows why instead of a score.
 */
class BuurtprofielWorkflowTest extends InteractionTestBase {

	private static final NumberFormat DUTCH = NumberFormat.getInstance(Locale.forLanguageTag("nl-NL"));

	@AfterEach
	void hideTheProfile() {
		IWorkbenchPage page = mapView.getSite().getPage();
		IViewPart view = page.findView(BuurtprofielView.ID);
		if (view != null) {
			page.hideView(view);
		}
	}

	@Test
	void aBuurtPickedOnTheMapIsProfiledAndFollowsTheWeights() throws Exception {
		SignalMapSession session = SignalMapFixture.showRotterdam(mapView);
		ScoringRun run = session.state().run();
		IWorkbenchPage page = mapView.getSite().getPage();
		page.showView(BuurtprofielView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		robot.settle(200);
		Label message = robot.widget(shell, ProfileWidgetKeys.MESSAGE, Label.class);
		assertTrue(message.getText().startsWith("Kies een buurt"), message.getText());

		page.activate(mapView);
		waitForFrame();
		clickMapToolbar("Identificeren");
		VectorLayer klasse = session.klasseLayer();
		Feature stadsdriehoek = feature(klasse, SignalMapLayer.NAAM, "Stadsdriehoek");
		click(onScreen(klasse, stadsdriehoek));
		IStructuredSelection selection = (IStructuredSelection) mapView.getSite().getSelectionProvider().getSelection();
		assertEquals(new IdentifiedFeature(klasse, stadsdriehoek), selection.getFirstElement(), "the click identified the buurt");

		Label title = robot.widget(shell, ProfileWidgetKeys.TITLE, Label.class);
		robot.waitUntil("the profile of the clicked buurt", () -> "Stadsdriehoek".equals(title.getText()) && title.isVisible());
		robot.waitForJobs("the profile", BuurtprofielView.JOB_FAMILY);
		assertTrue(robot.widget(shell, ProfileWidgetKeys.SUBTITLE, Label.class).getText().startsWith("BU05990110 \u00b7 gemeente GM0599"));
		assertEquals(stadsdriehoek.getAttribute(SignalMapLayer.KLASSE), text(ProfileWidgetKeys.KLASSE), "the class of the signal map");
		double kwetsbaarheid = (Double) stadsdriehoek.getAttribute(SignalMapLayer.KWETSBAARHEID);
		assertEquals(kwetsbaarheid, dutchNumber(text(ProfileWidgetKeys.SCORE)), 0.0005, text(ProfileWidgetKeys.SCORE));
		assertExplanationSumsTo(kwetsbaarheid, run.table().indicatorCount());

		Chart bars = robot.widget(shell, ProfileWidgetKeys.BAR_CHART, Chart.class);
		String[] categories = bars.getAxisSet().getXAxis(0).getCategorySeries();
		assertEquals(run.table().indicatorCount(), categories.length, "one bar per indicator: " + Arrays.toString(categories));
		assertEquals(run.table().indicators().get(0).label(), categories[0]);

		Chart trend = robot.widget(shell, ProfileWidgetKeys.TREND_CHART, Chart.class);
		assertArrayEquals(new double[] { 2014, 2015, 2016 }, trend.getSeriesSet().getSeries("buurt").getXSeries(),
				"the buurt's kwetsbaarheid in the three years of the signal map");
		assertArrayEquals(new double[] { 2014, 2015, 2016 }, trend.getSeriesSet().getSeries("gemeente").getXSeries());
		assertTrue(!trend.getAxisSet().getYAxis(0).getTitle().getText().isBlank() && !trend.getAxisSet().getXAxis(0).getTitle().getText().isBlank(),
				"the trend chart has axis titles");
		screenshots("buurtprofiel-stadsdriehoek");

		Combo choice = robot.widget(shell, ProfileWidgetKeys.TREND_CHOICE, Combo.class);
		int bijstand = run.table().indicatorIndexOf("bijstand");
		choose(choice, run.table().indicators().get(bijstand).label());
		IndicatorSeries expected = IndicatorSeries.of(run, "BU05990110", "bijstand");
		double[] shown = trend.getSeriesSet().getSeries("buurt").getYSeries();
		assertArrayEquals(expected.buurt().stream().mapToDouble(v -> v.value()).toArray(), shown, 1e-9,
				"the raw bijstand figures of the buurt over the years");
		assertTrue(trend.getAxisSet().getYAxis(0).getTitle().getText().contains("per 1 000 inwoners"),
				trend.getAxisSet().getYAxis(0).getTitle().getText());
		maximised(() -> {
			scrollTo(trend);
			robot.screenshot("buurtprofiel-stadsdriehoek-5-verloop-bijstand");
		});

		Weights weights = run.weights().with("woz_waarde", 0).with("eenpersoonshuishoudens", 4);
		session.setWeights(weights);
		robot.waitForJobs("the signal map to be rescored", SignalMapSession.JOB_FAMILY);
		robot.waitUntil("the map to carry the new weights", () -> session.state().weights().equals(weights));
		Feature rescored = byCode(session, "BU05990110");
		double newScore = (Double) rescored.getAttribute(SignalMapLayer.KWETSBAARHEID);
		assertNotEquals(kwetsbaarheid, newScore, 1e-6, "other weights, another score on the map");
		robot.waitUntil("the profile's score to follow the map",
				() -> Math.abs(dutchNumber(text(ProfileWidgetKeys.SCORE)) - newScore) < 0.0005);
		robot.waitForJobs("the profile", BuurtprofielView.JOB_FAMILY);
		assertEquals(rescored.getAttribute(SignalMapLayer.KLASSE), text(ProfileWidgetKeys.KLASSE));
		assertExplanationSumsTo(newScore, run.table().indicatorCount());
		assertEquals(run.table().indicators().get(bijstand).label(), choice.getText(), "the chosen indicator stays chosen");
	}

	@Test
	void aBuurtWithoutDataShowsTheReasonInsteadOfAScore() throws Exception {
		SignalMapSession session = SignalMapFixture.showRotterdam(mapView);
		IWorkbenchPage page = mapView.getSite().getPage();
		page.showView(BuurtprofielView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		page.activate(mapView);
		VectorLayer klasse = session.klasseLayer();
		Feature noData = klasse.getFeatures().getFeatures().stream()
				.filter(f -> Klasse.GEEN_GEGEVENS.label().equals(f.getAttribute(SignalMapLayer.KLASSE)))
				.max(Comparator.comparingDouble(f -> projected(klasse, f).geometry().getArea()))
				.orElseThrow(() -> new AssertionError("Rotterdam has buurten without data (harbour, industry)"));
		mapView.getMapCanvas().zoomTo(projected(klasse, noData).geometry().getEnvelopeInternal());
		waitForFrame();
		clickMapToolbar("Identificeren");
		click(onScreen(klasse, noData));
		Label title = robot.widget(shell, ProfileWidgetKeys.TITLE, Label.class);
		robot.waitUntil("the profile of the buurt without data", () -> noData.getAttribute(SignalMapLayer.NAAM).equals(title.getText()));
		robot.waitForJobs("the profile", BuurtprofielView.JOB_FAMILY);

		assertEquals("geen gegevens", text(ProfileWidgetKeys.KLASSE));
		assertEquals("geen gegevens", text(ProfileWidgetKeys.SCORE), "no score, never a 0");
		String reason = (String) noData.getAttribute(SignalMapLayer.REDEN);
		assertTrue(reason.startsWith("dekking "), reason);
		Label reasonLabel = robot.widget(shell, ProfileWidgetKeys.NO_DATA_REASON, Label.class);
		assertEquals(reason, reasonLabel.getText());
		assertTrue(reasonLabel.isVisible());
		Table table = robot.widget(shell, ProfileWidgetKeys.EXPLANATION_TABLE, Table.class);
		TableItem sum = table.getItem(table.getItemCount() - 1);
		assertEquals("geen gegevens: " + reason, sum.getText(columnIndex(table, "Toelichting")));
		assertTrue(Arrays.stream(table.getItems()).filter(i -> i.getData() instanceof Contribution)
				.anyMatch(i -> i.getText(columnIndex(table, "Waarde")).equals("ontbreekt")
						&& i.getText(columnIndex(table, "Toelichting")).startsWith("ontbreekt: ")),
				"a missing value says so, with its reason");
		screenshots("buurtprofiel-geen-gegevens");
	}

	/** The explanation rows hold one contribution per indicator; they and the sum row add up to the score. */
	private void assertExplanationSumsTo(double kwetsbaarheid, int indicators) {
		Table table = robot.widget(shell, ProfileWidgetKeys.EXPLANATION_TABLE, Table.class);
		List<Contribution> lines = Arrays.stream(table.getItems()).map(TableItem::getData)
				.filter(Contribution.class::isInstance).map(Contribution.class::cast).toList();
		assertEquals(indicators, lines.size(), "one explanation row per indicator");
		assertEquals(indicators + 1, table.getItemCount(), "and the sum row");
		assertEquals(kwetsbaarheid, lines.stream().mapToDouble(Contribution::contribution).sum(), 1e-9);
		TableItem sum = table.getItem(indicators);
		assertEquals("Som", sum.getText(0));
		assertEquals(kwetsbaarheid, dutchNumber(sum.getText(columnIndex(table, "Bijdrage"))), 0.0005);
		double shown = 0;
		for (TableItem item : table.getItems()) {
			if (item.getData() instanceof Contribution line && line.contributes()) {
				shown += dutchNumber(item.getText(columnIndex(table, "Bijdrage")));
			}
		}
		assertEquals(kwetsbaarheid, shown, 0.0005 * indicators, "the contributions shown add up to the score");
	}

	private Feature byCode(SignalMapSession session, String code) {
		return session.klasseLayer().getFeatures().getFeatures().stream().filter(f -> code.equals(f.getAttribute(SignalMapLayer.BU_CODE)))
				.findFirst().orElseThrow();
	}

	private String text(String key) {
		return robot.widget(shell, key, Label.class).getText();
	}

	private static double dutchNumber(String text) {
		try {
			return DUTCH.parse(text.replace("+", "")).doubleValue();
		} catch (ParseException e) {
			throw new AssertionError("not a Dutch number: " + text, e);
		}
	}

	/** Saves screenshots of the maximised profile's top, bars, course and table, and of the workbench with it. */
	private void screenshots(String name) {
		maximised(() -> {
			scrollTo(robot.widget(shell, ProfileWidgetKeys.TITLE, Label.class));
			robot.screenshot(name + "-1-kop");
			scrollTo(robot.widget(shell, ProfileWidgetKeys.BAR_CHART, Chart.class));
			robot.screenshot(name + "-2-staven");
			scrollTo(robot.widget(shell, ProfileWidgetKeys.TREND_CHART, Chart.class));
			robot.screenshot(name + "-3-verloop");
			scrollTo(robot.widget(shell, ProfileWidgetKeys.EXPLANATION_TABLE, Table.class));
			robot.screenshot(name + "-4-verklaring");
		});
		scrollTo(robot.widget(shell, ProfileWidgetKeys.TITLE, Label.class));
		robot.screenshot(name + "-0-werkbank");
	}

	/** Runs something with the profile maximised, and restores it. */
	private void maximised(Runnable runnable) {
		IWorkbenchPage page = mapView.getSite().getPage();
		var reference = page.findViewReference(BuurtprofielView.ID);
		page.setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
		robot.settle(400);
		try {
			runnable.run();
		} finally {
			page.setPartState(reference, IWorkbenchPage.STATE_RESTORED);
			robot.settle(300);
		}
	}

	/** Scrolls the profile so that a control is at the top. */
	private void scrollTo(Control control) {
		Control parent = control;
		while (!(parent instanceof ScrolledComposite)) {
			parent = parent.getParent();
		}
		ScrolledComposite scrolled = (ScrolledComposite) parent;
		int y = scrolled.getContent().toControl(control.toDisplay(0, 0)).y;
		scrolled.setOrigin(0, Math.max(0, y - 40));
		robot.settle(300);
	}
}
