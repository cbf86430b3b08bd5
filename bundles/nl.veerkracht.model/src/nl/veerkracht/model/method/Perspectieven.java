package nl.veerkracht.model.method;

import nl.veerkracht.model.Domein;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.Strategie;

/**
 * The 2×2 of the handelingsperspectieven (method.md, phase 3): each perspective lies on the axis
 * mens/fysiek and on the axis omgaan met/tegengaan van.
 *
 * <pre>
 *          omgaan met        tegengaan van
 * mens     SOCIALE_AANPAK    HERPOSITIONERING
 * fysiek   LEEFOMGEVING      WONINGPROGRAMMA
 * </pre>
 */
public final class Perspectieven {

	private Perspectieven() {
	}

	/**
	 * @param perspective a perspective
	 * @return whether it works on people or on the physical environment
	 */
	public static Domein domein(Handelingsperspectief perspective) {
		return switch (perspective) {
		case SOCIALE_AANPAK, HERPOSITIONERING -> Domein.MENS;
		case LEEFOMGEVING, WONINGPROGRAMMA -> Domein.FYSIEK;
		};
	}

	/**
	 * @param perspective a perspective
	 * @return whether it copes with a concentration of low self-reliance or counteracts it
	 */
	public static Strategie strategie(Handelingsperspectief perspective) {
		return switch (perspective) {
		case SOCIALE_AANPAK, LEEFOMGEVING -> Strategie.OMGAAN_MET;
		case HERPOSITIONERING, WONINGPROGRAMMA -> Strategie.TEGENGAAN_VAN;
		};
	}

	/**
	 * @param domein    mens or fysiek
	 * @param strategie omgaan met or tegengaan van
	 * @return the one perspective in that cell of the 2×2
	 */
	public static Handelingsperspectief of(Domein domein, Strategie strategie) {
		for (Handelingsperspectief perspective : Handelingsperspectief.VALUES) {
			if (domein(perspective) == domein && strategie(perspective) == strategie) {
				return perspective;
			}
		}
		throw new IllegalStateException("no perspective for " + domein + " and " + strategie);
	}
}
