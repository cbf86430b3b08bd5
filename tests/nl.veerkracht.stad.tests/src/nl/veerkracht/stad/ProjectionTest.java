package nl.veerkracht.stad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.veerkracht.cbs.catalogue.Unit;
import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.Region;
import nl.veerkracht.cbs.data.RegionLevel;
import nl.veerkracht.cbs.io.CbsImport;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.scoring.Direction;
import nl.veerkracht.scoring.Domain;
import nl.veerkracht.scoring.Indicator;
import nl.veerkracht.scoring.IndicatorDescriptor;
import nl.veerkracht.scoring.IndicatorRegistry;
import nl.veerkracht.scoring.Role;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.engine.ScoringParameters;
import nl.veerkracht.scoring.engine.YearScores;
import nl.veerkracht.scoring.run.ScoringRun;
import nl.veerkracht.testsupport.SharedData;

/**
 * The projected kwetsbaarheid score on Rotterdam 2016 (real KWB figures, scored by a {@link ScoringRun} with the
 * income, benefit, WOZ, one-person-household and corporation indicators): the projection of the unchanged start
 * state is the engine's own composite and class for every buurt; in a run the start year carries exactly those,
 * redirecting the vulnerable inflow of the most concentrated buurten lowers their projected score, and the
 * sensitivity run gives a band for it.
 */
class ProjectionTest {

	private static final int YEAR = 2016;
	private static final int HORIZON = 10;

	private static ScoringRun run;
	private static YearScores scores;
	private static KwetsbaarheidProjection projection;
	private static StadInput input;
	private static Scenario scenario;
	private static List<String> origins;

