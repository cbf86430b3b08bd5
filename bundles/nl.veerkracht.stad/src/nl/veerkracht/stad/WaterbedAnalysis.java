package nl.veerkracht.stad;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.veerkracht.scoring.engine.Klasse;

/**
 * Finds the waterbed effects of a scenario: buurten that tip into a worse class than in the baseline because of
 * choices made in other buurten.
 * <p>
 * Rule: in a simulated year, a buurt is listed when (1) its class in the scenario is worse than in the baseline,
 * (2) it received vulnerable households from choices elsewhere, and (3) without the households still attributed
 * to those choices ({@link BuurtYear#attributed()}) its vulnerable share would not be in a worse class than the
 * baseline's. A buurt that worsens through its own choices only is not a waterbed effect.
 */
public final class WaterbedAnalysis {

	private final ShareClassifier classifier;

	/** @param classifier the class rule used for both runs */
	public WaterbedAnalysis(ShareClassifier classifier) {
		this.classifier = classifier;
	}

	/**
	 * @param baseline the baseline run
	 * @param scenario a scenario run on the same input and horizon
	 * @return the waterbed effects, by year then input order
	 * @throws IllegalArgumentException when the two runs differ in buurten or years
	 */
	public List<WaterbedEffect> find(SimulationResult baseline, SimulationResult scenario) {
		if (!baseline.buurtCodes().equals(scenario.buurtCodes()) || baseline.startYear() != scenario.startYear()
				|| baseline.endYear() != scenario.endYear()) {
			throw new IllegalArgumentException("baseline and scenario differ in buurten or years");
		}
		List<WaterbedEffect> effects = new ArrayList<>();
		for (int year = scenario.startYear() + 1; year <= scenario.endYear(); year++) {
			List<BuurtYear> base = baseline.year(year);
			List<BuurtYear> variant = scenario.year(year);
			for (int i = 0; i < variant.size(); i++) {
				BuurtYear buurt = variant.get(i);
				Klasse before = base.get(i).klasse();
				if (!ShareClassifier.worse(buurt.klasse(), before) || buurt.received().isEmpty()) {
					continue;
				}
				double withoutElsewhere = (buurt.vulnerable() - buurt.attributedTotal()) / buurt.households();
				if (!ShareClassifier.worse(classifier.classify(withoutElsewhere), before)) {
					effects.add(new WaterbedEffect(buurt.code(), year, before, buurt.klasse(), sorted(buurt.received())));
				}
			}
		}
		return effects;
	}

	private static Map<Cause, Integer> sorted(Map<Cause, Integer> causes) {
		Map<Cause, Integer> result = new LinkedHashMap<>();
		causes.entrySet().stream()
				.sorted(Map.Entry.<Cause, Integer>comparingByValue().reversed()
						.thenComparing(entry -> entry.getKey().originCode())
						.thenComparing(entry -> entry.getKey().perspective()))
				.forEach(entry -> result.put(entry.getKey(), entry.getValue()));
		return result;
	}
}
