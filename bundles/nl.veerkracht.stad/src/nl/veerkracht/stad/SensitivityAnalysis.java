package nl.veerkracht.stad;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import nl.veerkracht.stad.internal.Percentiles;

/**
 * Runs a scenario many times with the uncertain parameters varied (see {@link SensitivitySpec}) and reports
 * P10, P50 and P90 of every output next to the central run, so an outlook is shown as a band and not as a false
 * point. Deterministic for a given seed.
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
		int samples = spec.samples();
		double[][][] shares = new double[codes.size()][years][samples];
		double[][][] indices = new double[codes.size()][years][samples];
		double[][] dissimilarity = new double[years][samples];
		double[][] largest = new double[years][samples];
		SplittableRandom random = new SplittableRandom(spec.seed());
		ModelParameters centre = model.parameters();
		for (int k = 0; k < samples; k++) {
			ModelParameters varied = centre
					.withTurnover(centre.turnover().scaled(multiplier(random, spec.turnoverSpread()), 1))
					.withVulnerableInflowShare(
							centre.vulnerableInflowShare().scaled(multiplier(random, spec.inflowShareSpread()), 1))
					.withCopingRate(centre.copingRate() * multiplier(random, spec.copingSpread()));
			SimulationResult sample = new StadModel(varied, model.classifier()).run(input, scenario, horizon, false);
			for (int t = 0; t < years; t++) {
				List<BuurtYear> row = sample.year(central.startYear() + t);
				for (int b = 0; b < codes.size(); b++) {
					shares[b][t][k] = row.get(b).vulnerableShare();
					indices[b][t][k] = row.get(b).problemIndex();
				}
				YearBalance balance = sample.balance(central.startYear() + t);
				dissimilarity[t][k] = balance.dissimilarity();
				largest[t][k] = balance.largestShare();
			}
		}
		Map<String, Band[]> shareBands = new HashMap<>();
		Map<String, Band[]> indexBands = new HashMap<>();
		for (int b = 0; b < codes.size(); b++) {
			Band[] shareRow = new Band[years];
			Band[] indexRow = new Band[years];
			for (int t = 0; t < years; t++) {
				BuurtYear buurt = central.year(central.startYear() + t).get(b);
				shareRow[t] = band(shares[b][t], buurt.vulnerableShare());
				indexRow[t] = band(indices[b][t], buurt.problemIndex());
			}
			shareBands.put(codes.get(b), shareRow);
			indexBands.put(codes.get(b), indexRow);
		}
		Band[] dissimilarityBands = new Band[years];
		Band[] largestBands = new Band[years];
		for (int t = 0; t < years; t++) {
			YearBalance balance = central.balance(central.startYear() + t);
			dissimilarityBands[t] = band(dissimilarity[t], balance.dissimilarity());
			largestBands[t] = band(largest[t], balance.largestShare());
		}
		return new SensitivityResult(central, shareBands, indexBands, dissimilarityBands, largestBands);
	}

	private static double multiplier(SplittableRandom random, double spread) {
		return spread == 0 ? 1 : 1 - spread + 2 * spread * random.nextDouble();
	}

	private static Band band(double[] sample, double central) {
		return new Band(Percentiles.of(sample, 10), Percentiles.of(sample, 50), Percentiles.of(sample, 90), central);
	}
}
