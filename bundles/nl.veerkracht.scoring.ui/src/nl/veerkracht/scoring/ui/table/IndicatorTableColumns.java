package nl.veerkracht.scoring.ui.table;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;

import nl.veerkracht.gis.core.format.DutchNumbers;
import nl.veerkracht.scoring.engine.RegionInfo;
import nl.veerkracht.scoring.run.SignalMapLayer;
import nl.veerkracht.scoring.ui.table.IndicatorTableColumn.GemeenteCells;
import nl.veerkracht.scoring.ui.table.IndicatorTableColumn.Kind;

/**
 * All columns of the Indicatoren table, in order: buurt code, name and inhabitants, one column per
 * indicator of the run, then the scores ({@link ScoreColumns}).
 */
final class IndicatorTableColumns {

	/** The id of the inhabitants column. */
	static final String INWONERS = "inwoners"; //$NON-NLS-1$

	private IndicatorTableColumns() {
	}

	/**
	 * Makes the columns of a model.
	 *
	 * @param model   the numbers
	 * @param sources describes the source variables of an indicator id, for its header tooltip
	 * @return the columns
	 */
	static List<IndicatorTableColumn> of(IndicatorTableModel model, UnaryOperator<String> sources) {
		List<IndicatorTableColumn> columns = new ArrayList<>();
		columns.add(new IndicatorTableColumn(SignalMapLayer.BU_CODE, mode -> IndicatorTableMessages.Column_code,
				IndicatorTableMessages.Column_codeTooltip, Kind.TEXT,
				(m, region, mode) -> Cell.text(m.region(region).code(), null), (m, gemeente, mode) -> Cell.text(gemeente, null)));
		columns.add(new IndicatorTableColumn(SignalMapLayer.NAAM, mode -> IndicatorTableMessages.Column_name,
				IndicatorTableMessages.Column_nameTooltip, Kind.TEXT, (m, region, mode) -> Cell.text(m.region(region).name(), null),
				(m, gemeente, mode) -> Cell.text(IndicatorTableMessages.Gemeente_row,
						NLS.bind(IndicatorTableMessages.Gemeente_rowTooltip, gemeente))));
		columns.add(new IndicatorTableColumn(INWONERS, mode -> IndicatorTableMessages.Column_inhabitants,
				IndicatorTableMessages.Column_inhabitantsTooltip, Kind.NUMBER, IndicatorTableColumns::inhabitants, GemeenteCells.NONE));
		for (int i = 0; i < model.indicators().size(); i++) {
			columns.add(IndicatorColumns.of(model, i, sources.apply(model.indicators().get(i).id())));
		}
		columns.addAll(ScoreColumns.all());
		return columns;
	}

	private static Cell inhabitants(IndicatorTableModel model, int region, CellMode mode) {
		RegionInfo info = model.region(region);
		return info.inhabitants() == RegionInfo.UNKNOWN_INHABITANTS ? Cell.missing(IndicatorTableMessages.Cell_noInhabitants)
				: Cell.number(info.inhabitants(), DutchNumbers.decimal(info.inhabitants(), 0), null);
	}
}
