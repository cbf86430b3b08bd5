package nl.veerkracht.scoring.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.veerkracht.cbs.catalogue.Unit;
import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.io.CbsImport;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;
import nl.veerkracht.scoring.Direction;
import nl.veerkracht.scoring.Domain;
import nl.veerkracht.scoring.Indicator;
import nl.veerkracht.scoring.IndicatorDescriptor;
import nl.veerkracht.scoring.IndicatorRegistry;
import nl.veerkracht.scoring.Role;
import nl.veerkracht.scoring.engine.Contribution;
import nl.veerkracht.scoring.engine.Explanation;
import nl.veerkracht.scoring.engine.IndicatorTable;
import nl.veerkracht.scoring.engine.IndicatorValue;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.engine.RegionInfo;
import nl.veerkracht.scoring.engine.ScoringParameters;
import nl.veerkracht.scoring.engine.spatial.HotSpotLabel;
import nl.veerkracht.testsupport.SharedData;

/**
 * A scoring run on the real KWB files of Rotterdam 2014–2016 (StatLine CSV) with the Rotterdam buurt
 * boundaries: indicators as the default plug-in declares them (same variables, directions, roles), plus
 * net labour participation, which these files do not hold at all.
 */
class ScoringRunTest {

	private static final String STADSDRIEHOEK = "BU05990110";

	private static CbsData data;
	private static FeatureCollection buurten;
	private static ScoringRun run;
	private static YearResult result2016;

