package nl.veerkracht.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

import nl.veerkracht.cbs.catalogue.VariableCatalogue;
import nl.veerkracht.scoring.internal.ExtensionIndicators;

/**
 * The indicators known to the workbench: those contributed through the extension point
 * {@value #EXTENSION_POINT} (see its schema), or, outside OSGi, a list given in plain Java. The default
 * indicators are contributed through the same point as any other plug-in's.
 * <p>
 * A broken contribution (an attribute missing or misspelt, a variable the catalogue does not know, a class
 * that cannot be created or does not implement {@link Indicator}, an id used twice) is left out and
 * recorded as a {@link ContributionProblem} naming the plug-in and the indicator id; the other indicators
 * stay usable. Immutable and thread-safe.
 */
public final class IndicatorRegistry {

	/** The id of the extension point through which indicators are contributed. */
	public static final String EXTENSION_POINT = "nl.veerkracht.scoring.indicators";

	private static volatile IndicatorRegistry defaultRegistry;

	private final Map<String, IndicatorDescriptor> indicators;
	private final List<ContributionProblem> problems;

	private IndicatorRegistry(Map<String, IndicatorDescriptor> indicators, List<ContributionProblem> problems) {
		this.indicators = indicators;
		this.problems = List.copyOf(problems);
	}

	/**
	 * Returns the indicators contributed through the extension point, read once; problems are also logged.
	 *
	 * @return the registry
	 * @throws IllegalStateException when no extension registry is running (outside OSGi: use {@link #of(List)})
	 */
	public static IndicatorRegistry getDefault() {
		IndicatorRegistry result = defaultRegistry;
		if (result == null) {
			synchronized (IndicatorRegistry.class) {
				result = defaultRegistry;
				if (result == null) {
					IExtensionRegistry registry = RegistryFactory.getRegistry();
					if (registry == null) {
						throw new IllegalStateException("No extension registry: outside OSGi, use IndicatorRegistry.of(...)");
					}
					result = fromExtensionRegistry(registry, VariableCatalogue.standard());
					System.Logger log = System.getLogger(IndicatorRegistry.class.getName());
					result.problems.forEach(problem -> log.log(System.Logger.Level.ERROR, problem.message()));
					defaultRegistry = result;
				}
			}
		}
		return result;
	}

	/**
	 * Reads the contributions of an extension registry (the running one, or one a test builds).
	 *
	 * @param registry the extension registry
	 * @param catalogue the catalogue the declared variables must come from
	 * @return the registry of the valid contributions, with the problems of the others
	 */
	public static IndicatorRegistry fromExtensionRegistry(IExtensionRegistry registry, VariableCatalogue catalogue) {
		List<ContributionProblem> problems = new ArrayList<>();
		List<IndicatorDescriptor> read = ExtensionIndicators.read(registry, EXTENSION_POINT, problems);
		return assemble(catalogue, read, problems);
	}

	/**
	 * Registers indicators in plain Java, with the bundled catalogue, for tests and programs outside OSGi.
	 *
	 * @param descriptors the indicators, in order
	 * @return the registry
	 * @throws IllegalArgumentException if an indicator reads a variable the catalogue does not know or an id
	 *             occurs twice; the message names the indicator and its contributor
	 */
	public static IndicatorRegistry of(List<IndicatorDescriptor> descriptors) {
		return of(VariableCatalogue.standard(), descriptors);
	}

	/**
	 * Registers indicators in plain Java against a given catalogue.
	 *
	 * @param catalogue the catalogue the declared variables must come from
	 * @param descriptors the indicators, in order
	 * @return the registry
	 * @throws IllegalArgumentException if a descriptor is invalid, as for {@link #of(List)}
	 */
	public static IndicatorRegistry of(VariableCatalogue catalogue, List<IndicatorDescriptor> descriptors) {
		List<ContributionProblem> problems = new ArrayList<>();
		IndicatorRegistry registry = assemble(catalogue, descriptors, problems);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(problems.get(0).message());
		}
		return registry;
	}

	private static IndicatorRegistry assemble(VariableCatalogue catalogue, List<IndicatorDescriptor> descriptors,
			List<ContributionProblem> problems) {
		Objects.requireNonNull(catalogue, "catalogue");
		Map<String, IndicatorDescriptor> byId = new LinkedHashMap<>();
		for (IndicatorDescriptor descriptor : descriptors) {
			List<String> unknown = descriptor.variables().stream()
					.filter(variable -> catalogue.variable(variable).isEmpty()).toList();
			IndicatorDescriptor earlier = byId.get(descriptor.id());
			if (!unknown.isEmpty()) {
				problems.add(new ContributionProblem(descriptor.contributor(), descriptor.id(),
						"the variable catalogue has no variable " + String.join(", ", unknown)));
			} else if (earlier != null) {
				problems.add(new ContributionProblem(descriptor.contributor(), descriptor.id(),
						"the id is already used by plug-in " + earlier.contributor()));
			} else {
				byId.put(descriptor.id(), descriptor);
			}
		}
		return new IndicatorRegistry(byId, problems);
	}

	/**
	 * Returns all usable indicators, in the order they were registered.
	 *
	 * @return the indicators
	 */
	public List<IndicatorDescriptor> indicators() {
		return List.copyOf(indicators.values());
	}

	/**
	 * Returns the usable indicators of one role.
	 *
	 * @param role the role
	 * @return the indicators with that role, in registration order
	 */
	public List<IndicatorDescriptor> indicators(Role role) {
		return indicators.values().stream().filter(descriptor -> descriptor.role() == role).toList();
	}

	/**
	 * Finds an indicator.
	 *
	 * @param id the indicator id
	 * @return the indicator, empty if none is registered under that id
	 */
	public Optional<IndicatorDescriptor> indicator(String id) {
		return Optional.ofNullable(indicators.get(id));
	}

	/**
	 * Returns the contributions that were left out, and why.
	 *
	 * @return the problems, empty if every contribution was usable
	 */
	public List<ContributionProblem> problems() {
		return problems;
	}
}
