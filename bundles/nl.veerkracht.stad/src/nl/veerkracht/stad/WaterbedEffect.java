package nl.veerkracht.stad;

import java.util.Map;

import nl.veerkracht.scoring.engine.Klasse;

/**
 * A buurt whose class is worse in a scenario than in the baseline in some year because of choices made in other
 * buurten: without the vulnerable households still attributed to those choices it would not be worse.
 *
 * @param buurtCode     the buurt that tips
 * @param year          the calendar year
 * @param baseline      its class in the baseline
 * @param scenario      its class in the scenario
 * @param causes        the vulnerable households received per choice elsewhere, from the start year up to this
 *                      year (see {@link BuurtYear#received()}); ordered from most to fewest households
 */
public record WaterbedEffect(String buurtCode, int year, Klasse baseline, Klasse scenario, Map<Cause, Integer> causes) {

	/** Copies the map, keeping its order. */
	public WaterbedEffect {
		causes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(causes));
	}
}
