package nl.veerkracht.stad;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A city input made from data, with an account of what the data did not give.
 *
 * @param input     the city at the start year
 * @param skipped   buurten of the data left out of the input, with the reason
 * @param estimated codes of buurten in the input whose vulnerable share or stock split was not in the data and
 *                  took the documented defaults of {@link SyntheticStock}
 */
public record CityInput(StadInput input, List<SkippedBuurt> skipped, Set<String> estimated) {

	/** Checks the arguments and copies the collections. */
	public CityInput {
		Objects.requireNonNull(input, "input");
		skipped = List.copyOf(skipped);
		estimated = Set.copyOf(estimated);
	}
}
