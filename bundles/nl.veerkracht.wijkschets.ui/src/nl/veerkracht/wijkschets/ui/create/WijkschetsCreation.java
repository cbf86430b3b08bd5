package nl.veerkracht.wijkschets.ui.create;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.Buurt;
import nl.veerkracht.model.Gemeente;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.VeerkrachtPackage;
import nl.veerkracht.model.Wijk;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.model.method.Wijkschetsen;

/**
 * Finds the wijkschets of a wijk in an analysis, or makes the one undoable command that creates it: the
 * gemeente, wijk and buurten the analysis does not have yet are added from the map (codes and names), then a
 * new wijkschets of the wijk ({@link Wijkschetsen#nieuw}).
 */
public final class WijkschetsCreation {

	private final Analyse analyse;
	private final WijkOnMap wijk;
	private final String gemeenteName;
	private final String wijkName;

	/**
	 * @param analyse      the analysis
	 * @param wijk         the wijk found on the map
	 * @param gemeenteName the gemeente's name (from the CBS data), used when the analysis lacks the gemeente
	 * @param wijkName     the wijk's name, used when the analysis lacks the wijk
	 */
	public WijkschetsCreation(Analyse analyse, WijkOnMap wijk, String gemeenteName, String wijkName) {
		this.analyse = analyse;
		this.wijk = wijk;
		this.gemeenteName = gemeenteName;
		this.wijkName = wijkName;
	}

	/** @return the wijk's existing wijkschets in the analysis */
	public Optional<Wijkschets> existing() {
		return existingWijk().flatMap(found -> Wijkschetsen.van(analyse, found));
	}

	/**
	 * @param domain the analysis's editing domain
	 * @return the command that adds what is missing and a new wijkschets; after it ran, {@link #existing()}
	 *         finds the wijkschets
	 */
	public Command create(EditingDomain domain) {
		VeerkrachtPackage model = VeerkrachtPackage.eINSTANCE;
		CompoundCommand command = new CompoundCommand(CreateMessages.Command_create);
		Optional<Gemeente> gemeente = analyse.getGemeenten().stream()
				.filter(g -> wijk.gemeenteCode().equals(g.getCode())).findFirst();
		Wijk target = existingWijk().orElse(null);
		if (target == null) {
			target = VeerkrachtFactory.eINSTANCE.createWijk();
			target.setCode(wijk.wijkCode());
			target.setName(wijkName);
			addBuurten(target, wijk.buurtNames());
			if (gemeente.isPresent()) {
				command.append(AddCommand.create(domain, gemeente.get(), model.getGemeente_Wijken(), target));
			} else {
				Gemeente newGemeente = VeerkrachtFactory.eINSTANCE.createGemeente();
				newGemeente.setCode(wijk.gemeenteCode());
				newGemeente.setName(gemeenteName);
				newGemeente.getWijken().add(target);
				command.append(AddCommand.create(domain, analyse, model.getAnalyse_Gemeenten(), newGemeente));
			}
		} else {
			Set<String> known = target.getBuurten().stream().map(Buurt::getCode).collect(Collectors.toSet());
			Wijk holder = VeerkrachtFactory.eINSTANCE.createWijk();
			wijk.buurtNames().forEach((code, name) -> {
				if (!known.contains(code)) {
					holder.getBuurten().add(buurt(code, name));
				}
			});
			if (!holder.getBuurten().isEmpty()) {
				command.append(AddCommand.create(domain, target, model.getWijk_Buurten(), java.util.List.copyOf(holder.getBuurten())));
			}
		}
		command.append(AddCommand.create(domain, analyse, model.getAnalyse_Wijkschetsen(), Wijkschetsen.nieuw(target)));
		return command;
	}

	private Optional<Wijk> existingWijk() {
		return analyse.getGemeenten().stream().flatMap(g -> g.getWijken().stream())
				.filter(w -> wijk.wijkCode().equals(w.getCode())).findFirst();
	}

	private static void addBuurten(Wijk target, Map<String, String> names) {
		names.forEach((code, name) -> target.getBuurten().add(buurt(code, name)));
	}

	private static Buurt buurt(String code, String name) {
		Buurt buurt = VeerkrachtFactory.eINSTANCE.createBuurt();
		buurt.setCode(code);
		buurt.setName(name);
		return buurt;
	}
}
