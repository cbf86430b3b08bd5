package nl.veerkracht.scoring.ui.weights;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.run.ScoringState;

/** The status line of the Gewichten view: how many buurten each class has in the map shown. */
final class ClassCounts {

	private static final List<Klasse> ORDER = List.of(Klasse.ZEER_KWETSBAAR, Klasse.KWETSBAAR, Klasse.GEMIDDELD,
			Klasse.EERDER_VEERKRACHTIG, Klasse.VEERKRACHTIG, Klasse.GEEN_GEGEVENS);

	private ClassCounts() {
	}

	/**
	 * @param state a scored state
	 * @return e.g. "Klassen 2016: 12 zeer kwetsbaar · 20 kwetsbaar · … · 8 geen gegevens", every class
	 *         with its count, most vulnerable first
	 */
	static String text(ScoringState state) {
		Map<Klasse, Integer> counts = state.result().classCounts();
		String classes = ORDER.stream()
				.map(klasse -> WeightsMessages.bind(WeightsMessages.Editor_count, counts.getOrDefault(klasse, 0), klasse.label()))
				.collect(Collectors.joining(" \u00b7 ")); //$NON-NLS-1$
		return WeightsMessages.bind(WeightsMessages.Editor_status, state.year(), classes);
	}
}
