package nl.veerkracht.model.scoring;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

import nl.veerkracht.model.Normalisatie;
import nl.veerkracht.model.Referentie;

/**
 * Everything needed to compute a signal map again, as plain Java values: the files, the gemeente, the
 * year, the reference and normalisation, the minimum coverage and the analyst's weights. Immutable and
 * always valid; {@link SignaleringskaartInstellingen} converts it from and to the
 * {@link nl.veerkracht.model.Signaleringskaart} kept in an analysis.
 *
 * @param kwbFiles     the CBS Kerncijfers wijken en buurten files, at least one, each once; kept absolute and
 *                     normalised
 * @param boundaries   the buurt boundary layer; kept absolute and normalised
 * @param gemeente     the gemeente whose buurten are scored, as GM + 4 digits (kept in upper case), or empty
 *                     for all buurten of the boundary layer
 * @param reference    the regions each indicator is normalised against
 * @param normalisation z-score or rank
 * @param minCoverage  the minimum share of the total weight whose indicators must have a value for a buurt
 *                     to be scored, in (0, 1]
 * @param year         the year shown (positive), or empty for the latest year in the data
 * @param weights      the analyst's weight per indicator id, finite and not negative, in the order given
 *                     (unmodifiable, iteration order kept); indicators without an entry keep their default
 *                     weight
 */
public record SignalMapSettings(List<Path> kwbFiles, Path boundaries, Optional<String> gemeente,
		Referentie reference, Normalisatie normalisation, double minCoverage, OptionalInt year,
		Map<String, Double> weights) {

	/**
	 * The default minimum coverage, 0.6, as the scoring engine's: a buurt is scored when at least 60% of the
	 * weight has a value.
	 */
	public static final double DEFAULT_MIN_COVERAGE = 0.6;

	private static final Pattern GEMEENTE_CODE = Pattern.compile("GM\\d{4}");

	/**
	 * Checks and copies the values.
	 *
	 * @throws IllegalArgumentException naming the value that is wrong: no KWB file or one listed twice, a
	 *                                  gemeente that is not GM + 4 digits, a coverage outside (0, 1], a year
	 *                                  that is not positive, a blank indicator id or a weight that is negative
	 *                                  or not finite
	 * @throws NullPointerException     when a value or a list or map element is {@code null}
	 */
	public SignalMapSettings {
		kwbFiles = absolute(Objects.requireNonNull(kwbFiles, "kwbFiles"));
		boundaries = Objects.requireNonNull(boundaries, "boundaries").toAbsolutePath().normalize();
		gemeente = Objects.requireNonNull(gemeente, "gemeente").map(SignalMapSettings::gemeenteCode);
		Objects.requireNonNull(reference, "reference");
		Objects.requireNonNull(normalisation, "normalisation");
		if (!(minCoverage > 0 && minCoverage <= 1)) {
			throw new IllegalArgumentException("The minimum coverage must lie in (0, 1]: " + minCoverage);
		}
		Objects.requireNonNull(year, "year");
		if (year.isPresent() && year.getAsInt() <= 0) {
			throw new IllegalArgumentException("The year must be positive, or empty for the latest year: " + year.getAsInt());
		}
		weights = checkedWeights(Objects.requireNonNull(weights, "weights"));
	}

	/**
	 * Settings with the defaults of a new signal map: all buurten of the boundary layer, the latest year,
	 * the gemeente as reference, z-scores, {@link #DEFAULT_MIN_COVERAGE} and every indicator at its default
	 * weight.
	 *
	 * @param kwbFiles   the KWB files, at least one
	 * @param boundaries the buurt boundary layer
	 * @return the settings
	 */
	public static SignalMapSettings defaults(List<Path> kwbFiles, Path boundaries) {
		return new SignalMapSettings(kwbFiles, boundaries, Optional.empty(), Referentie.GEMEENTE, Normalisatie.ZSCORE,
				DEFAULT_MIN_COVERAGE, OptionalInt.empty(), Map.of());
	}

	/**
	 * @param newWeights the analyst's weights, in the order to keep
	 * @return these settings with those weights instead
	 * @throws IllegalArgumentException when an id is blank or a weight negative or not finite
	 */
	public SignalMapSettings withWeights(Map<String, Double> newWeights) {
		return new SignalMapSettings(kwbFiles, boundaries, gemeente, reference, normalisation, minCoverage, year, newWeights);
	}

	/**
	 * @param newYear the year to show, or empty for the latest year in the data
	 * @return these settings with that year instead
	 * @throws IllegalArgumentException when the year is not positive
	 */
	public SignalMapSettings withYear(OptionalInt newYear) {
		return new SignalMapSettings(kwbFiles, boundaries, gemeente, reference, normalisation, minCoverage, newYear, weights);
	}

	private static List<Path> absolute(List<Path> files) {
		if (files.isEmpty()) {
			throw new IllegalArgumentException("A signal map needs at least one KWB file");
		}
		List<Path> absolute = files.stream().map(file -> Objects.requireNonNull(file, "KWB file").toAbsolutePath().normalize())
				.toList();
		Set<Path> seen = new HashSet<>();
		for (Path file : absolute) {
			if (!seen.add(file)) {
				throw new IllegalArgumentException("The KWB file " + file + " is listed twice");
			}
		}
		return absolute;
	}

	private static String gemeenteCode(String code) {
		String normalised = code.strip().toUpperCase(Locale.ROOT);
		if (!GEMEENTE_CODE.matcher(normalised).matches()) {
			throw new IllegalArgumentException("Not a gemeente code (GM and 4 digits, e.g. GM0599): '" + code + "'");
		}
		return normalised;
	}

	private static Map<String, Double> checkedWeights(Map<String, Double> weights) {
		Map<String, Double> copy = new LinkedHashMap<>();
		weights.forEach((id, weight) -> {
			Objects.requireNonNull(id, "indicator id");
			Objects.requireNonNull(weight, () -> "weight of " + id);
			if (id.isBlank()) {
				throw new IllegalArgumentException("A weight needs an indicator id");
			}
			if (!(weight >= 0) || weight.isInfinite()) {
				throw new IllegalArgumentException("The weight of " + id + " must be finite and not negative: " + weight);
			}
			copy.put(id, weight);
		});
		return Collections.unmodifiableMap(copy);
	}
}
