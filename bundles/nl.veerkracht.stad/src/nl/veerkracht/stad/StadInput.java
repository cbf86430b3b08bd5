package nl.veerkracht.stad;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The city as it is at the start of a simulation: its buurten with stock and households.
 *
 * @param startYear the calendar year of the start state (e.g. 2016); simulated years follow it
 * @param buurten   the buurten, each code once; their order is the order of every result
 */
public record StadInput(int startYear, List<BuurtStart> buurten) {

	/** Checks the arguments and copies the list. */
	public StadInput {
		buurten = List.copyOf(Objects.requireNonNull(buurten, "buurten"));
		if (buurten.isEmpty()) {
			throw new IllegalArgumentException("a city needs at least one buurt");
		}
		Set<String> codes = new HashSet<>();
		for (BuurtStart buurt : buurten) {
			if (!codes.add(buurt.code())) {
				throw new IllegalArgumentException("buurt code occurs twice: " + buurt.code());
			}
		}
	}

	/**
	 * @param code a buurt code
	 * @return the position of that buurt in {@link #buurten()}, or -1
	 */
	public int indexOf(String code) {
		for (int i = 0; i < buurten.size(); i++) {
			if (buurten.get(i).code().equals(code)) {
				return i;
			}
		}
		return -1;
	}
}
