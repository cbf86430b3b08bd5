package nl.veerkracht.scoring.engine;

import java.util.List;

/**
 * The <em>draagkracht</em> (drager/vrager) ratio, the second axis of the signaleringskaart. method.md
 * ("Phase 1 — signaleringskaart") asks for "a drager/vrager ratio (carriers against those who need
 * support)", after the Aedes reports <em>Veerkracht in het corporatiebezit</em> that set residents with
 * reduced self-reliance against those who carry the neighbourhood. The engine computes it from raw values,
 * not normalised ones, so that the ratio keeps its plain meaning ("so many carriers per person in need"):
 *
 * <pre>
 * D(r) = sum over available drager i of w_i * x_ir / sum over available drager i of w_i
 * V(r) = sum over available vrager j of w_j * x_jr / sum over available vrager j of w_j
 * draagkracht(r) = D(r) / V(r)
 * </pre>
 *
 * Both means use the same re-normalisation and minimum coverage as {@link Composite}, per role; the ratio is
 * NaN (geen gegevens) when either side lacks coverage or {@code V(r) = 0}. It assumes that the drager and
 * vrager indicators are shares of comparable populations in the same unit (e.g. % of households or of
 * inhabitants), as the default indicators are. Above 1: more carriers than people in need.
 */
public final class Draagkracht {

	private Draagkracht() {
	}

	/**
	 * Computes the ratio for all regions of one year.
	 *
	 * @param table       the raw values
	 * @param yearIndex   the year index
	 * @param weights     the analyst's weights
	 * @param minCoverage the minimum coverage per side
	 * @return the ratio per region, NaN for geen gegevens
	 */
	public static double[] compute(IndicatorTable table, int yearIndex, Weights weights, double minCoverage) {
		List<IndicatorSpec> specs = table.indicators();
		double[] dragers = weightedMean(table, yearIndex, roleWeights(specs, weights, Role.DRAAGKRACHT_DRAGER),
				minCoverage);
		double[] vragers = weightedMean(table, yearIndex, roleWeights(specs, weights, Role.DRAAGKRACHT_VRAGER),
				minCoverage);
		double[] ratio = new double[table.regionCount()];
		for (int r = 0; r < ratio.length; r++) {
			ratio[r] = vragers[r] > 0 ? dragers[r] / vragers[r] : Double.NaN;
		}
		return ratio;
	}

	private static double[] roleWeights(List<IndicatorSpec> specs, Weights weights, Role role) {
		double[] array = weights.toArray(specs);
		for (int i = 0; i < array.length; i++) {
			if (specs.get(i).role() != role) {
				array[i] = 0;
			}
		}
		return array;
	}

	private static double[] weightedMean(IndicatorTable table, int yearIndex, double[] weights,
			double minCoverage) {
		double[][] raw = new double[weights.length][];
		for (int i = 0; i < weights.length; i++) {
			if (weights[i] > 0) {
				raw[i] = new double[table.regionCount()];
				table.copyColumn(i, yearIndex, raw[i]);
			}
		}
		double[] mean = new double[table.regionCount()];
		Composite.compute(raw, weights, minCoverage, mean, null);
		return mean;
	}
}
