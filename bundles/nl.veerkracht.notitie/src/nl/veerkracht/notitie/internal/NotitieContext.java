package nl.veerkracht.notitie.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;

import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.stad.ComparisonResult;
import nl.veerkracht.stad.ModelParameters;
import nl.veerkracht.stad.ModelScenarios;
import nl.veerkracht.stad.ScenarioOutcome;

/**
 * What every chapter of the notitie reads: the analysis, the comparison with the chosen scenario and the baseline,
 * and the buurten of each wijkschets.
 *
 * @param analyse the analysis
 * @param comparison the comparison of the scenario with the baseline
 * @param scenario the outcome of the chosen scenario
 * @param cityName the city's name
 * @param parameters the parameters the model ran with
 * @param bron the source line of the data (CBS attribution, or the demo notice)
 * @param geometries the boundary of each buurt by code, in RD New metres; empty when the notitie has no maps
 */
public record NotitieContext(Analyse analyse, ComparisonResult comparison, ScenarioOutcome scenario, String cityName,
		ModelParameters parameters, String bron, Map<String, Geometry> geometries) {

	/** Checks the arguments and copies the geometries. */
	public NotitieContext {
		geometries = Map.copyOf(geometries);
		Objects.requireNonNull(analyse, "analyse");
		Objects.requireNonNull(comparison, "comparison");
		Objects.requireNonNull(scenario, "scenario");
		Objects.requireNonNull(cityName, "cityName");
		Objects.requireNonNull(parameters, "parameters");
		Objects.requireNonNull(bron, "bron");
	}

	/** @return the baseline's outcome */
	public ScenarioOutcome baseline() {
		return comparison.baseline();
	}

	/** @return the start year */
	public int start() {
		return comparison.startYear();
	}

	/** @return the horizon */
	public int end() {
		return comparison.endYear();
	}

	/** @return the wijkschetsen of the analysis that lie in the city, in order, with the codes of their buurten */
	public Map<Wijkschets, Set<String>> wijkschetsen() {
		Map<Wijkschets, Set<String>> result = new LinkedHashMap<>();
		for (Wijkschets schets : analyse.getWijkschetsen()) {
			if (schets.getGebied() != null) {
				result.put(schets, ModelScenarios.buurtCodes(schets.getGebied(), comparison.input()));
			}
		}
		return result;
	}

	/**
	 * @param buurtCode a buurt code
	 * @return the wijkschetsen whose area holds the buurt
	 */
	public List<Wijkschets> wijkschetsenOf(String buurtCode) {
		List<Wijkschets> result = new ArrayList<>();
		wijkschetsen().forEach((schets, codes) -> {
			if (codes.contains(buurtCode)) {
				result.add(schets);
			}
		});
		return result;
	}

	/**
	 * @param schets a wijkschets
	 * @return its title: the name of its area, or its own name
	 */
	public static String title(Wijkschets schets) {
		if (schets.getGebied() != null && schets.getGebied().getName() != null && !schets.getGebied().getName().isBlank()) {
			return schets.getGebied().getName();
		}
		return schets.getName() == null ? "" : schets.getName();
	}
}
