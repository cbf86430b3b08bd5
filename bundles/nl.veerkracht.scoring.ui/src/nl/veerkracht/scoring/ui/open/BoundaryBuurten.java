package nl.veerkracht.scoring.ui.open;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import nl.veerkracht.cbs.data.RegionCode;
import nl.veerkracht.cbs.data.RegionLevel;
import nl.veerkracht.cbs.join.BoundaryJoin;
import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.scoring.run.ScoringRun;

/**
 * The buurten a boundary layer holds, found the way {@link ScoringRun#prepare} finds them: the region code
 * attribute that {@link BoundaryJoin#detectCodeAttribute} detects, and the features whose code there is a
 * CBS buurt code, counted per gemeente (with the gemeente's name when the layer has one). A layer without
 * such an attribute, or whose codes are all wijk or gemeente codes, cannot carry a signal map;
 * {@link #problem(String)} says which of the two it is.
 */
final class BoundaryBuurten {

	private static final Set<String> GEMEENTE_NAME_ATTRIBUTES = Set.of("gemeentenaam", "gm_naam"); //$NON-NLS-1$ //$NON-NLS-2$

	private final String codeAttribute;
	private final SortedMap<String, Integer> buurtenPerGemeente;
	private final Set<RegionCode> codes;
	private final Map<String, String> gemeenteNames;
	private final List<String> attributes;

	private BoundaryBuurten(String codeAttribute, SortedMap<String, Integer> buurtenPerGemeente, Set<RegionCode> codes,
			Map<String, String> gemeenteNames, List<String> attributes) {
		this.codeAttribute = codeAttribute;
		this.buurtenPerGemeente = Collections.unmodifiableSortedMap(buurtenPerGemeente);
		this.codes = Set.copyOf(codes);
		this.gemeenteNames = Map.copyOf(gemeenteNames);
		this.attributes = List.copyOf(attributes);
	}

	/**
	 * Looks for buurt codes in a layer.
	 *
	 * @param boundaries the boundary features
	 * @return what was found; a layer without codes gives an empty count and a {@link #problem(String)}
	 */
	static BoundaryBuurten of(FeatureCollection boundaries) {
		Objects.requireNonNull(boundaries, "boundaries");
		List<String> attributes = boundaries.getSchema().getAttributes().stream().map(AttributeDescriptor::name).toList();
		String codeAttribute;
		try {
			codeAttribute = BoundaryJoin.detectCodeAttribute(boundaries);
		} catch (IllegalArgumentException e) {
			return new BoundaryBuurten(null, new TreeMap<>(), Set.of(), Map.of(), attributes);
		}
		SortedMap<String, Integer> counts = new TreeMap<>();
		Set<RegionCode> codes = new HashSet<>();
		Map<String, String> names = new HashMap<>();
		String nameAttribute = attributes.stream().filter(a -> GEMEENTE_NAME_ATTRIBUTES.contains(a.toLowerCase(Locale.ROOT)))
				.findFirst().orElse(null);
		for (Feature feature : boundaries.getFeatures()) {
			Object value = feature.getAttribute(codeAttribute);
			Optional<RegionCode> code = RegionCode.parse(value == null ? null : value.toString());
			if (code.isPresent() && code.get().level() == RegionLevel.BUURT) {
				String gemeente = ScoringRun.gemeenteOf(code.get());
				if (codes.add(code.get())) {
					counts.merge(gemeente, 1, Integer::sum);
				}
				Object name = nameAttribute == null ? null : feature.getAttribute(nameAttribute);
				if (name != null && !name.toString().isBlank()) {
					names.putIfAbsent(gemeente, name.toString().strip());
				}
			}
		}
		return new BoundaryBuurten(codeAttribute, counts, codes, names, attributes);
	}

	/** @return whether the layer has buurten a signal map can be made of */
	boolean hasBuurten() {
		return !buurtenPerGemeente.isEmpty();
	}

	/**
	 * @param gemeente a gemeente code
	 * @return its name as the boundaries give it (attribute gemeentenaam or gm_naam), or empty
	 */
	Optional<String> gemeenteName(String gemeente) {
		return Optional.ofNullable(gemeenteNames.get(gemeente));
	}

	/** @return the number of buurt features per gemeente code, sorted by code */
	SortedMap<String, Integer> buurtenPerGemeente() {
		return buurtenPerGemeente;
	}

	/**
	 * Tells whether a region is one of the buurten of a choice of gemeente.
	 *
	 * @param code     a region code
	 * @param gemeente a gemeente code, or empty for all
	 * @return whether the boundaries have that buurt (in that gemeente)
	 */
	boolean contains(RegionCode code, Optional<String> gemeente) {
		return codes.contains(code) && gemeente.map(gm -> gm.equals(ScoringRun.gemeenteOf(code))).orElse(true);
	}

	/** @return the number of different buurt codes */
	int buurtCount() {
		return buurtenPerGemeente.values().stream().mapToInt(Integer::intValue).sum();
	}

	/**
	 * Returns the number of buurten of a choice of gemeente.
	 *
	 * @param gemeente a gemeente code, or empty for all
	 * @return the count
	 */
	int buurtCount(Optional<String> gemeente) {
		return gemeente.map(code -> buurtenPerGemeente.getOrDefault(code, 0)).orElseGet(this::buurtCount);
	}

	/**
	 * Says why the layer cannot carry a signal map.
	 *
	 * @param layerName the file or layer name to put in the text
	 * @return the problem in the user's language, or empty when the layer has buurten
	 */
	Optional<String> problem(String layerName) {
		if (hasBuurten()) {
			return Optional.empty();
		}
		if (codeAttribute == null) {
			return Optional.of(OpenMessages.bind(OpenMessages.Problem_noCodes, layerName,
					attributes.isEmpty() ? OpenMessages.Problem_noAttributes : String.join(", ", attributes)));
		}
		return Optional.of(OpenMessages.bind(OpenMessages.Problem_noBuurten, layerName, codeAttribute));
	}
}