	@BeforeAll
	static void score() throws Exception {
		data = new CbsImport().readAll(List.of(SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2014.csv"),
				SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2015.csv"),
				SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2016.csv")));
		buurten = new GeoJsonReader().read(SharedData.file("rotterdam/buurten_wgs84.geojson"));
		run = ScoringRun.prepare(data, buurten, registry(), Optional.of("GM0599"), ScoringParameters.defaults());
		result2016 = run.score(2016);
	}

	private static IndicatorRegistry registry() {
		return IndicatorRegistry.of(List.of(
				indicator("laag_inkomen", input -> input.value("p_hh_lkk"), Unit.PERCENT, Role.KWETSBAARHEID,
						Direction.HIGHER_IS_MORE_VULNERABLE, 1, "p_hh_lkk"),
				indicator("bijstand", input -> input.ratio("a_soz_wb", "a_inw", 1000), Unit.PER_1000_INHABITANTS,
						Role.KWETSBAARHEID, Direction.HIGHER_IS_MORE_VULNERABLE, 1, "a_soz_wb", "a_inw"),
				indicator("woz_waarde", input -> input.value("g_wozbag"), Unit.THOUSAND_EURO, Role.KWETSBAARHEID,
						Direction.HIGHER_IS_MORE_RESILIENT, 1, "g_wozbag"),
				indicator("eenpersoonshuishoudens", input -> input.value("p_1p_hh"), Unit.PERCENT, Role.KWETSBAARHEID,
						Direction.HIGHER_IS_MORE_VULNERABLE, 0.5, "p_1p_hh"),
				indicator("hoogste_20_inkomen", input -> input.value("p_hh_hi"), Unit.PERCENT, Role.DRAGER,
						Direction.HIGHER_IS_MORE_RESILIENT, 1, "p_hh_hi"),
				indicator("arbeidsparticipatie", input -> input.value("p_arb_pp"), Unit.PERCENT, Role.DRAGER,
						Direction.HIGHER_IS_MORE_RESILIENT, 1, "p_arb_pp"),
				indicator("uitkeringen", input -> input.ratio("a_soz_wb", "a_inw", 1000), Unit.PER_1000_INHABITANTS,
						Role.VRAGER, Direction.HIGHER_IS_MORE_VULNERABLE, 1, "a_soz_wb", "a_inw"),
				indicator("corporatiebezit", input -> input.value("p_wcorpw"), Unit.PERCENT, Role.CONTEXT,
						Direction.HIGHER_IS_MORE_VULNERABLE, 0, "p_wcorpw")));
	}

	private static IndicatorDescriptor indicator(String id, Indicator indicator, Unit unit, Role role,
			Direction direction, double weight, String... variables) {
		return IndicatorDescriptor.builder(id, indicator).labels("NL " + id, "EN " + id).unit(unit)
				.domain(Domain.INKOMEN).direction(direction).role(role).defaultWeight(weight).variables(variables)
				.contributor("test").build();
	}

	@Test
	void theTableHoldsTheRotterdamBuurtenAndTheThreeYears() {
		IndicatorTable table = run.table();
		assertEquals(List.of(2014, 2015, 2016), java.util.Arrays.stream(run.years()).boxed().toList());
		assertTrue(table.regionCount() > 50, "buurten: " + table.regionCount());
		assertTrue(table.regions().stream().allMatch(r -> r.code().startsWith("BU0599") && r.gemeenteCode().equals("GM0599")));
		RegionInfo stadsdriehoek = table.regions().get(table.regionIndexOf(STADSDRIEHOEK));
		assertEquals("Stadsdriehoek", stadsdriehoek.name());
		assertTrue(stadsdriehoek.inhabitants() > 1000, "inhabitants " + stadsdriehoek.inhabitants());
		assertNotNull(stadsdriehoek.geometry());
	}

	@Test
	void theRunKnowsTheNamesOfTheGemeenteAndItsWijkenFromTheCbsData() {
		assertEquals(java.util.Optional.of("Delfshaven"), run.regionName("WK059903"));
		assertEquals(java.util.Optional.of("Rotterdam Centrum"), run.regionName("wk059901"));
		assertEquals(java.util.Optional.of("Rotterdam"), run.regionName("GM0599"));
		assertEquals(java.util.Optional.empty(), run.regionName("WK999999"));
	}

	@Test
	void anIndicatorWithoutAnyValueIsDroppedWithItsReason() {
		assertEquals(List.of("arbeidsparticipatie"), run.dropped().stream().map(DroppedIndicator::id).toList());
		assertTrue(run.dropped().get(0).reason().contains("INPUT_NOT_READ"), run.dropped().get(0).reason());
		assertTrue(run.table().indicators().stream().noneMatch(spec -> spec.id().equals("arbeidsparticipatie")));
		assertTrue(run.table().indicatorIndexOf("corporatiebezit") >= 0);
	}

	@Test
	void valuesCarryTheirTraceAndMissingValuesTheirCause() {
		IndicatorTable table = run.table();
		IndicatorValue lowIncome = table.cell(table.regionIndexOf(STADSDRIEHOEK), table.indicatorIndexOf("laag_inkomen"),
				table.yearIndexOf(2014));
		assertFalse(lowIncome.isMissing());
		assertTrue(lowIncome.sourceColumn().contains("p_hh_lkk") && lowIncome.sourceColumn().contains("2014.csv"),
				lowIncome.sourceColumn());
		long missingWithoutReason = 0;
		long missing = 0;
		for (int r = 0; r < table.regionCount(); r++) {
			for (int i = 0; i < table.indicatorCount(); i++) {
				for (int y = 0; y < table.years().length; y++) {
					IndicatorValue cell = table.cell(r, i, y);
					if (cell.isMissing()) {
						missing++;
						if (cell.missingReason() == null || cell.missingReason().isBlank()) {
							missingWithoutReason++;
						}
					}
				}
			}
		}
		assertTrue(missing > 0, "Rotterdam has suppressed buurten (harbour, industry)");
		assertEquals(0, missingWithoutReason);
	}

	@Test
	void everyBuurtGetsAClassOrGeenGegevensWithAReason() {
		Map<Klasse, Integer> counts = result2016.classCounts();
		assertTrue(counts.getOrDefault(Klasse.ZEER_KWETSBAAR, 0) > 0 && counts.getOrDefault(Klasse.VEERKRACHTIG, 0) > 0,
				counts.toString());
		assertTrue(counts.getOrDefault(Klasse.GEEN_GEGEVENS, 0) > 0, counts.toString());
		for (int r = 0; r < run.table().regionCount(); r++) {
			Klasse klasse = result2016.scores().klasse(r);
			assertNotNull(klasse);
			if (klasse == Klasse.GEEN_GEGEVENS) {
				assertTrue(Double.isNaN(result2016.scores().composite(r)));
				assertTrue(result2016.noDataReason(r).startsWith("dekking "), result2016.noDataReason(r));
			} else {
				assertEquals("", result2016.noDataReason(r));
			}
		}
	}

	@Test
	void theScoreIsTheSumOfItsExplainedContributions() {
		int checked = 0;
		for (int r = 0; r < run.table().regionCount(); r++) {
			double composite = result2016.scores().composite(r);
			if (Double.isNaN(composite)) {
				continue;
			}
			Explanation explanation = run.engine().explain(run.table().regions().get(r).code(), 2016, run.weights());
			assertEquals(composite, explanation.sumOfContributions(), 1e-9);
			for (Contribution contribution : explanation.contributions()) {
				if (contribution.contributes()) {
					assertFalse(contribution.input().sourceColumn().isEmpty());
				}
			}
			checked++;
		}
		assertTrue(checked > 50);
	}

	@Test
	void theTrendRunsOverThreeYearsAndHotSpotsAreFound() {
		assertEquals(3, result2016.trendYears().length);
		assertEquals(1, run.score(2014).trendYears().length);
		assertTrue(run.score(2014).trend(STADSDRIEHOEK).isEmpty());
		var trend = result2016.trend(STADSDRIEHOEK).orElseThrow();
		assertEquals(3, trend.yearsUsed());
		assertTrue(Double.isFinite(trend.compositeSlope()));
		Set<HotSpotLabel> labels = java.util.stream.IntStream.range(0, run.table().regionCount())
				.mapToObj(result2016::hotSpot).collect(Collectors.toSet());
		assertTrue(labels.contains(HotSpotLabel.HIGH_HIGH), labels.toString());
		assertTrue(labels.contains(HotSpotLabel.NO_DATA), labels.toString());
	}

	@Test
	void theSignalMapLayerHasOneFeaturePerBuurtWithTheDocumentedAttributes() {
		FeatureCollection layer = SignalMapLayer.build(run, result2016, buurten.getCrs());
		assertEquals(run.table().regionCount(), layer.size());
		assertEquals("signaleringskaart_2016", layer.getSchema().getName());
		Feature stadsdriehoek = layer.getFeatures().stream()
				.filter(f -> STADSDRIEHOEK.equals(f.getAttribute(SignalMapLayer.BU_CODE))).findFirst().orElseThrow();
		assertEquals(2016L, stadsdriehoek.getAttribute(SignalMapLayer.JAAR));
		assertEquals("Stadsdriehoek", stadsdriehoek.getAttribute(SignalMapLayer.NAAM));
		int r = run.table().regionIndexOf(STADSDRIEHOEK);
		assertEquals(result2016.scores().klasse(r).label(), stadsdriehoek.getAttribute(SignalMapLayer.KLASSE));
		assertEquals(run.table().value(r, run.table().indicatorIndexOf("laag_inkomen"), run.table().yearIndexOf(2016)),
				(Double) stadsdriehoek.getAttribute("laag_inkomen"));
		assertNotNull(stadsdriehoek.getAttribute(SignalMapLayer.TREND));
		assertNotNull(stadsdriehoek.getAttribute(SignalMapLayer.ROBUUSTHEID));
		Feature noData = layer.getFeatures().stream()
				.filter(f -> Klasse.GEEN_GEGEVENS.label().equals(f.getAttribute(SignalMapLayer.KLASSE))).findFirst()
				.orElseThrow();
		assertNull(noData.getAttribute(SignalMapLayer.KWETSBAARHEID), "geen gegevens is never shown as 0");
		assertEquals("geen gegevens", noData.getAttribute(SignalMapLayer.HOTSPOT));
		assertNull(noData.getAttribute(SignalMapLayer.TREND));
		assertNull(noData.getAttribute(SignalMapLayer.VROEG_SIGNAAL));
		assertNull(noData.getAttribute(SignalMapLayer.ROBUUSTHEID));
	}

	@Test
	void aGemeenteWithoutBuurtenInTheLayerIsRefusedByName() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> ScoringRun.prepare(data, buurten, registry(), Optional.of("GM0344"), ScoringParameters.defaults()));
		assertTrue(e.getMessage().contains("GM0344"), e.getMessage());
		assertThrows(IllegalArgumentException.class,
				() -> ScoringRun.prepare(data, buurten, registry(), Optional.of("0599"), ScoringParameters.defaults()));
	}

