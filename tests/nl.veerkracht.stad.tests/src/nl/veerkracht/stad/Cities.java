package nl.veerkracht.stad;

import java.util.List;

/** Small hand-computable cities for the tests. */
final class Cities {

	static final int START = 2016;

	private Cities() {
	}

	/**
	 * @param code       buurt code
	 * @param households households, all in corporation rent, one dwelling each
	 * @param vulnerable vulnerable households among them
	 * @return the buurt
	 */
	static BuurtStart corporatie(String code, int households, int vulnerable) {
		return new BuurtStart(code, code, new SegmentValues(households, 0, 0), households,
				(double) vulnerable / households);
	}

	/** @return A (1000 households, 300 vulnerable), B (2000, 400), C (1000, 200), corporation rent only */
	static StadInput threeBuurten() {
		return new StadInput(START, List.of(corporatie("A", 1000, 300), corporatie("B", 2000, 400),
				corporatie("C", 1000, 200)));
	}

	/** @return defaults with a turnover of 0.10 and a vulnerable inflow share of 0.50 in corporation rent */
	static ModelParameters tenPercentTurnover() {
		ModelParameters defaults = ModelParameters.defaults();
		return defaults.withTurnover(defaults.turnover().with(Segment.CORPORATIE_HUUR, 0.10))
				.withVulnerableInflowShare(defaults.vulnerableInflowShare().with(Segment.CORPORATIE_HUUR, 0.50));
	}

	/** @return a model with {@link #tenPercentTurnover()} and the default class rule */
	static StadModel model() {
		return new StadModel(tenPercentTurnover(), ShareClassifier.defaultRule());
	}
}
