package nl.veerkracht.scoring.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.veerkracht.cbs.catalogue.Unit;
import nl.veerkracht.cbs.io.CbsImport;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;
import nl.veerkracht.scoring.Direction;
import nl.veerkracht.scoring.Domain;
import nl.veerkracht.scoring.Indicator;
import nl.veerkracht.scoring.IndicatorDescriptor;
import nl.veerkracht.scoring.IndicatorRegistry;
import nl.veerkracht.scoring.Role;
import nl.veerkracht.scoring.engine.IndicatorSpec;
import nl.veerkracht.scoring.engine.IndicatorTable;
import nl.veerkracht.scoring.engine.IndicatorValue;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.engine.RegionTrend;
import nl.veerkracht.scoring.engine.ScoringParameters;
import nl.veerkracht.scoring.engine.Weights;
import nl.veerkracht.testsupport.SharedData;

/**
 * The buurt profile on the real KWB files of Rotterdam 2014–2016 with the Rotterdam buurt boundaries: the
 * explanation, the gemeente comparison, the class distribution of the robustness samples (which must agree
 * with the engine's own robustness figure) and the course of the composite over the years on one scale
 * (whose slope must be the engine's trend).
 */
class BuurtProfileTest {

	private static final String STADSDRIEHOEK = "BU05990110";

	private static ScoringRun run;
	private static YearResult result2016;

