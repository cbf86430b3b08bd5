package nl.veerkracht.scoring.ui.table;

import org.eclipse.osgi.util.NLS;

import nl.veerkracht.gis.core.format.DutchNumbers;
import nl.veerkracht.scoring.engine.IndicatorSpec;
import nl.veerkracht.scoring.engine.IndicatorValue;
import nl.veerkracht.scoring.engine.NormalisationMethod;

/**
 * The column of one indicator: the raw value of the scored year in the indicator's unit, the normalised
 * value or the contribution to kwetsbaarheid, as the cell mode says. A missing value is a missing cell with
 * the CBS reason, never zero; an indicator that does not count in a buurt's kwetsbaarheid has no
 * contribution (not a contribution of zero), with the reason why.
 */
final class IndicatorColumns {

	private static final int NORMALISED_DECIMALS = 2;
	private static final int CONTRIBUTION_DECIMALS = 3;

	private IndicatorColumns() {
	}

	/**
	 * Makes the column of an indicator.
	 *
	 * @param model     the numbers
	 * @param indicator the indicator index
	 * @param sources   the source variables of the indicator, described for its tooltip
	 * @return the column
	 */
	static IndicatorTableColumn of(IndicatorTableModel model, int indicator, String sources) {
		IndicatorSpec spec = model.indicators().get(indicator);
		int decimals = rawDecimals(model, indicator);
		NormalisationMethod method = model.state().run().engine().parameters().method();
		return new IndicatorTableColumn(spec.id(), mode -> header(spec, mode, method), tooltip(model, spec, sources), IndicatorTableColumn.Kind.NUMBER,
				(m, region, mode) -> switch (mode) {
				case RAW -> raw(m.raw(region, indicator), decimals);
				case NORMALISED -> normalised(m, region, indicator);
				case CONTRIBUTION -> contribution(m, region, indicator);
				},
				(m, gemeente, mode) -> mode == CellMode.RAW
						? m.gemeenteValue(gemeente, indicator).map(value -> raw(value, decimals)).orElse(Cell.BLANK)
						: Cell.BLANK);
	}

	/** Whole numbers when every value of the year is whole (counts, rounded CBS percentages), else one decimal. */
	private static int rawDecimals(IndicatorTableModel model, int indicator) {
		for (int region = 0; region < model.size(); region++) {
			double value = model.raw(region, indicator).value();
			if (!Double.isNaN(value) && value != Math.rint(value)) {
				return 1;
			}
		}
		return 0;
	}

	private static Cell raw(IndicatorValue value, int decimals) {
		if (value.isMissing()) {
			return Cell.missing(NLS.bind(IndicatorTableMessages.Cell_missing, value.missingReason()));
		}
		String source = value.sourceColumn().isBlank() ? null
				: NLS.bind(IndicatorTableMessages.Cell_source, value.sourceColumn());
		return Cell.number(value.value(), DutchNumbers.decimal(value.value(), decimals), source);
	}

	private static Cell normalised(IndicatorTableModel model, int region, int indicator) {
		double value = model.normalised(region, indicator);
		if (Double.isNaN(value)) {
			return Cell.missing(NLS.bind(IndicatorTableMessages.Cell_missing, model.raw(region, indicator).missingReason()));
		}
		return Cell.number(value, DutchNumbers.decimal(value, NORMALISED_DECIMALS), null);
	}

	private static Cell contribution(IndicatorTableModel model, int region, int indicator) {
		return switch (model.whyNoContribution(region, indicator)) {
		case NONE -> {
			double value = model.contribution(region, indicator);
			yield Cell.number(value, DutchNumbers.signed(value, CONTRIBUTION_DECIMALS), null);
		}
		case OTHER_ROLE -> Cell.missing(IndicatorTableMessages.Contribution_otherRole);
		case ZERO_WEIGHT -> Cell.missing(IndicatorTableMessages.Contribution_zeroWeight);
		case MISSING -> Cell.missing(NLS.bind(IndicatorTableMessages.Cell_missing, model.raw(region, indicator).missingReason()));
		case NO_COMPOSITE -> Cell.missing(IndicatorTableMessages.Contribution_noComposite);
		};
	}

	/**
	 * The header: the Dutch label with the unit (unless the label already says it), or with what the cells
	 * show instead of raw values.
	 */
	static String header(IndicatorSpec spec, CellMode mode, NormalisationMethod method) {
		return switch (mode) {
		case RAW -> spec.unit().isBlank() || spec.label().contains(spec.unit()) ? spec.label()
				: spec.label() + " (" + spec.unit() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		case NORMALISED -> NLS.bind(method == NormalisationMethod.RANK ? IndicatorTableMessages.Header_rank
				: IndicatorTableMessages.Header_zScore, spec.label());
		case CONTRIBUTION -> NLS.bind(IndicatorTableMessages.Header_contribution, spec.label());
		};
	}

	private static String tooltip(IndicatorTableModel model, IndicatorSpec spec, String sources) {
		String direction = switch (spec.direction()) {
		case HIGHER_IS_MORE_VULNERABLE -> IndicatorTableMessages.Direction_vulnerable;
		case HIGHER_IS_MORE_RESILIENT -> IndicatorTableMessages.Direction_resilient;
		};
		String role = switch (spec.role()) {
		case KWETSBAARHEID -> IndicatorTableMessages.Role_kwetsbaarheid;
		case DRAAGKRACHT_DRAGER -> IndicatorTableMessages.Role_drager;
		case DRAAGKRACHT_VRAGER -> IndicatorTableMessages.Role_vrager;
		case CONTEXT -> IndicatorTableMessages.Role_context;
		};
		String weight = DutchNumbers.export(model.state().weights().get(spec.id()));
		return NLS.bind(IndicatorTableMessages.Header_indicatorTooltip,
				new Object[] { spec.label(), spec.id(), spec.unit(), direction, role, weight, sources });
	}
}
