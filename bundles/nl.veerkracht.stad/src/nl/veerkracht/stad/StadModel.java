package nl.veerkracht.stad;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.veerkracht.stad.internal.BalanceCalculator;
import nl.veerkracht.stad.internal.Simulator;

/**
 * The city-wide stock-and-flow model of phase 4 ("impact op de hele stad"). Deterministic: the same input,
 * scenario, parameters and classifier always give the same result. See {@link Simulator} for the order of the
 * flows within one year and {@link ModelParameters} for the parameters and their defaults.
 */
public final class StadModel {

	/** The longest horizon in years. */
	public static final int MAX_HORIZON = 15;

	private final ModelParameters parameters;
	private final ShareClassifier classifier;
	private final KwetsbaarheidProjection projection;

	/**
	 * @param parameters the model parameters
	 * @param classifier the class rule on the vulnerable share
	 */
	public StadModel(ModelParameters parameters, ShareClassifier classifier) {
		this(parameters, classifier, null);
	}

	private StadModel(ModelParameters parameters, ShareClassifier classifier, KwetsbaarheidProjection projection) {
		this.parameters = Objects.requireNonNull(parameters, "parameters");
		this.classifier = Objects.requireNonNull(classifier, "classifier");
		this.projection = projection;
	}

	/**
	 * @param value the projection of the kwetsbaarheid score through the scoring engine, or null for none
	 * @return a copy of this model whose runs carry the projected score in {@link BuurtYear#kwetsbaarheid()} and
	 *         its class in {@link BuurtYear#klasse()} (buurten the engine cannot score: {@code GEEN_GEGEVENS});
	 *         without a projection the class is the class of the vulnerable share
	 */
	public StadModel withProjection(KwetsbaarheidProjection value) {
		return new StadModel(parameters, classifier, value);
	}

	/**
	 * @param value the new parameters
	 * @return a copy of this model with those parameters, the same class rule and projection
	 */
	public StadModel withParameters(ModelParameters value) {
		return new StadModel(value, classifier, projection);
	}

	/** @return the projection of the kwetsbaarheid score, if the model has one */
	public Optional<KwetsbaarheidProjection> projection() {
		return Optional.ofNullable(projection);
	}

	/** @return a model with the default parameters and the default class rule */
	public static StadModel withDefaults() {
		return new StadModel(ModelParameters.defaults(), ShareClassifier.defaultRule());
	}

	/** @return the parameters */
	public ModelParameters parameters() {
		return parameters;
	}

	/** @return the class rule */
	public ShareClassifier classifier() {
		return classifier;
	}

	/**
	 * @param input    the city at the start year
	 * @param scenario the scenario
	 * @param horizon  years to simulate, 1–15
	 * @return the start year plus {@code horizon} simulated years
	 * @throws IllegalArgumentException when the horizon is out of range or the scenario names a buurt the input
	 *                                  lacks or a stock change outside the horizon
	 */
	public SimulationResult run(StadInput input, Scenario scenario, int horizon) {
		return run(input, scenario, horizon, true);
	}

	/**
	 * As {@link #run(StadInput, Scenario, int)}; without attribution {@link BuurtYear#received()} and
	 * {@link BuurtYear#attributed()} stay empty, which is much faster when many buurten redirect (the flows and
	 * all other outputs are the same).
	 *
	 * @param input     the city at the start year
	 * @param scenario  the scenario
	 * @param horizon   years to simulate, 1–15
	 * @param attribute whether to attribute received households to the choices that sent them
	 * @return the start year plus {@code horizon} simulated years
	 */
	public SimulationResult run(StadInput input, Scenario scenario, int horizon, boolean attribute) {
		if (horizon < 1 || horizon > MAX_HORIZON) {
			throw new IllegalArgumentException("horizon must lie in 1.." + MAX_HORIZON + ": " + horizon);
		}
		if (projection != null && projection.startYear() != input.startYear()) {
			throw new IllegalArgumentException("the projection starts in " + projection.startYear()
					+ ", the input in " + input.startYear());
		}
		Set<String> codes = new HashSet<>();
		for (BuurtStart buurt : input.buurten()) {
			codes.add(buurt.code());
		}
		for (String code : scenario.mixes().keySet()) {
			if (!codes.contains(code)) {
				throw new IllegalArgumentException("scenario " + scenario.name() + " has a mix for unknown buurt " + code);
			}
		}
		for (StockChange change : scenario.stockChanges()) {
			if (!codes.contains(change.buurtCode())) {
				throw new IllegalArgumentException("scenario " + scenario.name() + " changes the stock of unknown buurt "
						+ change.buurtCode());
			}
			if (change.year() <= input.startYear() || change.year() > input.startYear() + horizon) {
				throw new IllegalArgumentException("stock change of " + change.buurtCode() + " in " + change.year()
						+ " lies outside " + (input.startYear() + 1) + ".." + (input.startYear() + horizon));
			}
		}
		Simulator.Run run = new Simulator(input, scenario, parameters, classifier, projection, attribute).run(horizon);
		List<YearBalance> balances = new ArrayList<>();
		for (int t = 0; t < run.years().size(); t++) {
			balances.add(BalanceCalculator.balance(input.startYear() + t, run.years().get(t), run.unplaced().get(t)));
		}
		List<String> order = input.buurten().stream().map(BuurtStart::code).toList();
		return new SimulationResult(scenario, input.startYear(), order, run.years(), balances);
	}
}
