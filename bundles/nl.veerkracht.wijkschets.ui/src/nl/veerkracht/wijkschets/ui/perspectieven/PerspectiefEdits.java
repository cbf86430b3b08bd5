package nl.veerkracht.wijkschets.ui.perspectieven;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import nl.veerkracht.model.Buurt;
import nl.veerkracht.model.BuurtVerfijning;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.Maatregel;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.VeerkrachtPackage.Literals;
import nl.veerkracht.model.Wijkschets;

/**
 * The edits of the measures and buurt refinements of a perspective, each one command on the editing domain's
 * stack. A perspective the wijkschets has no {@link PerspectiefInzet} for yet gets one, already holding the new
 * measure or refinement, through a single {@link AddCommand}.
 */
final class PerspectiefEdits {

	private final Wijkschets wijkschets;
	private final EditingDomain domain;

	PerspectiefEdits(Wijkschets wijkschets, EditingDomain domain) {
		this.wijkschets = Objects.requireNonNull(wijkschets);
		this.domain = Objects.requireNonNull(domain);
	}

	/**
	 * @param wijkschets  a wijkschets
	 * @param perspective a perspective
	 * @return the first inzet of the perspective in the wijkschets's mix, or {@code null}
	 */
	static PerspectiefInzet inzet(Wijkschets wijkschets, Handelingsperspectief perspective) {
		for (PerspectiefInzet inzet : wijkschets.getPerspectiefMix()) {
			if (inzet.getPerspective() == perspective) {
				return inzet;
			}
		}
		return null;
	}

	/**
	 * Adds an empty measure (cost class unknown) at the end of the perspective's measures.
	 *
	 * @return the new measure
	 */
	Maatregel addMeasure(Handelingsperspectief perspective) {
		Maatregel measure = VeerkrachtFactory.eINSTANCE.createMaatregel();
		PerspectiefInzet inzet = inzet(wijkschets, perspective);
		if (inzet == null) {
			PerspectiefInzet created = create(perspective);
			created.getMaatregelen().add(measure);
			execute(addInzet(created));
		} else {
			execute(AddCommand.create(domain, inzet, Literals.PERSPECTIEF_INZET__MAATREGELEN, measure));
		}
		return measure;
	}

	/**
	 * Adds a refinement for a buurt, with its own intensity.
	 *
	 * @return the new refinement
	 */
	BuurtVerfijning addRefinement(Handelingsperspectief perspective, Buurt buurt, int intensity) {
		BuurtVerfijning verfijning = VeerkrachtFactory.eINSTANCE.createBuurtVerfijning();
		verfijning.setBuurt(buurt);
		verfijning.setIntensity(intensity);
		PerspectiefInzet inzet = inzet(wijkschets, perspective);
		if (inzet == null) {
			PerspectiefInzet created = create(perspective);
			created.getBuurtVerfijningen().add(verfijning);
			execute(addInzet(created));
		} else {
			execute(AddCommand.create(domain, inzet, Literals.PERSPECTIEF_INZET__BUURT_VERFIJNINGEN, verfijning));
		}
		return verfijning;
	}

	/** Sets a feature of a measure or refinement, unless it has that value already. */
	void set(EObject owner, EStructuralFeature feature, Object value) {
		if (!Objects.equals(owner.eGet(feature), value)) {
			execute(SetCommand.create(domain, owner, feature, value));
		}
	}

	/** Removes a measure or refinement from the list that contains it. */
	void remove(EObject child) {
		EObject owner = child.eContainer();
		if (owner != null) {
			execute(RemoveCommand.create(domain, owner, child.eContainmentFeature(), child));
		}
	}

	/**
	 * Moves a measure or refinement one place up or down in its list; nothing happens at the ends.
	 *
	 * @param by -1 for up, 1 for down
	 */
	void move(EObject child, int by) {
		EObject owner = child.eContainer();
		if (owner == null) {
			return;
		}
		List<?> siblings = (List<?>) owner.eGet(child.eContainmentFeature());
		int target = siblings.indexOf(child) + by;
		if (target >= 0 && target < siblings.size()) {
			execute(MoveCommand.create(domain, owner, child.eContainmentFeature(), child, target));
		}
	}

	private static PerspectiefInzet create(Handelingsperspectief perspective) {
		PerspectiefInzet inzet = VeerkrachtFactory.eINSTANCE.createPerspectiefInzet();
		inzet.setPerspective(perspective);
		return inzet;
	}

	private Command addInzet(PerspectiefInzet inzet) {
		return AddCommand.create(domain, wijkschets, Literals.WIJKSCHETS__PERSPECTIEF_MIX, inzet);
	}

	private void execute(Command command) {
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}
}