	@Test
	void theGemeenteValueComesFromTheGemeentesOwnRow() {
		IndicatorValue laagInkomen = run.gemeenteValue("GM0599", "laag_inkomen", 2016).orElseThrow();
		double cbs = data.observation(nl.veerkracht.cbs.data.RegionCode.parse("GM0599").orElseThrow(), "p_hh_lkk", 2016)
				.orElseThrow().value().orElseThrow();
		assertEquals(cbs, laagInkomen.value(), 1e-9);
		assertEquals(Optional.empty(), run.gemeenteValue("GM0344", "laag_inkomen", 2016));
		assertEquals(Optional.empty(), run.gemeenteValue("GM0599", "laag_inkomen", 2018));
	}

	@Test
	void otherWeightsGiveOtherScoresAndTheResultKeepsThem() {
		var weights = run.weights().with("woz_waarde", 0).with("eenpersoonshuishoudens", 4);
		YearResult other = run.score(2016, weights);
		assertEquals(weights, other.weights());
		assertEquals(run.weights(), result2016.weights());
		int r = run.table().regionIndexOf(STADSDRIEHOEK);
		assertFalse(other.scores().composite(r) == result2016.scores().composite(r),
				"the composite follows the weights");
		Explanation explanation = run.engine().explain(STADSDRIEHOEK, 2016, weights);
		assertEquals(other.scores().composite(r), explanation.composite(), 1e-12);
	}

