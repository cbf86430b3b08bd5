package nl.veerkracht.wijkschets.ui.matrix;

import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.Maatregel;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.VeerkrachtPackage.Literals;
import nl.veerkracht.model.Wijkschets;

/**
 * Turns the matrix's edits into commands on an {@link EditingDomain}'s command stack, so that each one can be
 * undone. A perspective without a {@link PerspectiefInzet} gets one, already holding the edit, through a single
 * {@link AddCommand} on the wijkschets's perspectiefMix.
 */
final class MatrixEdits {

	private final Wijkschets wijkschets;
	private final EditingDomain domain;

	MatrixEdits(Wijkschets wijkschets, EditingDomain domain) {
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

	void setIntensity(Handelingsperspectief perspective, int intensity) {
		PerspectiefInzet inzet = inzet(wijkschets, perspective);
		if (inzet == null) {
			PerspectiefInzet created = create(perspective);
			created.setIntensity(intensity);
			execute(add(created));
		} else if (inzet.getIntensity() != intensity) {
			execute(SetCommand.create(domain, inzet, Literals.PERSPECTIEF_INZET__INTENSITY, Integer.valueOf(intensity)));
		}
	}

	void setRationale(Handelingsperspectief perspective, String rationale) {
		PerspectiefInzet inzet = inzet(wijkschets, perspective);
		if (inzet == null) {
			if (!rationale.isEmpty()) {
				PerspectiefInzet created = create(perspective);
				created.setRationale(rationale);
				execute(add(created));
			}
		} else if (!Objects.equals(inzet.getRationale() == null ? "" : inzet.getRationale(), rationale)) { //$NON-NLS-1$
			execute(SetCommand.create(domain, inzet, Literals.PERSPECTIEF_INZET__RATIONALE, rationale));
		}
	}

	void addMeasure(Handelingsperspectief perspective, String description) {
		Maatregel measure = VeerkrachtFactory.eINSTANCE.createMaatregel();
		measure.setDescription(description);
		PerspectiefInzet inzet = inzet(wijkschets, perspective);
		if (inzet == null) {
			PerspectiefInzet created = create(perspective);
			created.getMaatregelen().add(measure);
			execute(add(created));
		} else {
			execute(AddCommand.create(domain, inzet, Literals.PERSPECTIEF_INZET__MAATREGELEN, measure));
		}
	}

	void removeMeasure(Handelingsperspectief perspective, Maatregel measure) {
		PerspectiefInzet inzet = inzet(wijkschets, perspective);
		if (inzet != null && inzet.getMaatregelen().contains(measure)) {
			execute(RemoveCommand.create(domain, inzet, Literals.PERSPECTIEF_INZET__MAATREGELEN, measure));
		}
	}

	private static PerspectiefInzet create(Handelingsperspectief perspective) {
		PerspectiefInzet inzet = VeerkrachtFactory.eINSTANCE.createPerspectiefInzet();
		inzet.setPerspective(perspective);
		return inzet;
	}

	private Command add(PerspectiefInzet inzet) {
		return AddCommand.create(domain, wijkschets, Literals.WIJKSCHETS__PERSPECTIEF_MIX, inzet);
	}

	private void execute(Command command) {
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}
}
