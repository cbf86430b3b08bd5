package nl.veerkracht.scoring.run;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

import nl.veerkracht.scoring.engine.ClassRule;
import nl.veerkracht.scoring.engine.Composite;
import nl.veerkracht.scoring.engine.IndicatorTable;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.engine.NormalisedValues;
import nl.veerkracht.scoring.engine.RobustnessParameters;
import nl.veerkracht.scoring.engine.ScoringParameters;

/**
 * How stable the class of one buurt is under weight uncertainty, with the classes it took in the perturbed
 * samples. The engine's robustness test ({@link nl.veerkracht.scoring.engine.Robustness}) only keeps the
 * share of samples with an unchanged class; this draws the very same samples for the one buurt (the same
 * seeded generator, the same order of draws, {@link RobustnessParameters#DEFAULTS} as {@link ScoringRun}
 * uses) and counts every class, so {@link #stability()} equals the engine's figure and the distribution shows
 * where a fragile buurt goes.
 *
 * @param klasse     the buurt's class with the unperturbed weights
 * @param samples    the number of samples
 * @param spread     the relative spread of the weights, e.g. 0.2 for &plusmn;20%
 * @param counts     the number of samples per class (classes that never occurred are left out)
 * @param stability  the share of samples with {@code klasse}, in [0, 1]
 * @param fragile    whether the share lies below the fragility threshold
 */
public record ClassStability(Klasse klasse, int samples, double spread, Map<Klasse, Integer> counts,
		double stability, boolean fragile) {

	/**
	 * Copies the counts.
	 *
	 * @throws NullPointerException if a component is {@code null}
	 */
	public ClassStability {
		Objects.requireNonNull(klasse, "klasse");
		counts = Collections.unmodifiableMap(new EnumMap<>(counts.isEmpty() ? Map.of(klasse, 0) : counts));
	}

	/**
	 * Draws the robustness samples of one buurt of a scored year.
	 *
	 * @param run    the run
	 * @param result a result of the run (its year and weights are used)
	 * @param region the buurt's index in the run's table
	 * @return the stability and the distribution of classes
	 */
	public static ClassStability of(ScoringRun run, YearResult result, int region) {
		RobustnessParameters parameters = RobustnessParameters.DEFAULTS;
		IndicatorTable table = run.table();
		ScoringParameters scoring = run.engine().parameters();
		NormalisedValues normalised = run.engine().normalised(result.year());
		int k = table.indicatorCount();
		double[][] column = new double[k][1];
		for (int i = 0; i < k; i++) {
			column[i][0] = normalised.value(0, i, region);
		}
		double[] weights = Composite.compositeWeights(table.indicators(), result.weights());
		ClassRule rule = scoring.classRule();
		double[] composite = new double[1];
		Composite.compute(column, weights, scoring.minCoverage(), composite, null);
		Klasse base = rule.classify(composite[0]);

		Map<Klasse, Integer> counts = new EnumMap<>(Klasse.class);
		double[] perturbed = new double[k];
		SplittableRandom random = new SplittableRandom(parameters.seed());
		double spread = parameters.spread();
		for (int s = 0; s < parameters.samples(); s++) {
			for (int i = 0; i < k; i++) {
				perturbed[i] = weights[i] * (1 - spread + 2 * spread * random.nextDouble());
			}
			Composite.compute(column, perturbed, scoring.minCoverage(), composite, null);
			counts.merge(rule.classify(composite[0]), 1, Integer::sum);
		}
		double stability = counts.getOrDefault(base, 0) / (double) parameters.samples();
		return new ClassStability(base, parameters.samples(), spread, counts, stability,
				stability < parameters.fragileBelow());
	}

	/**
	 * Returns the share of samples in a class.
	 *
	 * @param other a class
	 * @return its share of the samples, in [0, 1]
	 */
	public double share(Klasse other) {
		return counts.getOrDefault(other, 0) / (double) samples;
	}
}
