package nl.veerkracht.cbs.data;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import nl.veerkracht.cbs.catalogue.PercentageDerivation;
import nl.veerkracht.cbs.catalogue.Variable;
import nl.veerkracht.cbs.catalogue.VariableCatalogue;

/**
 * Applies the catalogue's {@link PercentageDerivation} rules: where a region and year have the counts of a
 * percentage variable but not the percentage itself, it adds the percentage computed as
 * <em>100 &times; numerator / denominator</em> of that same region and year. Published percentages are never
 * overwritten; the count variables stay as they are, so a count and a percentage are never mixed in one
 * variable. A derived observation's {@link Observation#source()} names the rule and its inputs. If an input
 * is missing or the denominator is 0, the derived observation is missing with
 * {@link MissingReason#NOT_DERIVABLE}.
 */
public final class PercentageDeriver {

	private final VariableCatalogue catalogue;

	/**
	 * Creates a deriver for the rules of a catalogue.
	 *
	 * @param catalogue the catalogue whose {@code derive} rules to apply
	 */
	public PercentageDeriver(VariableCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/**
	 * Returns the data with derived percentages added.
	 *
	 * @param data the data as read
	 * @return the data plus derived observations; {@code data} itself if nothing could be derived
	 */
	public CbsData derive(CbsData data) {
		List<Observation> derived = new ArrayList<>();
		for (Variable variable : catalogue.variables()) {
			variable.derivation().ifPresent(rule -> derived.addAll(derive(data, variable, rule)));
		}
		if (derived.isEmpty()) {
			return data;
		}
		CbsData.Builder builder = new CbsData.Builder();
		data.warnings().forEach(builder::warn);
		data.regions().forEach(builder::addRegion);
		data.observations().forEach(builder::add);
		derived.forEach(builder::add);
		return builder.build();
	}

	private static List<Observation> derive(CbsData data, Variable variable, PercentageDerivation rule) {
		List<Observation> result = new ArrayList<>();
		for (Observation numerator : data.observations()) {
			if (!numerator.variableId().equals(rule.numeratorId())
					|| data.observation(numerator.region(), variable.id(), numerator.year()).isPresent()) {
				continue;
			}
			String source = "derived: " + rule.describe() + " of " + numerator.region() + " " + numerator.year();
			OptionalDouble denominator = data.observation(numerator.region(), rule.denominatorId(), numerator.year())
					.map(Observation::value).orElse(OptionalDouble.empty());
			if (numerator.isMissing() || denominator.isEmpty() || denominator.getAsDouble() == 0) {
				result.add(Observation.missing(numerator.region(), variable.id(), numerator.year(),
						MissingReason.NOT_DERIVABLE, source));
			} else {
				double percentage = 100 * numerator.value().getAsDouble() / denominator.getAsDouble();
				result.add(Observation.measured(numerator.region(), variable.id(), numerator.year(), percentage, source));
			}
		}
		return result;
	}
}
