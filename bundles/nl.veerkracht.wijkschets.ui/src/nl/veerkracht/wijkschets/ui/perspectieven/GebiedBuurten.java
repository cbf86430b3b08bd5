package nl.veerkracht.wijkschets.ui.perspectieven;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.veerkracht.model.Buurt;
import nl.veerkracht.model.Gebied;
import nl.veerkracht.model.Regio;
import nl.veerkracht.model.Wijk;

/**
 * The buurten a wijkschets's perspectives can be refined for: the buurten of its wijk, or of its gebied (its
 * buurten, and the buurten of its wijken).
 */
final class GebiedBuurten {

	private GebiedBuurten() {
	}

	/**
	 * @param gebied the wijk or gebied of a wijkschets, or {@code null}
	 * @return its buurten in the order of the model, each once; empty without a gebied
	 */
	static List<Buurt> of(Regio gebied) {
		Set<Buurt> buurten = new LinkedHashSet<>();
		if (gebied instanceof Wijk wijk) {
			buurten.addAll(wijk.getBuurten());
		} else if (gebied instanceof Gebied area) {
			area.getOnderdelen().forEach(onderdeel -> {
				if (onderdeel instanceof Buurt buurt) {
					buurten.add(buurt);
				} else if (onderdeel instanceof Wijk wijk) {
					buurten.addAll(wijk.getBuurten());
				}
			});
		}
		return new ArrayList<>(buurten);
	}

	/**
	 * @param buurt a buurt
	 * @return its name and code, e.g. "Bospolder (BU05990310)"
	 */
	static String label(Buurt buurt) {
		String name = buurt.getName() == null || buurt.getName().isBlank() ? PerspectievenMessages.Buurt_unnamed : buurt.getName();
		return buurt.getCode() == null ? name : name + " (" + buurt.getCode() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
