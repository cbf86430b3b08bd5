package nl.veerkracht.cbs.ui.internal;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.Observation;
import nl.veerkracht.cbs.data.RegionCode;
import nl.veerkracht.cbs.join.JoinResult;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;

/**
 * Remembers, for the boundaries joined with CBS figures in this session, the observations they came
 * from. A join turns a missing figure into {@code null}; this lets the Properties view and the attribute
 * table still say why it is missing ("geheim", "onbekend ...") and where the marker was found. Entries go
 * when their features are no longer used. Thread-safe.
 */
public final class JoinedMissingValues {

	private static final Map<FeatureCollection, Source> JOINS = Collections.synchronizedMap(new WeakHashMap<>());

	private record Source(CbsData data, int year, String codeAttribute) {
	}

	private JoinedMissingValues() {
	}

	/**
	 * Remembers where the figures of a join came from.
	 *
	 * @param join the join, whose features become a layer
	 * @param data the figures joined
	 */
	public static void register(JoinResult join, CbsData data) {
		JOINS.put(join.features(), new Source(data, join.report().year(), join.report().codeAttribute()));
	}

	/**
	 * @param features a layer's features
	 * @return whether they are CBS figures joined to boundaries in this session
	 */
	public static boolean isJoined(FeatureCollection features) {
		return JOINS.containsKey(features);
	}

	/**
	 * Finds the observation behind a joined value.
	 *
	 * @param features the joined features
	 * @param feature one of them
	 * @param variableId the catalogue id of the variable
	 * @return the observation, or empty if the features were not joined here or the region has none
	 */
	public static Optional<Observation> observation(FeatureCollection features, Feature feature, String variableId) {
		Source source = JOINS.get(features);
		if (source == null || feature.getSchema().indexOf(source.codeAttribute()) < 0) {
			return Optional.empty();
		}
		Object code = feature.getAttribute(source.codeAttribute());
		return RegionCode.parse(code == null ? null : code.toString())
				.flatMap(region -> source.data().observation(region, variableId, source.year()));
	}
}
