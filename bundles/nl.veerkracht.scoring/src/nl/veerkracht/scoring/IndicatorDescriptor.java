package nl.veerkracht.scoring;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import nl.veerkracht.cbs.catalogue.Unit;
import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.RegionCode;

/**
 * One indicator as contributed: what it is (id, labels, unit, domain), how it counts in the score
 * (direction, role, default weight), what it reads (catalogue variables) and who computes it.
 *
 * @param id the unique short id, lower-case letters, digits and underscores, starting with a letter (it
 *            becomes a column name in exports), for example {@code laag_inkomen}
 * @param labelNl the Dutch label
 * @param labelEn the English label
 * @param unit the unit of the computed values
 * @param domain the theme
 * @param direction whether a higher value is more vulnerable or more resilient
 * @param role the part it plays in the score
 * @param defaultWeight the weight before a user changes it, finite and at least 0; 0 for {@link Role#CONTEXT}
 * @param variables the catalogue variable ids it reads, at least one, each once
 * @param contributor who contributed it: the symbolic name of the contributing plug-in, or a name chosen by
 *            a plain-Java caller
 * @param indicator the computation
 */
public record IndicatorDescriptor(String id, String labelNl, String labelEn, Unit unit, Domain domain,
		Direction direction, Role role, double defaultWeight, List<String> variables, String contributor,
		Indicator indicator) {

	private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

	/**
	 * Checks and copies the arguments.
	 *
	 * @param id the id
	 * @param labelNl the Dutch label
	 * @param labelEn the English label
	 * @param unit the unit
	 * @param domain the domain
	 * @param direction the direction
	 * @param role the role
	 * @param defaultWeight the default weight
	 * @param variables the variables read
	 * @param contributor the contributor
	 * @param indicator the computation
	 * @throws IllegalArgumentException if a value breaks the rules above; the message says which
	 */
	public IndicatorDescriptor {
		Objects.requireNonNull(id, "id");
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException("id '" + id
					+ "' must be lower-case letters, digits and underscores, starting with a letter");
		}
		requireText(labelNl, "labelNl");
		requireText(labelEn, "labelEn");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(domain, "domain");
		Objects.requireNonNull(direction, "direction");
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(contributor, "contributor");
		Objects.requireNonNull(indicator, "indicator");
		if (!Double.isFinite(defaultWeight) || defaultWeight < 0) {
			throw new IllegalArgumentException("defaultWeight " + defaultWeight + " must be a finite number >= 0");
		}
		if (role == Role.CONTEXT && defaultWeight != 0) {
			throw new IllegalArgumentException("defaultWeight " + defaultWeight
					+ " must be 0 for role context: a context indicator is never part of the score");
		}
		if (variables.isEmpty()) {
			throw new IllegalArgumentException("declares no variables; name every catalogue variable it reads");
		}
		if (new LinkedHashSet<>(variables).size() != variables.size()) {
			throw new IllegalArgumentException("declares a variable twice: " + variables);
		}
		variables = List.copyOf(variables);
	}

	private static void requireText(String text, String name) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException(name + " is empty");
		}
	}

	/**
	 * Returns the label in the language of a locale: Dutch for {@code nl}, English otherwise.
	 *
	 * @param locale the locale
	 * @return the label
	 */
	public String label(Locale locale) {
		return "nl".equals(locale.getLanguage()) ? labelNl : labelEn;
	}

	/**
	 * Computes the indicator for one region and year.
	 *
	 * @param data the CBS data
	 * @param region the region
	 * @param year the year
	 * @return the value or missing with its cause
	 * @throws IllegalStateException if the indicator's code fails or returns nothing; the message names the
	 *             indicator, its contributor, the region and the year
	 */
	public IndicatorResult compute(CbsData data, RegionCode region, int year) {
		IndicatorResult result;
		try {
			result = indicator.compute(new IndicatorInput(data, region, year, new LinkedHashSet<>(variables)));
		} catch (RuntimeException e) {
			throw new IllegalStateException(describe() + " failed for " + region + " " + year + ": " + e.getMessage(),
					e);
		}
		if (result == null) {
			throw new IllegalStateException(describe() + " returned no result for " + region + " " + year);
		}
		return result;
	}

	/**
	 * Names the indicator and its contributor, for messages.
	 *
	 * @return for example {@code "indicator laag_inkomen of plug-in nl.veerkracht.scoring.indicators"}
	 */
	public String describe() {
		return "indicator " + id + " of plug-in " + contributor;
	}

	/**
	 * Starts a descriptor in plain Java, for tests and programs outside OSGi.
	 *
	 * @param id the id
	 * @param indicator the computation
	 * @return a builder; the default weight is 1, or 0 once the role is set to context
	 */
	public static Builder builder(String id, Indicator indicator) {
		return new Builder(id, indicator);
	}

	/**
	 * Builds an {@link IndicatorDescriptor} step by step.
	 */
	public static final class Builder {

		private final String id;
		private final Indicator indicator;
		private String labelNl;
		private String labelEn;
		private Unit unit;
		private Domain domain;
		private Direction direction;
		private Role role;
		private Double defaultWeight;
		private final List<String> variables = new ArrayList<>();
		private String contributor = "java";

		private Builder(String id, Indicator indicator) {
			this.id = id;
			this.indicator = indicator;
		}

		/**
		 * Sets the labels.
		 *
		 * @param dutch the Dutch label
		 * @param english the English label
		 * @return this builder
		 */
		public Builder labels(String dutch, String english) {
			this.labelNl = dutch;
			this.labelEn = english;
			return this;
		}

		/**
		 * Sets the unit.
		 *
		 * @param value the unit of the computed values
		 * @return this builder
		 */
		public Builder unit(Unit value) {
			this.unit = value;
			return this;
		}

		/**
		 * Sets the domain.
		 *
		 * @param value the domain
		 * @return this builder
		 */
		public Builder domain(Domain value) {
			this.domain = value;
			return this;
		}

		/**
		 * Sets the direction.
		 *
		 * @param value the direction
		 * @return this builder
		 */
		public Builder direction(Direction value) {
			this.direction = value;
			return this;
		}

		/**
		 * Sets the role.
		 *
		 * @param value the role
		 * @return this builder
		 */
		public Builder role(Role value) {
			this.role = value;
			return this;
		}

		/**
		 * Sets the default weight.
		 *
		 * @param value the weight, at least 0
		 * @return this builder
		 */
		public Builder defaultWeight(double value) {
			this.defaultWeight = value;
			return this;
		}

		/**
		 * Adds variables the indicator reads.
		 *
		 * @param ids catalogue variable ids
		 * @return this builder
		 */
		public Builder variables(String... ids) {
			variables.addAll(List.of(ids));
			return this;
		}

		/**
		 * Sets the contributor's name (default {@code java}).
		 *
		 * @param name the name shown in messages
		 * @return this builder
		 */
		public Builder contributor(String name) {
			this.contributor = name;
			return this;
		}

		/**
		 * Builds the descriptor.
		 *
		 * @return the descriptor
		 * @throws IllegalArgumentException if a value is missing or breaks the rules of {@link IndicatorDescriptor}
		 */
		public IndicatorDescriptor build() {
			try {
				double weight = defaultWeight != null ? defaultWeight : role == Role.CONTEXT ? 0 : 1;
				return new IndicatorDescriptor(id, labelNl, labelEn, unit, domain, direction, role, weight, variables,
						contributor, indicator);
			} catch (NullPointerException e) {
				throw new IllegalArgumentException("Indicator " + id + ": " + e.getMessage() + " is not set", e);
			}
		}
	}
}
