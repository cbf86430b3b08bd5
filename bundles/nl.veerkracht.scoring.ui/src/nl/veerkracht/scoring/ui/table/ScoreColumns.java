package nl.veerkracht.scoring.ui.table;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import nl.veerkracht.gis.core.format.DutchNumbers;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.engine.RegionTrend;
import nl.veerkracht.scoring.engine.Uncertainty;
import nl.veerkracht.scoring.engine.spatial.HotSpotLabel;
import nl.veerkracht.scoring.run.HotSpotLabels;
import nl.veerkracht.scoring.run.SignalMapLayer;
import nl.veerkracht.scoring.run.YearResult;
import nl.veerkracht.scoring.ui.table.IndicatorTableColumn.GemeenteCells;
import nl.veerkracht.scoring.ui.table.IndicatorTableColumn.Kind;

/**
 * The columns of a buurt's scores in the scored year: kwetsbaarheid, klasse, coverage, draagkracht, trend,
 * early warning, hot spot and robustness. Where a score is missing the cell says why.
 */
final class ScoreColumns {

	/** The id of the klasse column, whose cells show the class colour. */
	static final String KLASSE = SignalMapLayer.KLASSE;

	/** The id of the coverage column. */
	static final String DEKKING = "dekking"; //$NON-NLS-1$

	private static final int SCORE_DECIMALS = 2;
	private static final int TREND_DECIMALS = 3;
	/** The hot-spot labels in the order they sort (hot spots first, as kwetsbaarheid descending would). */
	private static final List<HotSpotLabel> HOT_SPOT_ORDER = List.of(HotSpotLabel.HIGH_HIGH, HotSpotLabel.HIGH_LOW,
			HotSpotLabel.LOW_HIGH, HotSpotLabel.LOW_LOW, HotSpotLabel.NOT_SIGNIFICANT, HotSpotLabel.ISLAND);

	private ScoreColumns() {
	}

	/** @return the score columns, in table order */
	static List<IndicatorTableColumn> all() {
		return List.of(
				column(SignalMapLayer.KWETSBAARHEID, IndicatorTableMessages.Column_kwetsbaarheid,
						IndicatorTableMessages.Column_kwetsbaarheidTooltip, ScoreColumns::kwetsbaarheid),
				label(KLASSE, IndicatorTableMessages.Column_klasse, IndicatorTableMessages.Column_klasseTooltip,
						ScoreColumns::klasse),
				column(DEKKING, IndicatorTableMessages.Column_dekking, IndicatorTableMessages.Column_dekkingTooltip,
						ScoreColumns::dekking),
				column(SignalMapLayer.DRAAGKRACHT, IndicatorTableMessages.Column_draagkracht,
						IndicatorTableMessages.Column_draagkrachtTooltip, ScoreColumns::draagkracht),
				column(SignalMapLayer.TREND, IndicatorTableMessages.Column_trend, IndicatorTableMessages.Column_trendTooltip,
						ScoreColumns::trend),
				label(SignalMapLayer.VROEG_SIGNAAL, IndicatorTableMessages.Column_vroegSignaal,
						IndicatorTableMessages.Column_vroegSignaalTooltip, ScoreColumns::vroegSignaal),
				label(SignalMapLayer.HOTSPOT, IndicatorTableMessages.Column_hotSpot, IndicatorTableMessages.Column_hotSpotTooltip,
						ScoreColumns::hotSpot),
				column(SignalMapLayer.ROBUUSTHEID, IndicatorTableMessages.Column_robuustheid,
						IndicatorTableMessages.Column_robuustheidTooltip, ScoreColumns::robuustheid));
	}

	private static IndicatorTableColumn column(String id, String header, String tooltip,
			IndicatorTableColumn.BuurtCells cells) {
		return new IndicatorTableColumn(id, mode -> header, tooltip, Kind.NUMBER, cells, GemeenteCells.NONE);
	}

	private static IndicatorTableColumn label(String id, String header, String tooltip,
			IndicatorTableColumn.BuurtCells cells) {
		return new IndicatorTableColumn(id, mode -> header, tooltip, Kind.LABEL, cells, GemeenteCells.NONE);
	}

	private static Cell kwetsbaarheid(IndicatorTableModel model, int region, CellMode mode) {
		double value = model.result().scores().composite(region);
		return Double.isNaN(value) ? Cell.missing(noData(model.result(), region))
				: Cell.number(value, DutchNumbers.decimal(value, SCORE_DECIMALS), null);
	}

	private static Cell klasse(IndicatorTableModel model, int region, CellMode mode) {
		Klasse klasse = model.result().scores().klasse(region);
		if (klasse == Klasse.GEEN_GEGEVENS) {
			return new Cell(klasse.label(), Double.NaN, klasse.label(), noData(model.result(), region), true);
		}
		return new Cell(klasse.label(), klasse.ordinal(), klasse.label(), null, false);
	}

