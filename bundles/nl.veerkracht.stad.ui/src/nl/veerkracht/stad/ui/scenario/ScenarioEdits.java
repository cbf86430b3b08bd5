package nl.veerkracht.stad.ui.scenario;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.GebiedsMix;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.Regio;
import nl.veerkracht.model.Scenario;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.VeerkrachtPackage.Literals;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.stad.ModelScenarios;

/**
 * The changes the Stadsbalans view makes to the scenarios of an analysis, each one command on the analysis
 * session's editing domain, so that it can be undone and is saved like every other edit.
 */
public final class ScenarioEdits {

	private final EditingDomain domain;
	private final Analyse analyse;

	/**
	 * @param domain  the editing domain of the analysis session
	 * @param analyse the analysis
	 */
	public ScenarioEdits(EditingDomain domain, Analyse analyse) {
		this.domain = Objects.requireNonNull(domain, "domain"); //$NON-NLS-1$
		this.analyse = Objects.requireNonNull(analyse, "analyse"); //$NON-NLS-1$
	}

	/**
	 * @param analyse an analysis
	 * @return its baseline ("niets extra doen"), if it has one
	 */
	public static Optional<Scenario> baseline(Analyse analyse) {
		return analyse.getScenarios().stream().filter(ScenarioEdits::isBaseline).findFirst();
	}

	/**
	 * @param scenario a scenario of an analysis
	 * @return whether it is the baseline, which is always run and neither renamed nor deleted
	 */
	public static boolean isBaseline(Scenario scenario) {
		return nl.veerkracht.stad.Scenario.BASELINE_NAME.equals(scenario.getName());
	}

	/** @return the baseline of the analysis, added first (one command) when it has none */
	public Scenario ensureBaseline() {
		Optional<Scenario> existing = baseline(analyse);
		if (existing.isPresent()) {
			return existing.get();
		}
		Scenario baseline = ModelScenarios.baseline();
		execute(AddCommand.create(domain, analyse, Literals.ANALYSE__SCENARIOS, baseline, 0));
		return baseline;
	}

	/**
	 * Adds a scenario with the mixes of wijkschetsen.
	 *
	 * @param name         the name
	 * @param wijkschetsen the wijkschetsen whose mixes to take
	 * @return the new scenario
	 */
	public Scenario addFromWijkschetsen(String name, Collection<Wijkschets> wijkschetsen) {
		return add(ModelScenarios.fromWijkschetsen(name, wijkschetsen));
	}

	/**
	 * Adds an empty scenario.
	 *
	 * @param name the name
	 * @return the new scenario
	 */
	public Scenario addEmpty(String name) {
		Scenario scenario = VeerkrachtFactory.eINSTANCE.createScenario();
		scenario.setName(name);
		return add(scenario);
	}

	/**
	 * Adds a copy of a scenario with its mixes (the areas are shared, not copied).
	 *
	 * @param original the scenario to copy
	 * @param name     the copy's name
	 * @return the copy
	 */
	public Scenario duplicate(Scenario original, String name) {
		Scenario copy = EcoreUtil.copy(original);
		copy.setName(name);
		return add(copy);
	}

	private Scenario add(Scenario scenario) {
		execute(AddCommand.create(domain, analyse, Literals.ANALYSE__SCENARIOS, scenario));
		return scenario;
	}

	/**
	 * @param scenario a scenario
	 * @param name     its new name
	 */
	public void rename(Scenario scenario, String name) {
		execute(SetCommand.create(domain, scenario, Literals.SCENARIO__NAME, name));
	}

	/** @param scenario a scenario to remove from the analysis */
	public void delete(Scenario scenario) {
		execute(RemoveCommand.create(domain, analyse, Literals.ANALYSE__SCENARIOS, scenario));
	}

	/**
	 * Sets the intensity of a perspective in an area's mix, adding the perspective to the mix when it lacks it.
	 *
	 * @param mix         the area's mix
	 * @param perspective the perspective
	 * @param intensity   the intensity, 0–4
	 */
	public void setIntensity(GebiedsMix mix, Handelingsperspectief perspective, int intensity) {
		Optional<PerspectiefInzet> inzet = inzet(mix, perspective);
		if (inzet.isPresent()) {
			if (inzet.get().getIntensity() != intensity) {
				execute(SetCommand.create(domain, inzet.get(), Literals.PERSPECTIEF_INZET__INTENSITY, intensity));
			}
			return;
		}
		PerspectiefInzet created = VeerkrachtFactory.eINSTANCE.createPerspectiefInzet();
		created.setPerspective(perspective);
		created.setIntensity(intensity);
		execute(AddCommand.create(domain, mix, Literals.GEBIEDS_MIX__INZET, created));
	}

	/**
	 * @param mix         an area's mix
	 * @param perspective a perspective
	 * @return the intensity of the perspective in the mix, 0 when the mix does not name it
	 */
	public static int intensity(GebiedsMix mix, Handelingsperspectief perspective) {
		return inzet(mix, perspective).map(PerspectiefInzet::getIntensity).orElse(0);
	}

	private static Optional<PerspectiefInzet> inzet(GebiedsMix mix, Handelingsperspectief perspective) {
		return mix.getInzet().stream().filter(inzet -> inzet.getPerspective() == perspective).findFirst();
	}

	/**
	 * Adds an area to a scenario with every perspective at 0.
	 *
	 * @param scenario the scenario
	 * @param area     a wijk or buurt of the analysis
	 * @return the new mix
	 */
	public GebiedsMix addArea(Scenario scenario, Regio area) {
		GebiedsMix mix = VeerkrachtFactory.eINSTANCE.createGebiedsMix();
		mix.setGebied(area);
		for (Handelingsperspectief perspective : Handelingsperspectief.VALUES) {
			PerspectiefInzet inzet = VeerkrachtFactory.eINSTANCE.createPerspectiefInzet();
			inzet.setPerspective(perspective);
			mix.getInzet().add(inzet);
		}
		execute(AddCommand.create(domain, scenario, Literals.SCENARIO__MIXES, mix));
		return mix;
	}

	/**
	 * @param scenario the scenario
	 * @param mix      one of its area mixes, to remove
	 */
	public void removeArea(Scenario scenario, GebiedsMix mix) {
		execute(RemoveCommand.create(domain, scenario, Literals.SCENARIO__MIXES, List.of(mix)));
	}

	private void execute(Command command) {
		if (!command.canExecute()) {
			throw new IllegalStateException("cannot change the scenarios: " + command.getLabel()); //$NON-NLS-1$
		}
		domain.getCommandStack().execute(command);
	}
}
