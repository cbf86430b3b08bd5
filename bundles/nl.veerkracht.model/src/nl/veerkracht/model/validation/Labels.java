package nl.veerkracht.model.validation;

import java.util.Locale;

import org.eclipse.emf.ecore.EObject;

import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.CbsRegio;
import nl.veerkracht.model.IndicatorGewicht;
import nl.veerkracht.model.Partij;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.Prestatieafspraak;
import nl.veerkracht.model.Regio;
import nl.veerkracht.model.Scenario;
import nl.veerkracht.model.Signaleringskaart;
import nl.veerkracht.model.Wijkschets;

/**
 * Names model objects in Dutch messages, e.g. {@code buurt 'Centrum' (BU04790000)},
 * {@code wijkschets 'Poelenburg'} or {@code signaleringskaart GM0599 (2016)}.
 */
public final class Labels {

	private Labels() {
	}

	/**
	 * @param object a model object
	 * @return its kind in lower case followed by its name, title or code where it has one
	 */
	public static String of(EObject object) {
		String kind = object.eClass().getName().toLowerCase(Locale.ROOT);
		String name = switch (object) {
		case CbsRegio regio -> quoted(regio.getName()) + (regio.getCode() == null ? "" : " (" + regio.getCode() + ")");
		case Regio regio -> quoted(regio.getName());
		case Analyse analyse -> quoted(analyse.getName());
		case Wijkschets wijkschets -> quoted(wijkschets.getName());
		case Prestatieafspraak afspraak -> quoted(afspraak.getTitle());
		case Partij partij -> quoted(partij.getName());
		case Scenario scenario -> quoted(scenario.getName());
		case PerspectiefInzet inzet -> "'" + inzet.getPerspective().getLiteral() + "'" + within(inzet.eContainer());
		case Signaleringskaart kaart -> kaart.getOmschrijving();
		case IndicatorGewicht gewicht -> quoted(gewicht.getIndicatorId()) + within(gewicht.eContainer());
		default -> within(object.eContainer()).strip();
		};
		return name.isEmpty() ? kind : kind + " " + name;
	}

	private static String within(EObject container) {
		return container == null ? "" : " in " + of(container);
	}

	private static String quoted(String name) {
		return name == null || name.isBlank() ? "(zonder naam)" : "'" + name + "'";
	}
}
