package nl.veerkracht.stad;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import nl.veerkracht.stad.internal.Percentiles;
import nl.veerkracht.stad.internal.Simulator;
import nl.veerkracht.stad.internal.Trajectories;

/**
 * Runs a scenario many times with the uncertain parameters varied (see {@link SensitivitySpec}) and reports
 * P10, P50 and P90 of every output next to the central run, so an outlook is shown as a band and not as a false
 * point. Deterministic for a given seed.
 * <p>
 * Only the central run builds a {@link BuurtYear} per buurt and year (with attribution); the samples run the
 * same flows on primitive arrays ({@code Simulator.runArrays}), in parallel. The multipliers of all samples are
 * drawn first, in sample order, from one generator seeded with {@link SensitivitySpec#seed()}, and every sample
 * writes only its own cells, so the bands do not depend on the number of threads or their timing. When the
 * model has a {@link KwetsbaarheidProjection} every sample projects the kwetsbaarheid score too, which gives its
 * band.
 */
public final class SensitivityAnalysis {

	private final StadModel model;
	private final SensitivitySpec spec;

	/**
	 * @param model the model whose parameters are the centre
	 * @param spec  how to vary them
	 */
	public SensitivityAnalysis(StadModel model, SensitivitySpec spec) {
		this.model = model;
		this.spec = spec;
	}

	/**
	 * @param input    the city at the start year
	 * @param scenario the scenario
	 * @param horizon  years to simulate, 1–15
	 * @return the central run and the bands
	 */
	public SensitivityResult run(StadInput input, Scenario scenario, int horizon) {
		SimulationResult central = model.run(input, scenario, horizon);
		int years = horizon + 1;
		List<String> codes = central.buurtCodes();
		int n = codes.size();
		int samples = spec.samples();
		ModelParameters[] varied = variedParameters();
		// per buurt and year the samples side by side: cell (b * years + t) * samples + k
		double[] shares = new double[n * years * samples];
		double[] indices = new double[n * years * samples];
		KwetsbaarheidProjection projection = model.projection().orElse(null);
		double[] kwetsbaarheid = projection == null ? null : new double[n * years * samples];
		double[] dissimilarity = new double[years * samples];
		double[] largest = new double[years * samples];
		IntStream.range(0, samples).parallel().forEach(k -> {
			Trajectories sample = new Simulator(input, scenario, varied[k], model.classifier(), projection, false)
					.runArrays(horizon);
			for (int t = 0; t < years; t++) {
				for (int b = 0; b < n; b++) {
					int cell = (b * years + t) * samples + k;
					shares[cell] = sample.vulnerableShare(t, b);
					indices[cell] = sample.problemIndex(t, b);
					if (kwetsbaarheid != null) {
						kwetsbaarheid[cell] = sample.kwetsbaarheid(t, b);
					}
				}
				dissimilarity[t * samples + k] = sample.dissimilarity(t);
				largest[t * samples + k] = sample.largestShare(t);
			}
		});
		Map<String, Band[]> shareBands = new HashMap<>();
		Map<String, Band[]> indexBands = new HashMap<>();
		Map<String, Band[]> kwetsbaarheidBands = new HashMap<>();
		for (int b = 0; b < n; b++) {
			Band[] shareRow = new Band[years];
			Band[] indexRow = new Band[years];
			Band[] kwetsbaarheidRow = new Band[years];
			for (int t = 0; t < years; t++) {
				BuurtYear buurt = central.year(central.startYear() + t).get(b);
				int from = (b * years + t) * samples;
				shareRow[t] = band(shares, from, samples, buurt.vulnerableShare());
				indexRow[t] = band(indices, from, samples, buurt.problemIndex());
				if (kwetsbaarheid != null) {
					kwetsbaarheidRow[t] = band(kwetsbaarheid, from, samples, buurt.kwetsbaarheid());
				}
			}
			shareBands.put(codes.get(b), shareRow);
			indexBands.put(codes.get(b), indexRow);
			kwetsbaarheidBands.put(codes.get(b), kwetsbaarheidRow);
		}
		Band[] dissimilarityBands = new Band[years];
		Band[] largestBands = new Band[years];
		for (int t = 0; t < years; t++) {
			YearBalance balance = central.balance(central.startYear() + t);
			dissimilarityBands[t] = band(dissimilarity, t * samples, samples, balance.dissimilarity());
			largestBands[t] = band(largest, t * samples, samples, balance.largestShare());
		}
		return new SensitivityResult(central, shareBands, indexBands, projection == null ? Map.of() : kwetsbaarheidBands,
				dissimilarityBands, largestBands);
	}

	/** @return the parameters of every sample, drawn in sample order from the seeded generator */
	private ModelParameters[] variedParameters() {
		SplittableRandom random = new SplittableRandom(spec.seed());
		ModelParameters centre = model.parameters();
		ModelParameters[] varied = new ModelParameters[spec.samples()];
		for (int k = 0; k < varied.length; k++) {
			varied[k] = centre.withTurnover(centre.turnover().scaled(multiplier(random, spec.turnoverSpread()), 1))
					.withVulnerableInflowShare(
							centre.vulnerableInflowShare().scaled(multiplier(random, spec.inflowShareSpread()), 1))
					.withCopingRate(centre.copingRate() * multiplier(random, spec.copingSpread()));
		}
		return varied;
	}

	private static double multiplier(SplittableRandom random, double spread) {
		return spread == 0 ? 1 : 1 - spread + 2 * spread * random.nextDouble();
	}

	/** @return the band of {@code count} samples from {@code from}; sorts them in place */
	private static Band band(double[] samples, int from, int count, double central) {
		int numbers = Percentiles.sortNumbers(samples, from, from + count);
		return new Band(Percentiles.ofSorted(samples, from, numbers, 10), Percentiles.ofSorted(samples, from, numbers, 50),
				Percentiles.ofSorted(samples, from, numbers, 90), central);
	}
}
