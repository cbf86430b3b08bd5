package nl.veerkracht.scoring.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClassRuleTest {

	@Test
	void zScoreRuleCutsAtNormalQuintiles() {
		ClassRule rule = ClassRule.forMethod(NormalisationMethod.Z_SCORE);
		assertEquals(Klasse.VEERKRACHTIG, rule.classify(-0.85));
		assertEquals(Klasse.EERDER_VEERKRACHTIG, rule.classify(-0.84));
		assertEquals(Klasse.EERDER_VEERKRACHTIG, rule.classify(-0.26));
		assertEquals(Klasse.GEMIDDELD, rule.classify(-0.25));
		assertEquals(Klasse.GEMIDDELD, rule.classify(0.25));
		assertEquals(Klasse.KWETSBAAR, rule.classify(0.26));
		assertEquals(Klasse.KWETSBAAR, rule.classify(0.84));
		assertEquals(Klasse.ZEER_KWETSBAAR, rule.classify(0.85));
		assertEquals(Klasse.GEEN_GEGEVENS, rule.classify(Double.NaN));
	}

	@Test
	void rankRuleCutsAtFifths() {
		ClassRule rule = ClassRule.forMethod(NormalisationMethod.RANK);
		assertEquals(Klasse.VEERKRACHTIG, rule.classify(0.19));
		assertEquals(Klasse.EERDER_VEERKRACHTIG, rule.classify(0.2));
		assertEquals(Klasse.GEMIDDELD, rule.classify(0.4));
		assertEquals(Klasse.GEMIDDELD, rule.classify(0.6));
		assertEquals(Klasse.KWETSBAAR, rule.classify(0.8));
		assertEquals(Klasse.ZEER_KWETSBAAR, rule.classify(0.81));
	}

	@Test
	void labelsAreDutch() {
		assertEquals("zeer kwetsbaar", Klasse.ZEER_KWETSBAAR.label());
		assertEquals("geen gegevens", Klasse.GEEN_GEGEVENS.label());
		assertEquals("veerkrachtig", Klasse.VEERKRACHTIG.label());
	}

	@Test
	void thresholdsMustAscend() {
		assertThrows(IllegalArgumentException.class, () -> new ClassRule(0, 1, 1, 2));
	}
}
