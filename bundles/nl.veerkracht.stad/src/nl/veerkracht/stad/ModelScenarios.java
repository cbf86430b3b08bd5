package nl.veerkracht.stad;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;

import nl.veerkracht.cbs.data.RegionCode;
import nl.veerkracht.cbs.data.RegionLevel;
import nl.veerkracht.model.Buurt;
import nl.veerkracht.model.BuurtVerfijning;
import nl.veerkracht.model.CbsRegio;
import nl.veerkracht.model.Gebied;
import nl.veerkracht.model.GebiedsMix;
import nl.veerkracht.model.Gemeente;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.Maatregel;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.Regio;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.Wijk;
import nl.veerkracht.model.Wijkschets;

/**
 * Between the scenarios of an analysis (the EMF {@link nl.veerkracht.model.Scenario}: a name and a
 * {@link GebiedsMix} per area) and the scenarios the model runs ({@link Scenario}: a {@link PerspectiveMix} per
 * buurt).
 * <p>
 * An area's mix applies to every buurt of the city that lies in it: a buurt by its code, a wijk or gemeente by the
 * digits its buurt codes share ({@link RegionCode#within}), a gebied by its parts. When several areas of one
 * scenario cover a buurt, the most specific one decides: buurt before wijk before gebied before gemeente; among
 * areas of the same kind, the highest intensity of each perspective.
 */
public final class ModelScenarios {

	private ModelScenarios() {
	}

	/**
	 * @return a new, empty analysis scenario named {@value Scenario#BASELINE_NAME}: nobody does anything extra
	 */
	public static nl.veerkracht.model.Scenario baseline() {
		nl.veerkracht.model.Scenario scenario = VeerkrachtFactory.eINSTANCE.createScenario();
		scenario.setName(Scenario.BASELINE_NAME);
		scenario.setDescription("Niemand doet iets extra: de voorraad blijft zoals hij is en de toewijzing volgt de "
				+ "huidige regels.");
		return scenario;
	}

	/**
	 * Makes (but does not add) an analysis scenario with the mixes the workshops chose: per wijkschets one area mix
	 * with the intensities of its four perspectives and copies of their measures (whose dates say in which years a
	 * perspective acts, see {@link #period}), and per buurt refinement of a perspective one buurt mix with the
	 * wijk's intensities and the refined one.
	 *
	 * @param name        the scenario name
	 * @param wijkschetsen the wijkschetsen whose mixes to take (those without an area are passed over)
	 * @return the scenario
	 */
	public static nl.veerkracht.model.Scenario fromWijkschetsen(String name, Collection<Wijkschets> wijkschetsen) {
		VeerkrachtFactory factory = VeerkrachtFactory.eINSTANCE;
		nl.veerkracht.model.Scenario scenario = factory.createScenario();
		scenario.setName(name);
		List<String> names = new ArrayList<>();
		for (Wijkschets schets : wijkschetsen) {
			if (schets.getGebied() == null) {
				continue;
			}
			names.add(schets.getName() == null ? schets.getGebied().getName() : schets.getName());
			Map<Handelingsperspectief, Integer> wijk = new EnumMap<>(Handelingsperspectief.class);
			Map<Handelingsperspectief, List<Maatregel>> measures = new EnumMap<>(Handelingsperspectief.class);
			Map<Buurt, Map<Handelingsperspectief, Integer>> refined = new HashMap<>();
			for (PerspectiefInzet inzet : schets.getPerspectiefMix()) {
				wijk.put(inzet.getPerspective(), inzet.getIntensity());
				measures.put(inzet.getPerspective(), inzet.getMaatregelen());
				for (BuurtVerfijning verfijning : inzet.getBuurtVerfijningen()) {
					if (verfijning.getBuurt() != null) {
						refined.computeIfAbsent(verfijning.getBuurt(), b -> new EnumMap<>(Handelingsperspectief.class))
								.put(inzet.getPerspective(), verfijning.getIntensity());
					}
				}
			}
			scenario.getMixes().add(mix(schets.getGebied(), wijk, measures));
			for (Map.Entry<Buurt, Map<Handelingsperspectief, Integer>> entry : refined.entrySet()) {
				Map<Handelingsperspectief, Integer> buurt = new EnumMap<>(wijk);
				buurt.putAll(entry.getValue());
				scenario.getMixes().add(mix(entry.getKey(), buurt, measures));
			}
		}
		scenario.setDescription("Mix uit de wijkschetsen: " + String.join(", ", names) + ".");
		return scenario;
	}

	private static GebiedsMix mix(Regio gebied, Map<Handelingsperspectief, Integer> intensities,
			Map<Handelingsperspectief, List<Maatregel>> measures) {
		VeerkrachtFactory factory = VeerkrachtFactory.eINSTANCE;
		GebiedsMix mix = factory.createGebiedsMix();
		mix.setGebied(gebied);
		for (Handelingsperspectief perspective : Handelingsperspectief.VALUES) {
			PerspectiefInzet inzet = factory.createPerspectiefInzet();
			inzet.setPerspective(perspective);
			inzet.setIntensity(intensities.getOrDefault(perspective, 0));
			inzet.getMaatregelen().addAll(EcoreUtil.copyAll(measures.getOrDefault(perspective, List.of())));
			mix.getInzet().add(inzet);
		}
		return mix;
	}

