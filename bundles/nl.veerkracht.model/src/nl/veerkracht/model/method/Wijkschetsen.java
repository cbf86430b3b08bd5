package nl.veerkracht.model.method;

import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.KaartInstelling;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.Regio;
import nl.veerkracht.model.StatusAspect;
import nl.veerkracht.model.StatusBeoordeling;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.Wijkschets;

/**
 * Making and finding the wijkschetsen of an analysis the way the method has them: one per wijk (or gebied),
 * with the four handelingsperspectieven and the three status aspects present from the
 * start, so that a workshop fills in a form rather than building one.
 */
public final class Wijkschetsen {

	private Wijkschetsen() {
	}

	/**
	 * @param gebied the wijk or gebied the workshop sketches
	 * @return a new wijkschets named after it, not yet in any analysis: the four perspectives at intensity
	 *         {@value Intensiteit#MIN}, the three status aspects without a rating, and a map setting with the
	 *         signal map as inset
	 */
	public static Wijkschets nieuw(Regio gebied) {
		Objects.requireNonNull(gebied, "gebied");
		VeerkrachtFactory factory = VeerkrachtFactory.eINSTANCE;
		Wijkschets schets = factory.createWijkschets();
		schets.setName(gebied.getName());
		schets.setGebied(gebied);
		for (Handelingsperspectief perspective : Handelingsperspectief.VALUES) {
			PerspectiefInzet inzet = factory.createPerspectiefInzet();
			inzet.setPerspective(perspective);
			inzet.setIntensity(Intensiteit.MIN);
			schets.getPerspectiefMix().add(inzet);
		}
		for (StatusAspect aspect : StatusAspect.VALUES) {
			StatusBeoordeling beoordeling = factory.createStatusBeoordeling();
			beoordeling.setAspect(aspect);
			schets.getStatusBeoordelingen().add(beoordeling);
		}
		KaartInstelling kaart = factory.createKaartInstelling();
		kaart.setName(gebied.getName());
		kaart.setSignaalkaartInset(true);
		schets.setKaart(kaart);
		return schets;
	}

	/**
	 * @param analyse an analysis
	 * @param gebied  a wijk or gebied of it
	 * @return the first wijkschets of the analysis about that area
	 */
	public static Optional<Wijkschets> van(Analyse analyse, Regio gebied) {
		return analyse.getWijkschetsen().stream().filter(schets -> schets.getGebied() == gebied).findFirst();
	}
}
