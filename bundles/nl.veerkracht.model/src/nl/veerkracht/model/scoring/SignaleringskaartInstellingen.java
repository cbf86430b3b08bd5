package nl.veerkracht.model.scoring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import nl.veerkracht.model.IndicatorGewicht;
import nl.veerkracht.model.Signaleringskaart;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.maps.LayerLocations;
import nl.veerkracht.model.scoring.SignaleringskaartException.Problem;

/**
 * Keeps signal maps in analyses: {@link #create} turns {@link SignalMapSettings} into a
 * {@link Signaleringskaart} (files relative to the analysis file's folder where they lie in it, as
 * {@link nl.veerkracht.model.KaartLaag} keeps its data file), and {@link #settings} reads them back,
 * resolving the files against the analysis file and naming every one that is missing. {@link #weights}
 * gives the analyst's weights alone. Nothing here changes an analysis.
 */
public final class SignaleringskaartInstellingen {

	private SignaleringskaartInstellingen() {
	}

	/**
	 * Makes the settings to keep in an analysis. To put them in, set
	 * {@link nl.veerkracht.model.Analyse#setSignaleringskaart} (through a command where the analysis is
	 * edited in an editing domain).
	 *
	 * @param settings    the settings
	 * @param analyseFile the analysis file they will be kept in; files in its folder or below it are kept
	 *                    relative to that folder, others as absolute file URIs
	 * @return a new signal map, not yet part of any analysis
	 */
	public static Signaleringskaart create(SignalMapSettings settings, Path analyseFile) {
		Signaleringskaart kaart = VeerkrachtFactory.eINSTANCE.createSignaleringskaart();
		for (Path file : settings.kwbFiles()) {
			kaart.getKwbBestanden().add(LayerLocations.toUri(file, analyseFile));
		}
		kaart.setGrenzen(LayerLocations.toUri(settings.boundaries(), analyseFile));
		settings.gemeente().ifPresent(kaart::setGemeenteCode);
		kaart.setJaar(settings.year().orElse(0));
		kaart.setReferentie(settings.reference());
		kaart.setNormalisatie(settings.normalisation());
		kaart.setMinimaleDekking(settings.minCoverage());
		settings.weights().forEach((id, weight) -> {
			IndicatorGewicht gewicht = VeerkrachtFactory.eINSTANCE.createIndicatorGewicht();
			gewicht.setIndicatorId(id);
			gewicht.setGewicht(weight);
			kaart.getGewichten().add(gewicht);
		});
		return kaart;
	}

	/**
	 * Reads the settings kept in an analysis, to compute its signal map again.
	 *
	 * @param kaart       the signal map kept in the analysis; it is not changed
	 * @param analyseFile the analysis file, against whose folder relative file locations resolve
	 * @return the settings, with absolute paths to files that exist
	 * @throws SignaleringskaartException naming the analysis file when the settings name no KWB file or no
	 *                                    boundary layer ({@link Problem#INCOMPLETE}), a location is not a
	 *                                    local file ({@link Problem#BAD_LOCATION}), files do not exist (each
	 *                                    named, {@link Problem#MISSING_FILE}) or a setting is out of range
	 *                                    ({@link Problem#INVALID_SETTING})
	 */
	public static SignalMapSettings settings(Signaleringskaart kaart, Path analyseFile) throws SignaleringskaartException {
		if (kaart.getKwbBestanden().isEmpty()) {
			throw new SignaleringskaartException(analyseFile, Problem.INCOMPLETE, "the signal map names no KWB file", List.of(), null);
		}
		if (isBlank(kaart.getGrenzen())) {
			throw new SignaleringskaartException(analyseFile, Problem.INCOMPLETE, "the signal map names no buurt boundary layer",
					List.of(), null);
		}
		List<Path> kwbFiles = new ArrayList<>();
		for (String uri : kaart.getKwbBestanden()) {
			kwbFiles.add(path(uri, "KWB file", analyseFile));
		}
		Path boundaries = path(kaart.getGrenzen(), "boundary layer", analyseFile);
		requireExisting(kwbFiles, boundaries, analyseFile);
		try {
			Optional<String> gemeente = Optional.ofNullable(kaart.getGemeenteCode()).filter(code -> !code.isBlank());
			if (kaart.getJaar() < 0) {
				throw new IllegalArgumentException("The year must be 0 (the latest) or a year: " + kaart.getJaar());
			}
			OptionalInt year = kaart.getJaar() == 0 ? OptionalInt.empty() : OptionalInt.of(kaart.getJaar());
			return new SignalMapSettings(kwbFiles, boundaries, gemeente, kaart.getReferentie(), kaart.getNormalisatie(),
					kaart.getMinimaleDekking(), year, weights(kaart));
		} catch (IllegalArgumentException e) {
			throw new SignaleringskaartException(analyseFile, Problem.INVALID_SETTING, "the signal map cannot be made: "
					+ e.getMessage(), List.of(), e);
		}
	}

	/**
	 * @param kaart the signal map kept in an analysis
	 * @return the analyst's weight per indicator id in the order kept, unmodifiable; indicators without an
	 *         entry keep their default weight
	 * @throws IllegalArgumentException when an indicator id is blank or listed twice, or a weight is negative
	 *                                  or not finite
	 */
	public static Map<String, Double> weights(Signaleringskaart kaart) {
		Map<String, Double> weights = new LinkedHashMap<>();
		for (IndicatorGewicht gewicht : kaart.getGewichten()) {
			String id = gewicht.getIndicatorId();
			if (isBlank(id)) {
				throw new IllegalArgumentException("A weight (" + gewicht.getGewicht() + ") names no indicator");
			}
			double weight = gewicht.getGewicht();
			if (!(weight >= 0) || Double.isInfinite(weight)) {
				throw new IllegalArgumentException("The weight of " + id + " must be finite and not negative: " + weight);
			}
			if (weights.put(id, weight) != null) {
				throw new IllegalArgumentException("The indicator " + id + " has more than one weight");
			}
		}
		return Collections.unmodifiableMap(weights);
	}

	private static Path path(String uri, String what, Path analyseFile) throws SignaleringskaartException {
		try {
			return LayerLocations.toPath(uri, analyseFile);
		} catch (IllegalArgumentException e) {
			throw new SignaleringskaartException(analyseFile, Problem.BAD_LOCATION, "the signal map's " + what + " '" + uri
					+ "' is not a usable file location (" + e.getMessage() + ")", List.of(), e);
		}
	}

	private static void requireExisting(List<Path> kwbFiles, Path boundaries, Path analyseFile)
			throws SignaleringskaartException {
		List<Path> missing = new ArrayList<>();
		List<String> named = new ArrayList<>();
		for (Path file : kwbFiles) {
			if (!Files.isRegularFile(file)) {
				missing.add(file);
				named.add("KWB file " + file.getFileName() + " (" + file + ")");
			}
		}
		if (!Files.isRegularFile(boundaries)) {
			missing.add(boundaries);
			named.add("boundary layer " + boundaries.getFileName() + " (" + boundaries + ")");
		}
		if (!missing.isEmpty()) {
			throw new SignaleringskaartException(analyseFile, Problem.MISSING_FILE, "the signal map's "
					+ named.stream().collect(Collectors.joining(", ")) + (missing.size() == 1 ? " does" : " do")
					+ " not exist", missing, null);
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
