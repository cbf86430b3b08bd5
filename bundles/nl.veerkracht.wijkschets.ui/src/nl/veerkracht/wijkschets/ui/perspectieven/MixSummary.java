package nl.veerkracht.wijkschets.ui.perspectieven;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.model.method.Intensiteit;
import nl.veerkracht.wijkschets.ui.matrix.PerspectiveMatrix;

/**
 * The mix of a wijkschets in one readable line, e.g. "Mix: sociale aanpak fors, woningprogramma vol op het orgel
 * (2 buurten anders)": the perspectives in use in the order of the 2×2 with the workshop's word for their
 * intensity, and how many buurten have their own intensity.
 */
final class MixSummary {

	private MixSummary() {
	}

	/**
	 * @param wijkschets a wijkschets
	 * @return the line
	 */
	static String of(Wijkschets wijkschets) {
		List<String> parts = new ArrayList<>();
		for (Handelingsperspectief perspective : Handelingsperspectief.VALUES) {
			PerspectiefInzet inzet = PerspectiefEdits.inzet(wijkschets, perspective);
			int refinements = inzet == null ? 0 : inzet.getBuurtVerfijningen().size();
			if (inzet != null && (inzet.getIntensity() != Intensiteit.MIN || refinements > 0)) {
				String part = NLS.bind(PerspectievenMessages.Summary_part, lowerFirst(PerspectiveMatrix.perspectiveName(perspective)),
						Intensiteit.woord(inzet.getIntensity()));
				parts.add(refinements == 0 ? part : NLS.bind(PerspectievenMessages.Summary_refined, part, refinements(refinements)));
			}
		}
		return parts.isEmpty() ? PerspectievenMessages.Summary_empty
				: NLS.bind(PerspectievenMessages.Summary_mix, String.join(", ", parts)); //$NON-NLS-1$
	}

	/**
	 * @param inzet the inzet of a perspective, or {@code null}
	 * @return e.g. "Sociale aanpak: fors, 2 buurten anders"
	 */
	static String choice(Handelingsperspectief perspective, PerspectiefInzet inzet) {
		int intensity = inzet == null ? Intensiteit.MIN : inzet.getIntensity();
		String text = NLS.bind(PerspectievenMessages.Chooser_item, PerspectiveMatrix.perspectiveName(perspective),
				Intensiteit.woord(intensity));
		int refinements = inzet == null ? 0 : inzet.getBuurtVerfijningen().size();
		return refinements == 0 ? text : NLS.bind(PerspectievenMessages.Chooser_refined, text, refinements(refinements));
	}

	/**
	 * @param count a number of buurt refinements, at least 1
	 * @return "1 buurt anders" or "n buurten anders"
	 */
	static String refinements(int count) {
		return count == 1 ? PerspectievenMessages.Summary_oneBuurt : NLS.bind(PerspectievenMessages.Summary_buurten, count);
	}

	private static String lowerFirst(String name) {
		return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
	}
}
