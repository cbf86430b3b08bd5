package nl.veerkracht.cbs.join;

import java.util.Objects;

import nl.veerkracht.gis.core.feature.FeatureCollection;

/**
 * The boundaries with the joined variables as attributes, and the report of what did not match.
 *
 * @param features the boundaries with one REAL attribute per joined variable; a missing value is
 *            {@code null}, never 0 (its reason is in the {@link nl.veerkracht.cbs.data.CbsData})
 * @param report what matched and what did not
 */
public record JoinResult(FeatureCollection features, JoinReport report) {

	/**
	 * Checks the arguments.
	 *
	 * @param features the joined boundaries
	 * @param report the report
	 */
	public JoinResult {
		Objects.requireNonNull(features, "features");
		Objects.requireNonNull(report, "report");
	}
}
