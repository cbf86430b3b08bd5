package nl.veerkracht.scoring.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.scoring.engine.ScoringParameters;

/**
 * What a signal map was made from: the KWB files, the buurt boundaries, the gemeente and the scoring
 * parameters. Kept with the {@link SignalMapSession} so that the map can be saved in an analysis and made
 * again from it.
 *
 * @param kwbFiles   the CBS Kerncijfers wijken en buurten files, one or more years
 * @param boundaries the buurt boundary file
 * @param gemeente   the gemeente code the buurten were limited to (e.g. {@code GM0599}), or empty for all
 * @param parameters reference, normalisation, minimum coverage and class rule
 */
public record SignalMapInputs(List<Path> kwbFiles, Path boundaries, Optional<String> gemeente,
		ScoringParameters parameters) {

	/**
	 * Validates and copies the components.
	 *
	 * @throws NullPointerException     if a component is {@code null}
	 * @throws IllegalArgumentException if there is no KWB file
	 */
	public SignalMapInputs {
		kwbFiles = List.copyOf(kwbFiles);
		Objects.requireNonNull(boundaries, "boundaries");
		Objects.requireNonNull(gemeente, "gemeente");
		Objects.requireNonNull(parameters, "parameters");
		if (kwbFiles.isEmpty()) {
			throw new IllegalArgumentException("a signal map needs at least one KWB file");
		}
	}
}