	@Test
	void theStateHoldsTheLayerOfItsResultAndItsStylesCoverEveryValue() {
		var weights = run.weights().with("bijstand", 3);
		ScoringState state = ScoringState.compute(run, weights, 2015, buurten.getCrs());
		assertEquals(2015, state.result().year());
		assertEquals("signaleringskaart_2015", state.layer().getSchema().getName());
		assertEquals(-1, state.regionIndexOf("BU99999999"));
		int r = state.regionIndexOf(STADSDRIEHOEK);
		assertEquals(state.result().scores().klasse(r).label(),
				state.layer().getFeatures().get(r).getAttribute(SignalMapLayer.KLASSE));
		var klasse = SignalMapStyles.klasse();
		var symbolizer = klasse.symbolizer(state.layer().getSchema());
		for (Feature feature : state.layer().getFeatures()) {
			assertNotNull(symbolizer.symbolFor(feature), "every class has a symbol: " + feature.getAttribute(SignalMapLayer.KLASSE));
		}
		var hotSpots = SignalMapStyles.hotSpots().symbolizer(state.layer().getSchema());
		for (Feature feature : state.layer().getFeatures()) {
			assertNotNull(hotSpots.symbolFor(feature), "every hot-spot label has a symbol: " + feature.getAttribute(SignalMapLayer.HOTSPOT));
		}
		assertEquals(6, klasse.legend().size(), "five classes and geen gegevens once");
		var trend = SignalMapStyles.trend(state.layer());
		assertEquals(2, trend.classOf(0.0), "no change is the middle (stabiel) class");
	}

	@Test
	void aYearOutsideTheDataIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> run.score(2018));
	}
}
