package nl.veerkracht.model.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.Normalisatie;
import nl.veerkracht.model.Referentie;

/** Signal-map settings are checked and copied once, and keep the order of their weights. */
class SignalMapSettingsTest {

	private static final Path KWB = Path.of("/data/cbs/kwb-2016.csv");
	private static final Path GRENZEN = Path.of("/data/pdok/buurten.geojson");

	@Test
	void pathsAreKeptAbsoluteAndNormalised() {
		SignalMapSettings settings = SignalMapSettings.defaults(List.of(Path.of("/data/cbs/../cbs/kwb-2016.csv")),
				Path.of("grenzen.geojson"));

		assertEquals(List.of(KWB), settings.kwbFiles());
		assertEquals(Path.of("grenzen.geojson").toAbsolutePath().normalize(), settings.boundaries());
		assertTrue(settings.boundaries().isAbsolute());
	}

	@Test
	void theDefaultsAreThoseOfANewSignalMap() {
		SignalMapSettings settings = SignalMapSettings.defaults(List.of(KWB), GRENZEN);

		assertEquals(Optional.empty(), settings.gemeente());
		assertEquals(Referentie.GEMEENTE, settings.reference());
		assertEquals(Normalisatie.ZSCORE, settings.normalisation());
		assertEquals(SignalMapSettings.DEFAULT_MIN_COVERAGE, settings.minCoverage());
		assertEquals(OptionalInt.empty(), settings.year());
		assertEquals(Map.of(), settings.weights());
	}

	@Test
	void weightsKeepTheirOrderAndCannotBeChangedAfterwards() {
		Map<String, Double> weights = new LinkedHashMap<>();
		weights.put("woz", 1.0);
		weights.put("ao", 0.25);
		weights.put("bijstand", 2.0);
		SignalMapSettings settings = SignalMapSettings.defaults(List.of(KWB), GRENZEN).withWeights(weights);
		weights.put("laag_inkomen", 3.0);

		assertEquals(List.of("woz", "ao", "bijstand"), List.copyOf(settings.weights().keySet()));
		assertThrows(UnsupportedOperationException.class, () -> settings.weights().put("x", 1.0));
		assertEquals(0.25, settings.weights().get("ao"));
	}

	@Test
	void theFileListIsCopied() {
		List<Path> files = new ArrayList<>(List.of(KWB));
		SignalMapSettings settings = SignalMapSettings.defaults(files, GRENZEN);
		files.add(Path.of("/data/cbs/kwb-2017.csv"));

		assertEquals(List.of(KWB), settings.kwbFiles());
		assertThrows(UnsupportedOperationException.class, () -> settings.kwbFiles().add(KWB));
	}

	@Test
	void aGemeenteCodeIsKeptInCapitals() {
		assertEquals(Optional.of("GM0599"), settings(Optional.of(" gm0599"), 0.6, OptionalInt.empty()).gemeente());
	}

	@Test
	void theYearCanBeChanged() {
		SignalMapSettings settings = SignalMapSettings.defaults(List.of(KWB), GRENZEN);

		assertEquals(OptionalInt.of(2016), settings.withYear(OptionalInt.of(2016)).year());
		assertEquals(settings, settings.withYear(OptionalInt.of(2016)).withYear(OptionalInt.empty()));
	}

	@Test
	void valuesOutOfRangeAreRefusedByName() {
		assertRefused("at least one KWB file", () -> SignalMapSettings.defaults(List.of(), GRENZEN));
		assertRefused("listed twice", () -> SignalMapSettings.defaults(List.of(KWB, Path.of("/data/./cbs/kwb-2016.csv")), GRENZEN));
		assertRefused("'Rotterdam'", () -> settings(Optional.of("Rotterdam"), 0.6, OptionalInt.empty()));
		assertRefused("'GM599'", () -> settings(Optional.of("GM599"), 0.6, OptionalInt.empty()));
		assertRefused("(0, 1]: 0.0", () -> settings(Optional.empty(), 0, OptionalInt.empty()));
		assertRefused("(0, 1]: 1.5", () -> settings(Optional.empty(), 1.5, OptionalInt.empty()));
		assertRefused("(0, 1]: NaN", () -> settings(Optional.empty(), Double.NaN, OptionalInt.empty()));
		assertRefused("positive", () -> settings(Optional.empty(), 0.6, OptionalInt.of(0)));
		SignalMapSettings valid = SignalMapSettings.defaults(List.of(KWB), GRENZEN);
		assertRefused("woz must be finite and not negative: -1.0", () -> valid.withWeights(Map.of("woz", -1.0)));
		assertRefused("woz must be finite and not negative: Infinity",
				() -> valid.withWeights(Map.of("woz", Double.POSITIVE_INFINITY)));
		assertRefused("woz must be finite and not negative: NaN", () -> valid.withWeights(Map.of("woz", Double.NaN)));
		assertRefused("needs an indicator id", () -> valid.withWeights(Map.of(" ", 1.0)));
		assertEquals(1.0, settings(Optional.empty(), 1, OptionalInt.empty()).minCoverage(), "1 is the full weight");
	}

	private static SignalMapSettings settings(Optional<String> gemeente, double minCoverage, OptionalInt year) {
		return new SignalMapSettings(List.of(KWB), GRENZEN, gemeente, Referentie.GEMEENTE, Normalisatie.ZSCORE,
				minCoverage, year, Map.of());
	}

	private static void assertRefused(String detail, Runnable creation) {
		IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, creation::run);
		assertTrue(failure.getMessage().contains(detail), failure.getMessage());
	}
}
