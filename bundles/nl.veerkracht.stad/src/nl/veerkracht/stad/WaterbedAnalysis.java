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
	private final KwetsbaarheidProjection projection;

	/** @param classifier the class rule used for both runs (runs without a projection) */
	public WaterbedAnalysis(ShareClassifier classifier) {
		this(classifier, null);
	}

	/**
	 * For runs of a model with a projection ({@link StadModel#withProjection}): the class of a buurt is its
	 * projected kwetsbaarheid class, and the share without the households from elsewhere (rule 3) is projected
	 * the same way (the stock of that year, the share lowered by the attributed households).
	 *
	 * @param classifier the class rule on the share, used when {@code projection} is null
	 * @param projection the projection both runs were made with, or null
	 */
	public WaterbedAnalysis(ShareClassifier classifier, KwetsbaarheidProjection projection) {
		this.classifier = classifier;
		this.projection = projection;
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
				Klasse without = projection == null ? classifier.classify(withoutElsewhere)
						: projectedClass(scenario.buurt(buurt.code(), scenario.startYear()), buurt, withoutElsewhere);
				if (!ShareClassifier.worse(without, before)) {
					effects.add(new WaterbedEffect(buurt.code(), year, before, buurt.klasse(), sorted(buurt.received())));
				}
			}
		}
		return effects;
	}

	private Klasse projectedClass(BuurtYear start, BuurtYear buurt, double share) {
		double startShare = start.vulnerableShare();
		double ratio = startShare > 0 ? share / startShare : 1;
		double shift = corporatiePercentage(buurt) - corporatiePercentage(start);
		return projection.classify(projection.score(buurt.code(), ratio, shift));
	}

	private static double corporatiePercentage(BuurtYear buurt) {
		double total = buurt.dwellings().total();
		return total == 0 ? 0 : 100.0 * buurt.dwellings().get(Segment.CORPORATIE_HUUR) / total;
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