	private static Cell dekking(IndicatorTableModel model, int region, CellMode mode) {
		double share = model.result().scores().coverage(region);
		if (Double.isNaN(share)) {
			return Cell.missing(IndicatorTableMessages.Column_dekkingTooltip);
		}
		String tooltip = NLS.bind(IndicatorTableMessages.Cell_coverage, DutchNumbers.percent(share),
				DutchNumbers.percent(model.state().run().engine().parameters().minCoverage()));
		return new Cell(DutchNumbers.percent(share), share, DutchNumbers.export(100 * share), tooltip, false);
	}

	private static Cell draagkracht(IndicatorTableModel model, int region, CellMode mode) {
		double value = model.result().scores().draagkracht(region);
		return Double.isNaN(value) ? Cell.missing(IndicatorTableMessages.Cell_noDraagkracht)
				: Cell.number(value, DutchNumbers.decimal(value, SCORE_DECIMALS), null);
	}

	private static Optional<RegionTrend> trendOf(IndicatorTableModel model, int region) {
		return model.result().trend(model.region(region).code()).filter(t -> Double.isFinite(t.compositeSlope()));
	}

	private static String noTrend(IndicatorTableModel model) {
		return model.result().trendYears().length < 2 ? NLS.bind(IndicatorTableMessages.Cell_trendOneYear, model.state().year())
				: IndicatorTableMessages.Cell_trendFewYears;
	}

	private static Cell trend(IndicatorTableModel model, int region, CellMode mode) {
		Optional<RegionTrend> trend = trendOf(model, region);
		if (trend.isEmpty()) {
			return Cell.missing(noTrend(model));
		}
		RegionTrend t = trend.get();
		String tooltip = NLS.bind(IndicatorTableMessages.Cell_trend, new Object[] { t.yearsUsed(),
				DutchNumbers.signed(t.gemeenteSlope(), TREND_DECIMALS), DutchNumbers.signed(t.relativeSlope(), TREND_DECIMALS),
				uncertainties(t) });
		return Cell.number(t.compositeSlope(), DutchNumbers.signed(t.compositeSlope(), TREND_DECIMALS), tooltip);
	}

	private static Cell vroegSignaal(IndicatorTableModel model, int region, CellMode mode) {
		Optional<RegionTrend> trend = trendOf(model, region);
		if (trend.isEmpty()) {
			return Cell.missing(noTrend(model));
		}
		boolean flagged = trend.get().earlyWarning();
		String text = flagged ? IndicatorTableMessages.Cell_yes : IndicatorTableMessages.Cell_no;
		String tooltip = flagged ? NLS.bind(IndicatorTableMessages.Cell_earlyWarning, uncertainties(trend.get())) : null;
		return new Cell(text, flagged ? 1 : 0, text, tooltip, false);
	}

	private static String uncertainties(RegionTrend trend) {
		return trend.uncertainties().isEmpty() ? IndicatorTableMessages.Cell_noUncertainty
				: trend.uncertainties().stream().sorted().map(Uncertainty::label).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	private static Cell hotSpot(IndicatorTableModel model, int region, CellMode mode) {
		HotSpotLabel label = model.result().hotSpot(region);
		String text = HotSpotLabels.dutch(label);
		if (label == HotSpotLabel.NO_DATA) {
			return new Cell(text, Double.NaN, text, noData(model.result(), region), true);
		}
		double p = model.result().hotSpots().pseudoP(region);
		String tooltip = Double.isNaN(p) ? null : NLS.bind(IndicatorTableMessages.Cell_pseudoP, DutchNumbers.decimal(p, 3));
		return new Cell(text, HOT_SPOT_ORDER.indexOf(label), text, tooltip, false);
	}

	private static Cell robuustheid(IndicatorTableModel model, int region, CellMode mode) {
		YearResult result = model.result();
		if (result.scores().klasse(region) == Klasse.GEEN_GEGEVENS) {
			return Cell.missing(noData(result, region));
		}
		double share = result.robustness().stability(region);
		boolean fragile = result.robustness().isFragile(region);
		String text = fragile ? NLS.bind(IndicatorTableMessages.Cell_fragile, DutchNumbers.percent(share))
				: DutchNumbers.percent(share);
		String tooltip = NLS.bind(IndicatorTableMessages.Cell_robustness, DutchNumbers.percent(share),
				result.robustness().samples());
		return new Cell(text, share, DutchNumbers.export(100 * share), tooltip, false);
	}

	private static String noData(YearResult result, int region) {
		return NLS.bind(IndicatorTableMessages.Cell_noData, result.noDataReason(region));
	}
}
