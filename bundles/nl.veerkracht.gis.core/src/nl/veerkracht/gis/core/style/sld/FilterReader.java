package nl.veerkracht.gis.core.style.sld;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a rule's {@code ogc:Filter} as a {@link RuleFilter}. Supported are comparisons of one property with
 * a literal ({@code PropertyIsEqualTo}, {@code PropertyIsLessThan[OrEqualTo]},
 * {@code PropertyIsGreaterThan[OrEqualTo]}), {@code PropertyIsBetween}, {@code PropertyIsNull}, an
 * {@code And} of bounds on one property and an {@code Or} of equalities on one property; anything else
 * is refused with the line where it is written.
 */
final class FilterReader {

	private static final String SUPPORTED = "supported are PropertyIsEqualTo, PropertyIsLessThan(OrEqualTo), "
			+ "PropertyIsGreaterThan(OrEqualTo), PropertyIsBetween and PropertyIsNull on one property, an And of "
			+ "bounds and an Or of equalities";

	private final ReadContext context;

	FilterReader(ReadContext context) {
		this.context = context;
	}

	/**
	 * @param filter an {@code ogc:Filter} element
	 * @return what it selects
	 * @throws SldException naming the line of an unsupported or malformed part
	 */
	RuleFilter read(XmlElement filter) throws SldException {
		List<XmlElement> operators = known(filter);
		if (operators.size() != 1) {
			throw context.fault(filter, "a filter must hold exactly one operator, this one holds " + operators.size());
		}
		return operator(operators.get(0));
	}

	private RuleFilter operator(XmlElement operator) throws SldException {
		if (!operator.isKnown()) {
			throw unsupported(operator);
		}
		return switch (operator.name()) {
			case "PropertyIsEqualTo" -> {
				Operands operands = operands(operator);
				yield new RuleFilter.Equal(operands.attribute(), List.of(operands.literal().text()));
			}
			case "PropertyIsNull" -> new RuleFilter.IsNull(propertyName(single(operator)));
			case "PropertyIsLessThan", "PropertyIsLessThanOrEqualTo", "PropertyIsGreaterThan",
					"PropertyIsGreaterThanOrEqualTo" -> comparison(operator);
			case "PropertyIsBetween" -> between(operator);
			case "And" -> and(operator);
			case "Or" -> or(operator);
			default -> throw unsupported(operator);
		};
	}

	private RuleFilter.Range comparison(XmlElement operator) throws SldException {
		Operands operands = operands(operator);
		double bound = number(operands.literal());
		boolean less = operator.name().startsWith("PropertyIsLessThan");
		boolean inclusive = operator.name().endsWith("OrEqualTo");
		boolean upper = less == operands.propertyFirst();
		return upper ? new RuleFilter.Range(operands.attribute(), null, false, bound, inclusive)
				: new RuleFilter.Range(operands.attribute(), bound, inclusive, null, false);
	}

	private RuleFilter.Range between(XmlElement operator) throws SldException {
		XmlElement property = null;
		XmlElement lower = null;
		XmlElement upper = null;
		for (XmlElement child : known(operator)) {
			if (child.isFilter("PropertyName")) {
				property = child;
			} else if (child.isFilter("LowerBoundary")) {
				lower = literalIn(child);
			} else if (child.isFilter("UpperBoundary")) {
				upper = literalIn(child);
			} else {
				throw unsupported(child);
			}
		}
		if (property == null || lower == null || upper == null) {
			throw context.fault(operator, "ogc:PropertyIsBetween needs a PropertyName, a LowerBoundary and an UpperBoundary");
		}
		return new RuleFilter.Range(propertyName(property), number(lower), true, number(upper), true);
	}

	private RuleFilter and(XmlElement operator) throws SldException {
		List<XmlElement> parts = known(operator);
		if (parts.size() == 1) {
			return operator(parts.get(0));
		}
		String attribute = null;
		Double lower = null;
		boolean lowerInclusive = false;
		Double upper = null;
		boolean upperInclusive = false;
		for (XmlElement part : parts) {
			if (!(operator(part) instanceof RuleFilter.Range range)) {
				throw context.fault(part, "ogc:And is supported only of bounds on one property (as a class of a "
						+ "graduated style), not of " + part.qualifiedName());
			}
			attribute = sameAttribute(attribute, range.attribute(), part);
			if (range.lower() != null) {
				if (lower != null) {
					throw context.fault(part, "the ogc:And has two lower bounds");
				}
				lower = range.lower();
				lowerInclusive = range.lowerInclusive();
			}
			if (range.upper() != null) {
				if (upper != null) {
					throw context.fault(part, "the ogc:And has two upper bounds");
				}
				upper = range.upper();
				upperInclusive = range.upperInclusive();
			}
		}
		return new RuleFilter.Range(attribute, lower, lowerInclusive, upper, upperInclusive);
	}

