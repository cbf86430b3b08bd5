package nl.veerkracht.cbs.join;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.Observation;
import nl.veerkracht.cbs.data.Region;
import nl.veerkracht.cbs.data.RegionCode;
import nl.veerkracht.cbs.data.RegionLevel;
import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.AttributeType;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.feature.FeatureSchema;

/**
 * Joins the observations of one year to boundary features by region code.
 * <p>
 * The code attribute is detected: the first of buurtcode, bu_code, wijkcode, wk_code, gemeentecode,
 * gm_code, gwb_code_10, gwb_code, statcode, code (case-insensitive) present in the
 * schema in which at least one feature holds a valid region code. Only regions of the levels the
 * boundaries have are compared (a buurt map is not reported as lacking the gemeente and its wijken).
 * Every joined variable becomes a REAL attribute named by its catalogue id (prefixed {@code cbs_} if the
 * boundaries already have an attribute of that name); a missing value stays {@code null}.
 */
public final class BoundaryJoin {

	private static final String CANDIDATES_TEXT = "buurtcode, bu_code, wijkcode, wk_code, gemeentecode, gm_code, "
			+ "gwb_code_10, gwb_code, statcode, code";
	private static final List<String> CANDIDATES = List.of(CANDIDATES_TEXT.split(",\\s*"));
	private static final String BOUNDARY_CHANGE = "ind_wbi";

	private BoundaryJoin() {
	}

	/**
	 * Joins all variables that have observations in a year.
	 *
	 * @param boundaries the boundary features
	 * @param data the observations
	 * @param year the year whose observations to join
	 * @return the joined features and the report
	 * @throws IllegalArgumentException if no code attribute can be found; the message lists the attributes
	 */
	public static JoinResult join(FeatureCollection boundaries, CbsData data, int year) {
		List<String> variables = data.variableIds().stream().filter(id -> data.years(id).contains(year)).toList();
		return join(boundaries, data, year, variables);
	}

	/**
	 * Joins chosen variables of a year.
	 *
	 * @param boundaries the boundary features
	 * @param data the observations
	 * @param year the year whose observations to join
	 * @param variableIds the variables to add as attributes
	 * @return the joined features and the report
	 * @throws IllegalArgumentException if no code attribute can be found; the message lists the attributes
	 */
	public static JoinResult join(FeatureCollection boundaries, CbsData data, int year, List<String> variableIds) {
		String codeAttribute = detectCodeAttribute(boundaries);
		FeatureSchema schema = boundaries.getSchema();
		List<AttributeDescriptor> attributes = new ArrayList<>(schema.getAttributes());
		for (String id : variableIds) {
			attributes.add(new AttributeDescriptor(schema.indexOf(id) >= 0 ? "cbs_" + id : id, AttributeType.REAL));
		}
		FeatureSchema joinedSchema = new FeatureSchema(schema.getName(), attributes);
		Set<RegionCode> withData = new HashSet<>();
		data.observations().stream().filter(o -> o.year() == year).forEach(o -> withData.add(o.region()));

		List<Feature> joined = new ArrayList<>();
		Set<RegionLevel> levels = new HashSet<>();
		Set<RegionCode> seen = new HashSet<>();
		SortedSet<String> duplicates = new TreeSet<>();
		SortedSet<String> withoutData = new TreeSet<>();
		List<String> withoutCode = new ArrayList<>();
		int matched = 0;
		for (Feature feature : boundaries.getFeatures()) {
			Object[] values = new Object[attributes.size()];
			for (int i = 0; i < schema.size(); i++) {
				values[i] = feature.getAttribute(i);
			}
			Object codeValue = feature.getAttribute(codeAttribute);
			Optional<RegionCode> code = RegionCode.parse(codeValue == null ? null : codeValue.toString());
			if (code.isEmpty()) {
				withoutCode.add(feature.getId() + " (" + codeAttribute + " = " + codeValue + ")");
			} else {
				levels.add(code.get().level());
				if (!seen.add(code.get())) {
					duplicates.add(code.get().code());
				}
				if (withData.contains(code.get())) {
					matched++;
					for (int v = 0; v < variableIds.size(); v++) {
						values[schema.size() + v] = data.observation(code.get(), variableIds.get(v), year)
								.flatMap(o -> o.value().isPresent() ? Optional.of(o.value().getAsDouble()) : Optional.empty())
								.orElse(null);
					}
				} else {
					withoutData.add(code.get().code());
				}
			}
			joined.add(new Feature(feature.getId(), feature.getGeometry(), joinedSchema, values));
		}
		SortedSet<RegionCode> dataWithoutGeometry = new TreeSet<>();
		SortedMap<RegionCode, Integer> changes = new TreeMap<>();
		for (Region region : data.regions()) {
			RegionCode code = region.code();
			if (!levels.contains(code.level())) {
				continue;
			}
			if (withData.contains(code) && !seen.contains(code)) {
				dataWithoutGeometry.add(code);
			}
			data.observation(code, BOUNDARY_CHANGE, year).flatMap(BoundaryJoin::changeCode)
					.ifPresent(change -> changes.put(code, change));
		}
		JoinReport report = new JoinReport(codeAttribute, year, matched, dataWithoutGeometry, withoutData, withoutCode,
				duplicates, changes);
		return new JoinResult(new FeatureCollection(joinedSchema, joined, boundaries.getCrs()), report);
	}

	private static Optional<Integer> changeCode(Observation observation) {
		if (observation.value().isEmpty()) {
			return Optional.empty();
		}
		int value = (int) observation.value().getAsDouble();
		return value == 1 ? Optional.empty() : Optional.of(value);
	}

	/**
	 * Finds the attribute that holds region codes.
	 *
	 * @param boundaries the boundary features
	 * @return the attribute name as spelled in the schema
	 * @throws IllegalArgumentException if none of the candidate attributes holds a region code
	 */
	public static String detectCodeAttribute(FeatureCollection boundaries) {
		Map<String, String> byLowerCase = new HashMap<>();
		for (AttributeDescriptor attribute : boundaries.getSchema().getAttributes()) {
			byLowerCase.putIfAbsent(attribute.name().toLowerCase(Locale.ROOT), attribute.name());
		}
		for (String candidate : CANDIDATES) {
			String name = byLowerCase.get(candidate);
			if (name != null && boundaries.getFeatures().stream()
					.anyMatch(f -> f.getAttribute(name) != null && RegionCode.parse(f.getAttribute(name).toString()).isPresent())) {
				return name;
			}
		}
		throw new IllegalArgumentException("No region code attribute (" + CANDIDATES_TEXT + ") with BU/WK/GM codes among "
				+ boundaries.getSchema().getAttributes().stream().map(AttributeDescriptor::name).toList());
	}
}