	@BeforeAll
	static void prepare() throws Exception {
		CbsData data = new CbsImport().readAll(List.of(SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2016.csv")));
		FeatureCollection buurten = new GeoJsonReader().read(SharedData.file("rotterdam/buurten_wgs84.geojson"));
		run = ScoringRun.prepare(data, buurten, registry(), Optional.of("GM0599"), ScoringParameters.defaults());
		scores = run.engine().score(YEAR, run.weights());
		projection = new KwetsbaarheidProjection(run.engine(), run.weights(), YEAR);

		SyntheticStock synthetic = new SyntheticStock(ModelParameters.defaults());
		List<BuurtStart> starts = new ArrayList<>();
		for (Region region : data.regions(RegionLevel.BUURT)) {
			OptionalDouble households = value(data, region, "a_hh");
			OptionalDouble lowIncome = value(data, region, "p_hh_lkk");
			if (households.isEmpty() || households.getAsDouble() < 1 || lowIncome.isEmpty()) {
				continue;
			}
			starts.add(synthetic.buurt(region.code().code(), region.name(), (int) value(data, region, "a_inw").orElse(0),
					OptionalInt.of((int) households.getAsDouble()), value(data, region, "p_wcorpw"),
					value(data, region, "p_koopw"), OptionalDouble.of(lowIncome.getAsDouble() / 100)));
		}
		input = new StadInput(YEAR, starts);
		origins = starts.stream().sorted(Comparator.comparingDouble(BuurtStart::vulnerableShare).reversed()).limit(3)
				.map(BuurtStart::code).toList();
		Map<String, PerspectiveMix> mixes = new HashMap<>();
		for (String code : origins) {
			mixes.put(code, PerspectiveMix.NONE.with(Handelingsperspectief.HERPOSITIONERING, 4)
					.with(Handelingsperspectief.WONINGPROGRAMMA, 2));
		}
		scenario = new Scenario("herpositioneren", mixes, List.of());
	}

	private static IndicatorRegistry registry() {
		return IndicatorRegistry.of(List.of(
				indicator("laag_inkomen", input -> input.value("p_hh_lkk"), Unit.PERCENT, Role.KWETSBAARHEID,
						Direction.HIGHER_IS_MORE_VULNERABLE, 1, "p_hh_lkk"),
				indicator("sociaal_minimum", input -> input.value("p_hh_osm"), Unit.PERCENT, Role.KWETSBAARHEID,
						Direction.HIGHER_IS_MORE_VULNERABLE, 1, "p_hh_osm"),
				indicator("bijstand", input -> input.ratio("a_soz_wb", "a_inw", 1000), Unit.PER_1000_INHABITANTS,
						Role.KWETSBAARHEID, Direction.HIGHER_IS_MORE_VULNERABLE, 1, "a_soz_wb", "a_inw"),
				indicator("woz_waarde", input -> input.value("g_wozbag"), Unit.THOUSAND_EURO, Role.KWETSBAARHEID,
						Direction.HIGHER_IS_MORE_RESILIENT, 1, "g_wozbag"),
				indicator("eenpersoonshuishoudens", input -> input.value("p_1p_hh"), Unit.PERCENT, Role.KWETSBAARHEID,
						Direction.HIGHER_IS_MORE_VULNERABLE, 0.5, "p_1p_hh"),
				indicator("corporatiebezit", input -> input.value("p_wcorpw"), Unit.PERCENT, Role.KWETSBAARHEID,
						Direction.HIGHER_IS_MORE_VULNERABLE, 0.5, "p_wcorpw")));
	}

	private static IndicatorDescriptor indicator(String id, Indicator indicator, Unit unit, Role role,
			Direction direction, double weight, String... variables) {
		return IndicatorDescriptor.builder(id, indicator).labels("NL " + id, "EN " + id).unit(unit)
				.domain(Domain.INKOMEN).direction(direction).role(role).defaultWeight(weight).variables(variables)
				.contributor("test").build();
	}

	private static OptionalDouble value(CbsData data, Region region, String variable) {
		return data.observation(region.code(), variable, YEAR).map(observation -> observation.value())
				.orElse(OptionalDouble.empty());
	}

	@Test
	void theUnchangedStartStateIsTheEnginesOwnScoreForEveryBuurt() {
		int scored = 0;
		for (int r = 0; r < run.table().regionCount(); r++) {
			String code = run.table().regions().get(r).code();
			assertEquals(scores.composite(r), projection.startScore(code), code);
			assertEquals(scores.klasse(r), projection.classify(projection.startScore(code)), code);
			scored += Double.isNaN(scores.composite(r)) ? 0 : 1;
		}
		assertTrue(scored >= 60, "scored buurten: " + scored);
		assertTrue(Double.isNaN(projection.score("BU99999999", 1, 0)));
	}

	@Test
	void aRunCarriesTheProjectedScoreAndItsClass() {
		StadModel model = StadModel.withDefaults().withProjection(projection);
		SimulationResult baseline = model.run(input, Scenario.baseline(), HORIZON);
		SimulationResult variant = model.run(input, scenario, HORIZON);
		int geenGegevens = 0;
		for (BuurtYear buurt : variant.year(YEAR)) {
			int r = projection.covers(buurt.code()) ? run.table().regionIndexOf(buurt.code()) : -1;
			double expected = r < 0 ? Double.NaN : scores.composite(r);
			assertEquals(expected, buurt.kwetsbaarheid(), buurt.code());
			assertEquals(r < 0 ? Klasse.GEEN_GEGEVENS : scores.klasse(r), buurt.klasse(), buurt.code());
		}
		int end = YEAR + HORIZON;
		for (BuurtYear buurt : variant.year(end)) {
			assertEquals(projection.classify(buurt.kwetsbaarheid()), buurt.klasse(), buurt.code());
			if (Double.isNaN(buurt.kwetsbaarheid())) {
				assertEquals(Klasse.GEEN_GEGEVENS, buurt.klasse(), buurt.code());
				geenGegevens++;
			}
		}
		assertTrue(geenGegevens < variant.buurtCodes().size() / 2, "most buurten are scored: " + geenGegevens);
		for (String origin : origins) {
			double before = baseline.buurt(origin, end).kwetsbaarheid();
			double after = variant.buurt(origin, end).kwetsbaarheid();
			assertFalse(Double.isNaN(before), origin);
			assertTrue(after < before, origin + ": redirecting and restructuring must lower the projected score: " + before
					+ " -> " + after);
		}
		// without a projection nothing is projected and the share classes as before
		SimulationResult plain = StadModel.withDefaults().run(input, scenario, HORIZON);
		for (BuurtYear buurt : plain.year(end)) {
			assertTrue(Double.isNaN(buurt.kwetsbaarheid()));
			assertEquals(ShareClassifier.defaultRule().classify(buurt.vulnerableShare()), buurt.klasse());
		}
		// the waterbed analysis of projected runs lists only buurten that tip in the projected class
		for (WaterbedEffect effect : new WaterbedAnalysis(model.classifier(), projection).find(baseline, variant)) {
			assertEquals(variant.buurt(effect.buurtCode(), effect.year()).klasse(), effect.scenario());
			assertFalse(origins.contains(effect.buurtCode()), effect.toString());
		}
	}

	@Test
	void theSensitivityRunGivesABandForTheProjectedScore() {
		StadModel model = StadModel.withDefaults().withProjection(projection);
		SensitivityResult result = new SensitivityAnalysis(model, new SensitivitySpec(20, 3, 0.25, 0.25, 0.5))
				.run(input, scenario, HORIZON);
		int end = YEAR + HORIZON;
		String origin = origins.get(0);
		Band band = result.kwetsbaarheid(origin, end);
		assertEquals(result.central().buurt(origin, end).kwetsbaarheid(), band.central());
		assertTrue(band.p10() < band.p90(), "the uncertain parameters must widen the projected score: " + band);
		Band start = result.kwetsbaarheid(origin, YEAR);
		assertEquals(start.p10(), start.p90(), "the start year is observed");
		for (String code : result.central().buurtCodes()) {
			Band one = result.kwetsbaarheid(code, end);
			assertEquals(Double.isNaN(one.central()), Double.isNaN(one.p50()), code);
		}
		Band none = new SensitivityAnalysis(StadModel.withDefaults(), new SensitivitySpec(2, 3, 0.25, 0.25, 0.5))
				.run(input, scenario, 1).kwetsbaarheid(origin, YEAR + 1);
		assertTrue(Double.isNaN(none.p50()) && Double.isNaN(none.central()));
	}
}
