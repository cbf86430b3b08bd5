package nl.veerkracht.wijkschets.ui.buurten;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.style.GraduatedStyle;
import nl.veerkracht.model.Buurt;
import nl.veerkracht.model.CbsRegio;
import nl.veerkracht.model.Gebied;
import nl.veerkracht.model.Gemeente;
import nl.veerkracht.model.Regio;
import nl.veerkracht.model.Wijk;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.engine.RegionTrend;
import nl.veerkracht.scoring.run.ScoringState;
import nl.veerkracht.scoring.run.SignalMapLayer;
import nl.veerkracht.scoring.run.SignalMapStyles;
import nl.veerkracht.wijkschets.ui.map.WijkMapFraming;

/**
 * The buurten of a sketched area and their figures on a signal map; UI-free.
 */
final class BuurtRows {

	/**
	 * The gemeente's own figures, as a reference line under the buurten.
	 *
	 * @param meanKwetsbaarheid the mean kwetsbaarheid of the gemeente's scored buurten
	 * @param scored            how many of its buurten have a score
	 * @param meanTrend         the mean trend of the gemeente's buurten per year, NaN without trends
	 */
	record Reference(double meanKwetsbaarheid, int scored, double meanTrend) {
	}

	private BuurtRows() {
	}

	/**
	 * @param gebied the area of a wijkschets: a wijk, a buurt, a gemeente or a Gebied of such regions
	 * @return its buurten, in the model's order
	 */
	static List<Buurt> buurtenOf(Regio gebied) {
		List<Buurt> buurten = new ArrayList<>();
		if (gebied instanceof Gebied composed) {
			for (CbsRegio part : composed.getOnderdelen()) {
				buurten.addAll(buurtenOf(part));
			}
		} else if (gebied instanceof Wijk wijk) {
			buurten.addAll(wijk.getBuurten());
		} else if (gebied instanceof Buurt buurt) {
			buurten.add(buurt);
		} else if (gebied instanceof Gemeente gemeente) {
			gemeente.getWijken().forEach(wijk -> buurten.addAll(wijk.getBuurten()));
		}
		return buurten;
	}

	/**
	 * @param buurten buurten
	 * @return the gemeente code of the first (from its buurt code, {@code BU0599…} is {@code GM0599}), if any
	 */
	static Optional<String> gemeenteCodeOf(List<Buurt> buurten) {
		return buurten.stream().map(Buurt::getCode).map(WijkMapFraming::gemeenteCodeOf).flatMap(Optional::stream)
				.findFirst();
	}

	/**
	 * @param buurten the buurten of the area
	 * @param state   the signal map
	 * @return whether the signal map has at least one of the buurten
	 */
	static boolean covers(List<Buurt> buurten, ScoringState state) {
		return buurten.stream().anyMatch(buurt -> state.regionIndexOf(buurt.getCode()) >= 0);
	}

	/**
	 * @param buurten the buurten of the area
	 * @param state   the signal map
	 * @return one row per buurt, in the given order
	 */
	static List<BuurtRow> rows(List<Buurt> buurten, ScoringState state) {
		Map<String, Feature> features = new HashMap<>();
		for (Feature feature : state.layer().getFeatures()) {
			features.put(String.valueOf(feature.getAttribute(SignalMapLayer.BU_CODE)), feature);
		}
		GraduatedStyle trendStyle = SignalMapStyles.trend(state.layer());
		List<BuurtRow> rows = new ArrayList<>();
		for (Buurt buurt : buurten) {
			String code = buurt.getCode();
			String name = buurt.getName() == null ? code : buurt.getName();
			Feature feature = features.get(code);
			if (feature == null) {
				rows.add(new BuurtRow(code, name, Klasse.GEEN_GEGEVENS.label(), Optional.empty(), Optional.empty(),
						Optional.empty(), -1, Optional.empty()));
				continue;
			}
			int region = state.regionIndexOf(code);
			Optional<Double> coverage = region < 0 ? Optional.empty()
					: finite(state.result().scores().coverage(region));
			Optional<Double> trend = number(feature.getAttribute(SignalMapLayer.TREND));
			int trendClass = trend.isEmpty() ? -1 : trendStyle.classOf(trend.get());
			Object warning = feature.getAttribute(SignalMapLayer.VROEG_SIGNAAL);
			rows.add(new BuurtRow(code, name, String.valueOf(feature.getAttribute(SignalMapLayer.KLASSE)),
					number(feature.getAttribute(SignalMapLayer.KWETSBAARHEID)), coverage, trend, trendClass,
					warning instanceof Boolean flag ? Optional.of(flag) : Optional.empty()));
		}
		return rows;
	}

	/**
	 * @param gemeente a gemeente code
	 * @param buurten  buurten of that gemeente (for its trend, which every buurt's trend carries)
	 * @param state    the signal map
	 * @return the gemeente's mean kwetsbaarheid and trend over its buurten in the map
	 */
	static Reference reference(String gemeente, List<Buurt> buurten, ScoringState state) {
		double sum = 0;
		int count = 0;
		for (Feature feature : state.layer().getFeatures()) {
			Optional<Double> score = number(feature.getAttribute(SignalMapLayer.KWETSBAARHEID));
			if (gemeente.equals(feature.getAttribute(SignalMapLayer.GEMEENTE)) && score.isPresent()) {
				sum += score.get();
				count++;
			}
		}
		double trend = buurten.stream().map(buurt -> state.result().trend(buurt.getCode())).flatMap(Optional::stream)
				.mapToDouble(RegionTrend::gemeenteSlope).filter(Double::isFinite).findFirst().orElse(Double.NaN);
		return new Reference(count == 0 ? Double.NaN : sum / count, count, trend);
	}

	private static Optional<Double> number(Object value) {
		return value instanceof Number number ? finite(number.doubleValue()) : Optional.empty();
	}

	private static Optional<Double> finite(double value) {
		return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
	}
}
