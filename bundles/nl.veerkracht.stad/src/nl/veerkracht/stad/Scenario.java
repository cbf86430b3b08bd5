package nl.veerkracht.stad;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A named scenario: the perspective mix of each buurt plus the concrete stock changes of the
 * woningprogramma. Buurten without a mix do nothing extra.
 *
 * @param name         the scenario name, e.g. {@code "niets extra doen"}
 * @param mixes        the mix per buurt code
 * @param stockChanges concrete demolitions and additions (on top of what the Woningprogramma intensity does)
 */
public record Scenario(String name, Map<String, PerspectiveMix> mixes, List<StockChange> stockChanges) {

	/** The name of {@link #baseline()}. */
	public static final String BASELINE_NAME = "niets extra doen";

	/** Checks the arguments and copies the collections. */
	public Scenario {
		Objects.requireNonNull(name, "name");
		mixes = Map.copyOf(mixes);
		stockChanges = List.copyOf(stockChanges);
	}

	/** @return the baseline: no buurt does anything extra, the stock stays as it is */
	public static Scenario baseline() {
		return new Scenario(BASELINE_NAME, Map.of(), List.of());
	}

	/**
	 * @param buurtCode a buurt code
	 * @return the mix of that buurt, {@link PerspectiveMix#NONE} when it has none
	 */
	public PerspectiveMix mix(String buurtCode) {
		return mixes.getOrDefault(buurtCode, PerspectiveMix.NONE);
	}
}
