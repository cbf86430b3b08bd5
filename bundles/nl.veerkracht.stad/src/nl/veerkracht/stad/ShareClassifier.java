package nl.veerkracht.stad;

import nl.veerkracht.scoring.engine.Klasse;

/**
 * Puts a buurt in a {@link Klasse} from its vulnerable share. A caller may supply its own (e.g. one calibrated
 * on the signal-map classes); {@link #defaultRule()} is the documented fixed rule.
 */
@FunctionalInterface
public interface ShareClassifier {

	/**
	 * @param vulnerableShare the share of vulnerable households, in [0, 1]; NaN when the buurt has no households
	 * @return its class; {@link Klasse#GEEN_GEGEVENS} for NaN
	 */
	Klasse classify(double vulnerableShare);

	/**
	 * The default five-class rule on the vulnerable share: below 10% {@code VEERKRACHTIG}, 10–20%
	 * {@code EERDER_VEERKRACHTIG}, 20–30% {@code GEMIDDELD}, 30–40% {@code KWETSBAAR}, 40% and more
	 * {@code ZEER_KWETSBAAR} (lower bounds inclusive); no households: {@code GEEN_GEGEVENS}.
	 *
	 * @return the rule
	 */
	static ShareClassifier defaultRule() {
		return share -> {
			if (Double.isNaN(share)) {
				return Klasse.GEEN_GEGEVENS;
			}
			if (share < 0.10) {
				return Klasse.VEERKRACHTIG;
			}
			if (share < 0.20) {
				return Klasse.EERDER_VEERKRACHTIG;
			}
			if (share < 0.30) {
				return Klasse.GEMIDDELD;
			}
			return share < 0.40 ? Klasse.KWETSBAAR : Klasse.ZEER_KWETSBAAR;
		};
	}

	/**
	 * @param scenario a class in a scenario
	 * @param baseline the class of the same buurt and year in the baseline
	 * @return whether {@code scenario} is more vulnerable than {@code baseline} (never for {@code GEEN_GEGEVENS})
	 */
	static boolean worse(Klasse scenario, Klasse baseline) {
		return scenario != Klasse.GEEN_GEGEVENS && baseline != Klasse.GEEN_GEGEVENS
				&& scenario.ordinal() > baseline.ordinal();
	}
}
