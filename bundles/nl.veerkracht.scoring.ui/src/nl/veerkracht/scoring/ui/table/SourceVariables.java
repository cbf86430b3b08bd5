package nl.veerkracht.scoring.ui.table;

import java.util.stream.Collectors;

import nl.veerkracht.cbs.catalogue.VariableCatalogue;
import nl.veerkracht.scoring.IndicatorDescriptor;
import nl.veerkracht.scoring.IndicatorRegistry;

/**
 * Describes the CBS variables an indicator reads, as its plug-in declares them, with their Dutch labels
 * from the variable catalogue: for the header tooltips of the Indicatoren table.
 */
final class SourceVariables {

	private SourceVariables() {
	}

	/**
	 * Describes the variables of an indicator.
	 *
	 * @param indicatorId the indicator id
	 * @return for example {@code "p_hh_lkk (Huishoudens met een laag inkomen)"}; the registry's other
	 *         indicators' problems aside, an unknown id gives {@link IndicatorTableMessages#Header_noSources}
	 */
	static String describe(String indicatorId) {
		VariableCatalogue catalogue = VariableCatalogue.standard();
		return IndicatorRegistry.getDefault().indicator(indicatorId).map(IndicatorDescriptor::variables)
				.map(variables -> variables.stream()
						.map(id -> catalogue.variable(id).map(v -> id + " (" + v.labelNl() + ")").orElse(id)) //$NON-NLS-1$ //$NON-NLS-2$
						.collect(Collectors.joining(", "))) //$NON-NLS-1$
				.orElse(IndicatorTableMessages.Header_noSources);
	}
}
