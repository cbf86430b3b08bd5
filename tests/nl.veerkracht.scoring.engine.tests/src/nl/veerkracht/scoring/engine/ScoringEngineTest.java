package nl.veerkracht.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScoringEngineTest {

	private static final double EPS = 1e-9;
	private static final double NaN = Double.NaN;

	/**
	 * One gemeente, three buurten. a: vulnerable, weight 2 (10, 20, 30); b: resilient, weight 1 (30, 20, missing);
	 * c: context (never scored); dr / vr: drager and vrager of the draagkracht ratio.
	 */
	private final IndicatorTable table = new Tables().region("A", "GM1", 800).region("B", "GM1", 900)
			.region("C", "GM1", 1000)
			.indicator("a", Direction.HIGHER_IS_MORE_VULNERABLE, Role.KWETSBAARHEID, 2)
			.indicator("b", Direction.HIGHER_IS_MORE_RESILIENT, Role.KWETSBAARHEID, 1)
			.indicator("c", Direction.HIGHER_IS_MORE_VULNERABLE, Role.CONTEXT, 1)
			.indicator("dr", Direction.HIGHER_IS_MORE_RESILIENT, Role.DRAAGKRACHT_DRAGER, 1)
			.indicator("vr", Direction.HIGHER_IS_MORE_VULNERABLE, Role.DRAAGKRACHT_VRAGER, 1)
			.values("a", 2020, 10, 20, 30).values("b", 2020, 30, 20, NaN).values("c", 2020, 50, 60, 70)
			.values("dr", 2020, 30, 40, 50).values("vr", 2020, 20, 10, 0).build(2020);

	private final ScoringEngine engine = new ScoringEngine(table, ScoringParameters.defaults());
	private final Weights weights = Weights.defaults(table.indicators());

	@Test
	void scoresClassesAndDraagkracht() {
		YearScores scores = engine.score(2020, weights);
		// A: z_a = -1.224745; b over {30, 20}: mean 25, sd 5, z = +1, resilient so -1
		// composite = (2 * -1.224745 + 1 * -1) / 3 = -1.149830 -> below -0.8416: veerkrachtig
		assertEquals((2 * -1.224744871391589 - 1) / 3, scores.composite(0), EPS);
		assertEquals(Klasse.VEERKRACHTIG, scores.klasse(0));
		// B: z_a = 0, z_b = -1 -> +1: (0 + 1) / 3 = 0.3333 -> kwetsbaar
		assertEquals(1 / 3.0, scores.composite(1), EPS);
		assertEquals(Klasse.KWETSBAAR, scores.klasse(1));
		// C: b missing, coverage 2/3 >= 0.6: composite = z_a = 1.224745 -> zeer kwetsbaar
		assertEquals(1.224744871391589, scores.composite(2), EPS);
		assertEquals(2 / 3.0, scores.coverage(2), EPS);
		assertEquals(Klasse.ZEER_KWETSBAAR, scores.klasse(2));
		// draagkracht = drager / vrager: 30 / 20, 40 / 10, and no ratio with no vragers
		assertEquals(1.5, scores.draagkracht(0), EPS);
		assertEquals(4.0, scores.draagkracht(1), EPS);
		assertTrue(Double.isNaN(scores.draagkracht(2)));
	}

	@Test
	void aHigherMinimumCoverageMakesThePartialRegionGeenGegevens() {
		ScoringEngine strict = new ScoringEngine(table,
				ScoringParameters.of(Reference.GEMEENTE, NormalisationMethod.Z_SCORE, 0.7));
		YearScores scores = strict.score(2020, weights);
		assertTrue(Double.isNaN(scores.composite(2)));
		assertEquals(Klasse.GEEN_GEGEVENS, scores.klasse(2));
		assertEquals(Klasse.VEERKRACHTIG, scores.klasse(0));
	}

	@Test
	void userWeightsChangeTheScore() {
		// b alone: A = -1, B = +1
		YearScores scores = engine.score(2020, weights.with("a", 0));
		assertEquals(-1.0, scores.composite(0), EPS);
		assertEquals(1.0, scores.composite(1), EPS);
		assertTrue(Double.isNaN(scores.composite(2)), "C has only a, which now weighs nothing");
	}

	@Test
	void explanationTracesEveryInputAndSumsToTheComposite() {
		Explanation explanation = engine.explain("A", 2020, weights);
		assertEquals(engine.score(2020, weights).composite(0), explanation.composite(), EPS);
		assertEquals(explanation.composite(), explanation.sumOfContributions(), 1e-12);
		assertEquals(5, explanation.contributions().size());
		Contribution a = explanation.contributions().get(0);
		assertEquals(10.0, a.input().value());
		assertEquals(2020, a.input().year());
		assertEquals("kolom a", a.input().sourceColumn());
		assertEquals("%", a.spec().unit());
		assertEquals(-1.224744871391589, a.normalised(), EPS);
		assertEquals(2.0, a.userWeight());
		assertEquals(2 / 3.0, a.weight(), EPS);
		assertEquals(2 / 3.0 * -1.224744871391589, a.contribution(), EPS);
		Contribution b = explanation.contributions().get(1);
		assertEquals(1 / 3.0, b.weight(), EPS);
		assertEquals(-1 / 3.0, b.contribution(), EPS);
		Contribution context = explanation.contributions().get(2);
		assertFalse(context.contributes());
		assertEquals(50.0, context.input().value());
		assertEquals(Klasse.VEERKRACHTIG, explanation.klasse());
		assertEquals(1.5, explanation.draagkracht(), EPS);
	}

	@Test
	void explanationOfAPartialRegionRenormalisesAndReportsTheGap() {
		Explanation explanation = engine.explain("C", 2020, weights);
		Contribution a = explanation.contributions().get(0);
		Contribution b = explanation.contributions().get(1);
		assertEquals(1.0, a.weight(), EPS, "a carries all of the available weight");
		assertEquals(0.0, b.weight());
		assertTrue(b.input().isMissing());
		assertEquals("geheim", b.input().missingReason());
		assertEquals(explanation.composite(), explanation.sumOfContributions(), 1e-12);
		assertEquals(2 / 3.0, explanation.coverage(), EPS);
	}

	@Test
	void explanationOfARegionWithoutCompositeHasNoContributions() {
		Explanation explanation = engine.explain("C", 2020, weights.with("a", 0));
		assertEquals(Klasse.GEEN_GEGEVENS, explanation.klasse());
		assertEquals(0.0, explanation.sumOfContributions());
		assertTrue(explanation.contributions().stream().noneMatch(Contribution::contributes));
	}

	@Test
	void anUnsuppliedCellIsMissingWithItsOwnReason() {
		IndicatorTable sparse = new IndicatorTable(table.regions(), table.indicators(), new int[] { 2020 },
				java.util.List.of(IndicatorValue.of("A", "a", 2020, 1, "x")));
		assertEquals(IndicatorTable.NOT_SUPPLIED, sparse.cell(1, 0, 0).missingReason());
	}
}
