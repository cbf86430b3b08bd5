package nl.veerkracht.scoring.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts raw indicator values on a common, direction-corrected scale against a reference group, so that a
 * higher normalised value always means <em>more vulnerable</em>:
 * <ul>
 * <li>{@link NormalisationMethod#Z_SCORE}: {@code s * (x - mean) / sd}, with {@code s = 1} for
 * {@link Direction#HIGHER_IS_MORE_VULNERABLE} and {@code -1} otherwise; {@code 0} when the group has no
 * spread;</li>
 * <li>{@link NormalisationMethod#RANK}: {@code p = (below + equal / 2) / n}, and {@code 1 - p} for
 * {@link Direction#HIGHER_IS_MORE_RESILIENT}.</li>
 * </ul>
 * The reference statistics use only the available (non-NaN) values of the group; a missing value stays
 * NaN. When several years are given, the statistics are pooled over those years, which puts all of them on
 * one scale (used for trends, where a per-year normalisation would hide the gemeente's own change). The
 * statistics of one indicator are a {@link ReferenceScale}.
 */
public final class Normaliser {

	private Normaliser() {
	}

	/**
	 * Normalises all indicators of a table for the given years.
	 *
	 * @param table       the raw values
	 * @param yearIndices the year indices to normalise; the reference statistics are pooled over them
	 * @param reference   the reference group
	 * @param method      the method
	 * @return normalised values for those years
	 */
	public static NormalisedValues normalise(IndicatorTable table, int[] yearIndices, Reference reference,
			NormalisationMethod method) {
		int n = table.regionCount();
		int[] group = groups(table.regions(), reference);
		double[][][] result = new double[yearIndices.length][table.indicatorCount()][n];
		double[][] raw = new double[yearIndices.length][n];
		for (int i = 0; i < table.indicatorCount(); i++) {
			for (int y = 0; y < yearIndices.length; y++) {
				table.copyColumn(i, yearIndices[y], raw[y]);
			}
			ReferenceScale scale = new ReferenceScale(raw, group, method, table.indicators().get(i).direction());
			for (int y = 0; y < yearIndices.length; y++) {
				for (int r = 0; r < n; r++) {
					result[y][i][r] = scale.normalise(r, raw[y][r]);
				}
			}
		}
		return new NormalisedValues(result);
	}

	/**
	 * Assigns each region a reference group number.
	 *
	 * @param regions   the regions
	 * @param reference the reference
	 * @return group number per region, from 0, in order of first appearance
	 */
	public static int[] groups(List<RegionInfo> regions, Reference reference) {
		int[] group = new int[regions.size()];
		if (reference == Reference.GEMEENTE) {
			Map<String, Integer> numbers = new HashMap<>();
			for (int r = 0; r < group.length; r++) {
				group[r] = numbers.computeIfAbsent(regions.get(r).gemeenteCode(), code -> numbers.size());
			}
		}
		return group;
	}
}