	/**
	 * @param scenario an analysis scenario
	 * @param input    the city it is to run on
	 * @return the model scenario with the mix of every buurt of {@code input} that an area of {@code scenario}
	 *         covers; areas without buurten in the input add nothing
	 * @throws IllegalArgumentException when an intensity lies outside 0–4
	 */
	public static Scenario toStad(nl.veerkracht.model.Scenario scenario, StadInput input) {
		Map<String, Integer> rankOf = new HashMap<>();
		Map<String, Map<Handelingsperspectief, Integer>> chosen = new HashMap<>();
		Map<String, Map<Handelingsperspectief, MeasurePeriod>> periods = new HashMap<>();
		for (GebiedsMix mix : scenario.getMixes()) {
			if (mix.getGebied() == null) {
				continue;
			}
			int rank = rank(mix.getGebied());
			for (String code : buurtCodes(mix.getGebied(), input)) {
				int current = rankOf.getOrDefault(code, -1);
				if (rank < current) {
					continue;
				}
				if (rank > current) {
					rankOf.put(code, rank);
					chosen.put(code, new EnumMap<>(Handelingsperspectief.class));
					periods.put(code, new EnumMap<>(Handelingsperspectief.class));
				}
				Map<Handelingsperspectief, Integer> intensities = chosen.get(code);
				for (PerspectiefInzet inzet : mix.getInzet()) {
					Integer before = intensities.get(inzet.getPerspective());
					if (before == null || inzet.getIntensity() > before) {
						intensities.put(inzet.getPerspective(), inzet.getIntensity());
						Optional<MeasurePeriod> period = period(inzet);
						if (period.isPresent()) {
							periods.get(code).put(inzet.getPerspective(), period.get());
						} else {
							periods.get(code).remove(inzet.getPerspective());
						}
					}
				}
			}
		}
		Map<String, PerspectiveMix> mixes = new HashMap<>();
		for (Map.Entry<String, Map<Handelingsperspectief, Integer>> entry : chosen.entrySet()) {
			PerspectiveMix mix = PerspectiveMix.of(entry.getValue());
			if (mix.equals(PerspectiveMix.NONE)) {
				continue;
			}
			for (Map.Entry<Handelingsperspectief, MeasurePeriod> period : periods.get(entry.getKey()).entrySet()) {
				mix = mix.during(period.getKey(), period.getValue());
			}
			mixes.put(entry.getKey(), mix);
		}
		String name = scenario.getName() == null || scenario.getName().isBlank() ? "naamloos scenario" : scenario.getName();
		return new Scenario(name, mixes, List.of());
	}

	/**
	 * The years a perspective acts, from the dates of its measures: from the earliest start year to the latest end
	 * year (open-ended when a dated measure has no end year). Measures without a start year do not limit it.
	 *
	 * @param inzet a perspective of a mix
	 * @return its period, empty when no measure has a start year (it acts in every simulated year)
	 */
	public static Optional<MeasurePeriod> period(PerspectiefInzet inzet) {
		int from = Integer.MAX_VALUE;
		int to = Integer.MIN_VALUE;
		for (Maatregel maatregel : inzet.getMaatregelen()) {
			if (maatregel.getStartYear() == null) {
				continue;
			}
			from = Math.min(from, maatregel.getStartYear());
			int end = maatregel.getEndYear() == null ? MeasurePeriod.OPEN_END : Math.max(maatregel.getEndYear(), maatregel.getStartYear());
			to = Math.max(to, end);
		}
		return from == Integer.MAX_VALUE ? Optional.empty() : Optional.of(new MeasurePeriod(from, to));
	}

	/**
	 * @param gebied an area of the analysis
	 * @param input  a city
	 * @return the codes of the buurten of {@code input} that lie in the area, in input order
	 */
	public static Set<String> buurtCodes(Regio gebied, StadInput input) {
		Set<RegionCode> areas = new LinkedHashSet<>();
		collect(gebied, areas, new LinkedHashSet<>());
		Set<String> codes = new LinkedHashSet<>();
		for (BuurtStart buurt : input.buurten()) {
			Optional<RegionCode> code = RegionCode.parse(buurt.code());
			if (code.isEmpty() || code.get().level() != RegionLevel.BUURT) {
				continue;
			}
			for (RegionCode area : areas) {
				if (code.get().within(area.level()).equals(area)) {
					codes.add(buurt.code());
					break;
				}
			}
		}
		return codes;
	}

	private static void collect(Regio gebied, Set<RegionCode> areas, Set<Regio> seen) {
		if (!seen.add(gebied)) {
			return;
		}
		if (gebied instanceof CbsRegio regio) {
			RegionCode.parse(regio.getCode()).ifPresent(areas::add);
		} else if (gebied instanceof Gebied samengesteld) {
			for (CbsRegio onderdeel : samengesteld.getOnderdelen()) {
				collect(onderdeel, areas, seen);
			}
		}
	}

	private static int rank(Regio gebied) {
		if (gebied instanceof Buurt) {
			return 3;
		}
		if (gebied instanceof Wijk) {
			return 2;
		}
		if (gebied instanceof Gemeente) {
			return 0;
		}
		return 1;
	}
}
