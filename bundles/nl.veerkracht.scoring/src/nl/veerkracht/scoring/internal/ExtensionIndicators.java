package nl.veerkracht.scoring.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;

import nl.veerkracht.cbs.catalogue.Unit;
import nl.veerkracht.scoring.ContributionProblem;
import nl.veerkracht.scoring.Direction;
import nl.veerkracht.scoring.Domain;
import nl.veerkracht.scoring.Indicator;
import nl.veerkracht.scoring.IndicatorDescriptor;
import nl.veerkracht.scoring.Role;

/**
 * Reads the {@code indicator} elements contributed to the indicator extension point. A contribution that
 * cannot be used is recorded as a problem naming its plug-in and id, and left out.
 */
public final class ExtensionIndicators {

	private static final String NO_ID = "(no id)";

	private ExtensionIndicators() {
	}

	/**
	 * Reads the contributions; each indicator class is created here, so that a broken one is found at once.
	 *
	 * @param registry the extension registry
	 * @param extensionPointId the extension point
	 * @param problems receives one problem per contribution that is left out
	 * @return the usable contributions, in the registry's order
	 */
	public static List<IndicatorDescriptor> read(IExtensionRegistry registry, String extensionPointId,
			List<ContributionProblem> problems) {
		List<IndicatorDescriptor> descriptors = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(extensionPointId)) {
			if (!"indicator".equals(element.getName())) {
				continue;
			}
			String contributor = element.getContributor().getName();
			String id = Optional.ofNullable(element.getAttribute("id")).filter(s -> !s.isBlank()).orElse(NO_ID);
			try {
				descriptors.add(describe(element, id, contributor));
			} catch (IllegalArgumentException e) {
				problems.add(new ContributionProblem(contributor, id, e.getMessage()));
			}
		}
		return descriptors;
	}

	private static IndicatorDescriptor describe(IConfigurationElement element, String id, String contributor) {
		if (NO_ID.equals(id)) {
			throw new IllegalArgumentException("attribute 'id' is missing");
		}
		Unit unit = parse(element, "unit", Unit::forName, Unit.values(), Unit::name);
		Domain domain = parse(element, "domain", Domain::forToken, Domain.values(), Domain::token);
		Direction direction = parse(element, "direction", Direction::forToken, Direction.values(), Direction::token);
		Role role = parse(element, "role", Role::forToken, Role.values(), Role::token);
		double weight = weight(element, role);
		List<String> variables = new ArrayList<>();
		for (IConfigurationElement variable : element.getChildren("variable")) {
			variables.add(required(variable, "id").strip());
		}
		String labelNl = required(element, "labelNl");
		String labelEn = required(element, "labelEn");
		Indicator indicator = create(element);
		return new IndicatorDescriptor(id, labelNl, labelEn, unit, domain, direction, role, weight, variables,
				contributor, indicator);
	}

	private static String required(IConfigurationElement element, String attribute) {
		String value = element.getAttribute(attribute);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("attribute '" + attribute + "' is missing"
					+ (element.getName().equals("indicator") ? "" : " on element '" + element.getName() + "'"));
		}
		return value;
	}

	private static <T> T parse(IConfigurationElement element, String attribute, Function<String, Optional<T>> lookup,
			T[] allowed, Function<T, String> token) {
		String value = required(element, attribute).strip();
		return lookup.apply(value).orElseThrow(() -> new IllegalArgumentException(attribute + " '" + value
				+ "' is not one of " + Arrays.stream(allowed).map(token).collect(Collectors.joining(", "))));
	}

	private static double weight(IConfigurationElement element, Role role) {
		String value = element.getAttribute("defaultWeight");
		if (value == null || value.isBlank()) {
			return role == Role.CONTEXT ? 0 : 1;
		}
		try {
			return Double.parseDouble(value.strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("defaultWeight '" + value + "' is not a number", e);
		}
	}

	private static Indicator create(IConfigurationElement element) {
		String className = required(element, "class");
		Object created;
		try {
			created = element.createExecutableExtension("class");
		} catch (CoreException e) {
			throw new IllegalArgumentException("class " + className + " cannot be created: " + e.getMessage(), e);
		}
		if (created instanceof Indicator indicator) {
			return indicator;
		}
		throw new IllegalArgumentException("class " + className + " does not implement " + Indicator.class.getName());
	}
}