	private RuleFilter or(XmlElement operator) throws SldException {
		String attribute = null;
		List<String> values = new ArrayList<>();
		for (XmlElement part : known(operator)) {
			if (!(operator(part) instanceof RuleFilter.Equal equal)) {
				throw context.fault(part, "ogc:Or is supported only of PropertyIsEqualTo on one property (several "
						+ "values of one category), not of " + part.qualifiedName());
			}
			attribute = sameAttribute(attribute, equal.attribute(), part);
			values.addAll(equal.values());
		}
		if (values.isEmpty()) {
			throw context.fault(operator, "the ogc:Or is empty");
		}
		return new RuleFilter.Equal(attribute, List.copyOf(values));
	}

	private String sameAttribute(String attribute, String next, XmlElement at) throws SldException {
		if (attribute != null && !attribute.equals(next)) {
			throw context.fault(at, "the filter combines the properties \"" + attribute + "\" and \"" + next
					+ "\"; a style is by one property");
		}
		return next;
	}

	/** The property and the literal of a binary comparison, in either order. */
	private record Operands(String attribute, XmlElement literal, boolean propertyFirst) {
	}

	private Operands operands(XmlElement operator) throws SldException {
		List<XmlElement> expressions = known(operator);
		if (expressions.size() == 2) {
			XmlElement first = expressions.get(0);
			XmlElement second = expressions.get(1);
			if (first.isFilter("PropertyName") && second.isFilter("Literal")) {
				return new Operands(propertyName(first), literal(second), true);
			}
			if (first.isFilter("Literal") && second.isFilter("PropertyName")) {
				return new Operands(propertyName(second), literal(first), false);
			}
			for (XmlElement expression : expressions) {
				if (!expression.isFilter("PropertyName") && !expression.isFilter("Literal")) {
					throw context.fault(expression, expression.qualifiedName()
							+ " is not supported in a filter: only a property compared with a literal value is");
				}
			}
		}
		throw context.fault(operator, operator.qualifiedName() + " must compare one ogc:PropertyName with one ogc:Literal");
	}

	private XmlElement single(XmlElement operator) throws SldException {
		List<XmlElement> expressions = known(operator);
		if (expressions.size() != 1 || !expressions.get(0).isFilter("PropertyName")) {
			throw context.fault(operator, operator.qualifiedName() + " must hold one ogc:PropertyName");
		}
		return expressions.get(0);
	}

	private XmlElement literalIn(XmlElement boundary) throws SldException {
		List<XmlElement> expressions = known(boundary);
		if (expressions.size() != 1 || !expressions.get(0).isFilter("Literal")) {
			throw context.fault(boundary, boundary.qualifiedName() + " must hold one ogc:Literal");
		}
		return literal(expressions.get(0));
	}

	private XmlElement literal(XmlElement literal) throws SldException {
		if (!literal.children().isEmpty()) {
			throw context.fault(literal.children().get(0), literal.children().get(0).qualifiedName()
					+ " inside ogc:Literal is not supported: a literal must be plain text");
		}
		return literal;
	}

	private String propertyName(XmlElement property) throws SldException {
		String name = property.text();
		if (name.isEmpty() || !property.children().isEmpty()) {
			throw context.fault(property, "ogc:PropertyName must name an attribute");
		}
		return name;
	}

	private double number(XmlElement literal) throws SldException {
		try {
			return SldValues.parseNumber(literal.text());
		} catch (IllegalArgumentException e) {
			throw context.fault(literal, e.getMessage() + "; a class bound must be a number");
		}
	}

	private SldException unsupported(XmlElement operator) {
		return context.fault(operator, operator.qualifiedName() + " is not supported in rule filters; " + SUPPORTED);
	}

	/** The children that belong to the filter language; vendor elements of other namespaces are skipped. */
	private static List<XmlElement> known(XmlElement element) {
		return element.children().stream().filter(XmlElement::isKnown).toList();
	}
}
