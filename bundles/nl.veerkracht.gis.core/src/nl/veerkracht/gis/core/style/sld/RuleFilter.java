package nl.veerkracht.gis.core.style.sld;

import java.util.List;

/**
 * What a rule's filter selects, in the forms that map onto this workbench's styles. A rule without a
 * filter has none ({@code null}).
 */
sealed interface RuleFilter {

	/** @return the attribute the filter tests */
	String attribute();

	/**
	 * Features whose attribute equals one of the values ({@code ogc:PropertyIsEqualTo}, or several in an
	 * {@code ogc:Or}): one or more categories.
	 *
	 * @param attribute the attribute
	 * @param values    the values as written, at least one
	 */
	record Equal(String attribute, List<String> values) implements RuleFilter {
	}

	/**
	 * Features without a value ({@code ogc:PropertyIsNull}): the "geen gegevens" class.
	 *
	 * @param attribute the attribute
	 */
	record IsNull(String attribute) implements RuleFilter {
	}

	/**
	 * Features whose number lies within bounds (comparisons, in an {@code ogc:And}, or
	 * {@code ogc:PropertyIsBetween}): a class of a graduated style.
	 *
	 * @param attribute      the attribute
	 * @param lower          the lower bound, or {@code null} for none
	 * @param lowerInclusive whether a value equal to the lower bound is inside
	 * @param upper          the upper bound, or {@code null} for none
	 * @param upperInclusive whether a value equal to the upper bound is inside
	 */
	record Range(String attribute, Double lower, boolean lowerInclusive, Double upper, boolean upperInclusive)
			implements RuleFilter {
	}

	/** Features no other rule selects ({@code ElseFilter}): "overige waarden". */
	record Else() implements RuleFilter {

		@Override
		public String attribute() {
			return null;
		}
	}
}
