package nl.veerkracht.wijkschets.ui.buurten;

import java.util.Optional;

/**
 * One buurt of the area as the signal map scores it.
 *
 * @param code          the CBS buurt code
 * @param name          the buurt's name
 * @param klasse        the class label of the signal map ({@code geen gegevens} when not scored or not in it)
 * @param kwetsbaarheid the composite kwetsbaarheid, empty without a score
 * @param coverage      the share of the indicator weight that was available, empty when not in the map
 * @param trend         the change of kwetsbaarheid per year, empty without a trend
 * @param trendClass    the trend class index into {@code SignalMapStyles.TREND_LABELS}, -1 without a trend
 * @param earlyWarning  the early warning, empty without a trend
 */
public record BuurtRow(String code, String name, String klasse, Optional<Double> kwetsbaarheid,
		Optional<Double> coverage, Optional<Double> trend, int trendClass, Optional<Boolean> earlyWarning) {
}
