package nl.veerkracht.stad.ui.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.Buurt;
import nl.veerkracht.model.CbsRegio;
import nl.veerkracht.model.Gemeente;
import nl.veerkracht.model.Regio;
import nl.veerkracht.model.Wijk;

/** The areas a scenario's mix can name (the wijken and buurten of the analysis) and how they are shown. */
final class Areas {

	private Areas() {
	}

	/**
	 * @param analyse an analysis
	 * @return its wijken by name, each followed by its buurten by name
	 */
	static List<Regio> of(Analyse analyse) {
		List<Regio> areas = new ArrayList<>();
		for (Gemeente gemeente : analyse.getGemeenten()) {
			for (Wijk wijk : sorted(gemeente.getWijken())) {
				areas.add(wijk);
				areas.addAll(sorted(wijk.getBuurten()));
			}
		}
		return areas;
	}

	private static <R extends Regio> List<R> sorted(List<R> regions) {
		return regions.stream().sorted(Comparator.comparing(Areas::name, String.CASE_INSENSITIVE_ORDER)).toList();
	}

	/**
	 * @param area an area
	 * @return its name with its kind, e.g. "Delfshaven (wijk)"
	 */
	static String label(Regio area) {
		if (area instanceof Wijk) {
			return NLS.bind(ScenarioMessages.Area_wijk, name(area));
		}
		if (area instanceof Buurt) {
			return NLS.bind(ScenarioMessages.Area_buurt, name(area));
		}
		return name(area);
	}

	/**
	 * @param area an area
	 * @return the label as offered in the choice: buurten indented under their wijk
	 */
	static String choiceLabel(Regio area) {
		return area instanceof Buurt ? "    " + label(area) : label(area); //$NON-NLS-1$
	}

	private static String name(Regio area) {
		if (area.getName() != null && !area.getName().isBlank()) {
			return area.getName();
		}
		return area instanceof CbsRegio regio && regio.getCode() != null ? regio.getCode() : "?"; //$NON-NLS-1$
	}
}