	@BeforeAll
	static void score() throws Exception {
		var data = new CbsImport().readAll(List.of(SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2014.csv"),
				SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2015.csv"),
				SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2016.csv")));
		FeatureCollection buurten = new GeoJsonReader().read(SharedData.file("rotterdam/buurten_wgs84.geojson"));
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
	void theProfileHoldsTheBuurtsClassScoreAndExplanation() {
		BuurtProfile profile = BuurtProfile.of(run, result2016, STADSDRIEHOEK);
		int r = run.table().regionIndexOf(STADSDRIEHOEK);
		assertEquals("Stadsdriehoek", profile.region().name());
		assertEquals("GM0599", profile.region().gemeenteCode());
		assertEquals(2016, profile.year());
		assertEquals(result2016.scores().klasse(r), profile.klasse());
		assertEquals(result2016.scores().composite(r), profile.composite(), 1e-12);
		assertEquals(profile.composite(), profile.explanation().sumOfContributions(), 1e-9);
		assertEquals(result2016.scores().coverage(r), profile.coverage(), 1e-12);
		assertFalse(profile.hasNoData());
		assertEquals("", profile.noDataReason());
		assertEquals(result2016.hotSpot(r), profile.hotSpot());
		RegionTrend trend = profile.trend().orElseThrow();
		assertEquals(result2016.trend(STADSDRIEHOEK).orElseThrow(), trend);
		assertEquals(3, profile.trendYears().length);
		assertEquals(run.table().indicatorCount(), profile.explanation().contributions().size());
		assertThrows(IllegalArgumentException.class, () -> BuurtProfile.of(run, result2016, "BU99999999"));
	}

	@Test
	void everyIndicatorIsSetAgainstTheGemeentesOwnValue() {
		BuurtProfile profile = BuurtProfile.of(run, result2016, STADSDRIEHOEK);
		IndicatorTable table = run.table();
		assertEquals(table.indicators(), profile.comparisons().stream().map(GemeenteComparison::spec).toList());
		GemeenteComparison lowIncome = profile.comparisons().get(table.indicatorIndexOf("laag_inkomen"));
		double buurt = table.value(table.regionIndexOf(STADSDRIEHOEK), table.indicatorIndexOf("laag_inkomen"),
				table.yearIndexOf(2016));
		double gemeente = run.gemeenteValue("GM0599", "laag_inkomen", 2016).orElseThrow().value();
		assertEquals(buurt, lowIncome.buurt().value());
		assertEquals(gemeente, lowIncome.gemeente().value());
		assertEquals(buurt / gemeente - 1, lowIncome.relativeDifference(), 1e-12);
		assertEquals(buurt > gemeente, lowIncome.unfavourable(), "more low incomes than the gemeente is unfavourable");
		GemeenteComparison woz = profile.comparisons().get(table.indicatorIndexOf("woz_waarde"));
		assertEquals(woz.relativeDifference() < 0, woz.unfavourable(), "a lower WOZ value than the gemeente is unfavourable");
		assertTrue(profile.comparisons().get(table.indicatorIndexOf("corporatiebezit")).isContext());
	}

	@Test
	void aComparisonWithAMissingValueStaysMissingWithItsReasonNeverZero() {
		IndicatorSpec spec = run.table().indicators().get(0);
		IndicatorValue gemeente = IndicatorValue.of("GM0599", spec.id(), 2016, 20, "g");
		GemeenteComparison higher = new GemeenteComparison(spec, IndicatorValue.of("BU1", spec.id(), 2016, 30, "b"), gemeente);
		assertEquals(0.5, higher.relativeDifference(), 1e-12);
		assertNull(higher.missingReason());
		GemeenteComparison secret = new GemeenteComparison(spec,
				IndicatorValue.missing("BU1", spec.id(), 2016, "geheim", "b"), gemeente);
		assertTrue(Double.isNaN(secret.relativeDifference()));
		assertEquals("geheim", secret.missingReason());
		assertFalse(secret.unfavourable());
		GemeenteComparison noGemeente = new GemeenteComparison(spec, IndicatorValue.of("BU1", spec.id(), 2016, 30, "b"),
				IndicatorValue.missing("GM0599", spec.id(), 2016, "niet gepubliceerd", "g"));
		assertEquals("gemeente: niet gepubliceerd", noGemeente.missingReason());
		GemeenteComparison zero = new GemeenteComparison(spec, IndicatorValue.of("BU1", spec.id(), 2016, 30, "b"),
				IndicatorValue.of("GM0599", spec.id(), 2016, 0, "g"));
		assertTrue(Double.isNaN(zero.relativeDifference()));
		assertEquals("gemeentewaarde is 0", zero.missingReason());
	}

	@Test
	void aBuurtWithoutDataHasItsReasonAndNoScore() {
		int r = firstWith(Klasse.GEEN_GEGEVENS);
		String code = run.table().regions().get(r).code();
		BuurtProfile profile = BuurtProfile.of(run, result2016, code);
		assertTrue(profile.hasNoData());
		assertTrue(Double.isNaN(profile.composite()));
		assertEquals(result2016.noDataReason(r), profile.noDataReason());
		assertTrue(profile.noDataReason().startsWith("dekking "), profile.noDataReason());
		assertTrue(profile.comparisons().stream().anyMatch(c -> Double.isNaN(c.relativeDifference()) && c.missingReason() != null),
				"a buurt without data has comparisons without a value, each with its reason");
		for (GemeenteComparison comparison : profile.comparisons()) {
			assertEquals(Double.isNaN(comparison.relativeDifference()), comparison.missingReason() != null,
					comparison.spec().id());
		}
	}

	@Test
	void theClassDistributionOfTheSamplesAgreesWithTheEnginesRobustness() {
		int checked = 0;
		boolean sawFragile = false;
		for (int r = 0; r < run.table().regionCount(); r++) {
			if (result2016.scores().klasse(r) == Klasse.GEEN_GEGEVENS) {
				continue;
			}
			ClassStability stability = ClassStability.of(run, result2016, r);
			assertEquals(result2016.scores().klasse(r), stability.klasse());
			assertEquals(result2016.robustness().stability(r), stability.stability(), 1e-12,
					run.table().regions().get(r).code());
			assertEquals(result2016.robustness().isFragile(r), stability.fragile());
			assertEquals(result2016.robustness().samples(),
					stability.counts().values().stream().mapToInt(Integer::intValue).sum());
			assertEquals(stability.stability(), stability.share(stability.klasse()), 1e-12);
			if (stability.fragile()) {
				sawFragile = true;
				assertTrue(stability.counts().size() > 1, "a fragile class went elsewhere in some samples");
			}
			checked++;
		}
		assertTrue(checked > 50, "scored buurten: " + checked);
		assertTrue(sawFragile, "Rotterdam 2016 has fragile classifications");
	}

	@Test
	void theCompositeOverTheYearsIsOnOneScaleWhoseSlopeIsTheEnginesTrend() {
		CompositeHistory history = CompositeHistory.of(run);
		assertEquals(List.of(2014, 2015, 2016), java.util.Arrays.stream(history.years()).boxed().toList());
		CompositeSeries series = history.series(STADSDRIEHOEK, run.weights());
		RegionTrend trend = result2016.trend(STADSDRIEHOEK).orElseThrow();
		assertEquals(trend.compositeSlope(), series.buurtSlope(), 1e-12);
		assertEquals("GM0599", series.gemeenteCode());

		double[] sum = new double[3];
		int[] count = new int[3];
		for (var region : run.table().regions()) {
			double[] buurt = history.series(region.code(), run.weights()).buurt();
			for (int y = 0; y < 3; y++) {
				if (!Double.isNaN(buurt[y])) {
					sum[y] += buurt[y];
					count[y]++;
				}
			}
		}
		for (int y = 0; y < 3; y++) {
			assertEquals(sum[y] / count[y], series.gemeente()[y], 1e-12, "the gemeente line is the mean of its buurten");
		}

		Weights other = run.weights().with("woz_waarde", 0);
		CompositeSeries reweighted = history.series(STADSDRIEHOEK, other);
		assertNotEquals(series.buurt()[2], reweighted.buurt()[2], "the course follows the weights");
		assertEquals(run.score(2016, other).trend(STADSDRIEHOEK).orElseThrow().compositeSlope(), reweighted.buurtSlope(), 1e-12);
	}

	@Test
	void anIndicatorSeriesHoldsTheBuurtAndGemeenteValuesOfEveryYear() {
		IndicatorSeries series = IndicatorSeries.of(run, STADSDRIEHOEK, "bijstand");
		IndicatorTable table = run.table();
		int r = table.regionIndexOf(STADSDRIEHOEK);
		int i = table.indicatorIndexOf("bijstand");
		assertEquals(3, series.years().length);
		for (int y = 0; y < 3; y++) {
			assertEquals(table.cell(r, i, y), series.buurt().get(y));
			assertEquals(run.gemeenteValue("GM0599", "bijstand", series.years()[y]).orElseThrow(), series.gemeente().get(y));
			assertNotNull(series.buurt().get(y).sourceColumn());
		}
		assertThrows(IllegalArgumentException.class, () -> IndicatorSeries.of(run, STADSDRIEHOEK, "onbekend"));
	}

	private static int firstWith(Klasse klasse) {
		for (int r = 0; r < run.table().regionCount(); r++) {
			if (result2016.scores().klasse(r) == klasse) {
				return r;
			}
		}
		throw new AssertionError("no buurt with class " + klasse);
	}
}
