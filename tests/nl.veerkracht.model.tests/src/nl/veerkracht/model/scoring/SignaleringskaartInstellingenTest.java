package nl.veerkracht.model.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.Normalisatie;
import nl.veerkracht.model.Referentie;
import nl.veerkracht.model.Signaleringskaart;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.persistence.AnalyseFiles;
import nl.veerkracht.model.scoring.SignaleringskaartException.Problem;
import nl.veerkracht.model.tests.FullAnalyse;

/**
 * A signal map's settings kept in an analysis file and read back are the settings that were kept: files
 * relative to the analysis where they lie in its folder and absolute elsewhere, weights in their order;
 * missing files and settings out of range are named with the analysis.
 */
class SignaleringskaartInstellingenTest {

	@TempDir
	Path folder;

	@TempDir
	Path elsewhere;

	private Path analyseFile;
	private Path kwb2015;
	private Path kwb2016;
	private Path grenzen;

	@BeforeEach
	void files() throws Exception {
		Path project = Files.createDirectories(folder.resolve("rotterdam"));
		analyseFile = project.resolve("rotterdam.veerkracht");
		kwb2015 = write(project.resolve("cbs/kwb 2015.csv"));
		kwb2016 = write(project.resolve("cbs/kwb-2016.csv"));
		grenzen = write(elsewhere.resolve("buurten_2016.geojson"));
	}

	@Test
	void savedSettingsLoadAsTheyWereWithFilesRelativeInsideTheAnalysisFolderAndAbsoluteOutside() throws Exception {
		Map<String, Double> weights = new LinkedHashMap<>();
		weights.put("woz", 0.5);
		weights.put("laag_inkomen", 2.0);
		weights.put("bijstand", 0.0);
		weights.put("eenpersoons", 1.25);
		SignalMapSettings settings = new SignalMapSettings(List.of(kwb2016, kwb2015), grenzen, Optional.of("GM0599"),
				Referentie.ALLE, Normalisatie.RANG, 0.8, OptionalInt.of(2016), weights);
		Analyse analyse = VeerkrachtFactory.eINSTANCE.createAnalyse();
		analyse.setName("Rotterdam");
		analyse.setSignaleringskaart(SignaleringskaartInstellingen.create(settings, analyseFile));

		AnalyseFiles.save(analyse, analyseFile);
		Analyse loaded = AnalyseFiles.load(analyseFile);

		Signaleringskaart kaart = loaded.getSignaleringskaart();
		assertEquals(List.of("cbs/kwb-2016.csv", "cbs/kwb%202015.csv"), kaart.getKwbBestanden());
		assertEquals(grenzen.toUri().toString(), kaart.getGrenzen());
		assertTrue(kaart.getGrenzen().startsWith("file:/"), kaart.getGrenzen());
		assertEquals(List.of("woz", "laag_inkomen", "bijstand", "eenpersoons"),
				List.copyOf(SignaleringskaartInstellingen.weights(kaart).keySet()));
		SignalMapSettings read = SignaleringskaartInstellingen.settings(kaart, analyseFile);
		assertEquals(settings, read);
		assertEquals(List.copyOf(weights.keySet()), List.copyOf(read.weights().keySet()), "the weights keep their order");
		assertEquals(List.of(kwb2016, kwb2015), read.kwbFiles());
		assertTrue(EcoreUtil.equals(analyse, loaded));
	}

	@Test
	void theAnalysisAndItsDataMoveTogether() throws Exception {
		Analyse analyse = VeerkrachtFactory.eINSTANCE.createAnalyse();
		Path inside = write(analyseFile.resolveSibling("grenzen/buurten.geojson"));
		analyse.setSignaleringskaart(SignaleringskaartInstellingen.create(
				SignalMapSettings.defaults(List.of(kwb2016), inside), analyseFile));
		AnalyseFiles.save(analyse, analyseFile);
		Path moved = folder.resolve("verhuisd");
		Files.move(analyseFile.getParent(), moved);

		Path movedFile = moved.resolve("rotterdam.veerkracht");
		SignalMapSettings read = SignaleringskaartInstellingen.settings(AnalyseFiles.load(movedFile).getSignaleringskaart(),
				movedFile);

		assertEquals(List.of(moved.resolve("cbs/kwb-2016.csv")), read.kwbFiles());
		assertEquals(moved.resolve("grenzen/buurten.geojson"), read.boundaries());
	}

	@Test
	void newSettingsHaveTheDefaultsOfTheModel() throws Exception {
		SignalMapSettings settings = SignalMapSettings.defaults(List.of(kwb2016), grenzen);

		Signaleringskaart kaart = SignaleringskaartInstellingen.create(settings, analyseFile);

		Signaleringskaart fresh = VeerkrachtFactory.eINSTANCE.createSignaleringskaart();
		assertEquals(fresh.getJaar(), kaart.getJaar());
		assertEquals(0, kaart.getJaar(), "0 is the latest year");
		assertNull(kaart.getGemeenteCode(), "all buurten");
		assertEquals(fresh.getReferentie(), kaart.getReferentie());
		assertEquals(fresh.getNormalisatie(), kaart.getNormalisatie());
		assertEquals(fresh.getMinimaleDekking(), kaart.getMinimaleDekking());
		assertEquals(0.6, kaart.getMinimaleDekking());
		assertTrue(kaart.getGewichten().isEmpty());
		assertEquals(settings, SignaleringskaartInstellingen.settings(kaart, analyseFile));
	}

	@Test
	void aMissingFileIsNamedWithTheAnalysis() throws Exception {
		Signaleringskaart kaart = SignaleringskaartInstellingen.create(
				SignalMapSettings.defaults(List.of(kwb2015, kwb2016), grenzen), analyseFile);
		Files.delete(kwb2016);

		SignaleringskaartException failure = assertThrows(SignaleringskaartException.class,
				() -> SignaleringskaartInstellingen.settings(kaart, analyseFile));

		assertEquals(Problem.MISSING_FILE, failure.getProblem());
		assertEquals(analyseFile, failure.getAnalyseFile());
		assertEquals(List.of(kwb2016), failure.getFiles());
		assertEquals(analyseFile + ": the signal map's KWB file kwb-2016.csv (" + kwb2016 + ") does not exist",
				failure.getMessage());
	}

	@Test
	void everyMissingFileIsNamed() throws Exception {
		Signaleringskaart kaart = SignaleringskaartInstellingen.create(
				SignalMapSettings.defaults(List.of(kwb2015, kwb2016), grenzen), analyseFile);
		Files.delete(kwb2015);
		Files.delete(grenzen);

		SignaleringskaartException failure = assertThrows(SignaleringskaartException.class,
				() -> SignaleringskaartInstellingen.settings(kaart, analyseFile));

		assertEquals(List.of(kwb2015, grenzen), failure.getFiles());
		assertTrue(failure.getMessage().startsWith(analyseFile + ": "), failure.getMessage());
		assertTrue(failure.getMessage().contains("KWB file kwb 2015.csv") && failure.getMessage().contains(
				"boundary layer buurten_2016.geojson (" + grenzen + ") do not exist"), failure.getMessage());
	}

	@Test
	void settingsWithoutFilesOrWithAnUnusableLocationAreRefused() throws Exception {
		assertRefused(k -> k.getKwbBestanden().clear(), Problem.INCOMPLETE, "the signal map names no KWB file");
		assertRefused(k -> k.setGrenzen(" "), Problem.INCOMPLETE, "the signal map names no buurt boundary layer");
		assertRefused(k -> k.setGrenzen("https://service.pdok.nl/wijken.geojson"), Problem.BAD_LOCATION,
				"the signal map's boundary layer 'https://service.pdok.nl/wijken.geojson' is not a usable file location");
	}

	@Test
	void settingsOutOfRangeAreRefused() throws Exception {
		assertRefused(k -> k.setGemeenteCode("Rotterdam"), Problem.INVALID_SETTING, "'Rotterdam'");
		assertRefused(k -> k.setJaar(-1), Problem.INVALID_SETTING, "-1");
		assertRefused(k -> k.setMinimaleDekking(0), Problem.INVALID_SETTING, "(0, 1]");
		assertRefused(k -> k.getGewichten().get(0).setGewicht(-0.5), Problem.INVALID_SETTING,
				"The weight of laag_inkomen must be finite and not negative: -0.5");
		assertRefused(k -> k.getGewichten().get(1).setIndicatorId("laag_inkomen"), Problem.INVALID_SETTING,
				"The indicator laag_inkomen has more than one weight");
	}

	@Test
	void aGemeenteCodeIsReadInCapitals() throws Exception {
		Signaleringskaart kaart = valid();
		kaart.setGemeenteCode(" gm0599 ");

		assertEquals(Optional.of("GM0599"), SignaleringskaartInstellingen.settings(kaart, analyseFile).gemeente());
	}

	@Test
	void weightsAreReadInTheirOrderAndRefusedWhenTheyCannotBeUsed() {
		Signaleringskaart kaart = VeerkrachtFactory.eINSTANCE.createSignaleringskaart();
		kaart.getGewichten().add(FullAnalyse.gewicht("woz", 1.5));
		kaart.getGewichten().add(FullAnalyse.gewicht("bijstand", 0));
		kaart.getGewichten().add(FullAnalyse.gewicht("ao", 3));

		Map<String, Double> weights = SignaleringskaartInstellingen.weights(kaart);

		assertEquals(List.of(Map.entry("woz", 1.5), Map.entry("bijstand", 0.0), Map.entry("ao", 3.0)),
				List.copyOf(weights.entrySet()));
		assertThrows(UnsupportedOperationException.class, () -> weights.put("x", 1.0));
		kaart.getGewichten().add(FullAnalyse.gewicht("woz", 2));
		assertThrows(IllegalArgumentException.class, () -> SignaleringskaartInstellingen.weights(kaart));
		kaart.getGewichten().remove(3);
		kaart.getGewichten().get(2).setGewicht(Double.POSITIVE_INFINITY);
		assertThrows(IllegalArgumentException.class, () -> SignaleringskaartInstellingen.weights(kaart));
		kaart.getGewichten().get(2).setGewicht(Double.NaN);
		assertThrows(IllegalArgumentException.class, () -> SignaleringskaartInstellingen.weights(kaart));
		kaart.getGewichten().get(2).setGewicht(1);
		kaart.getGewichten().get(2).setIndicatorId("");
		IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
				() -> SignaleringskaartInstellingen.weights(kaart));
		assertEquals("A weight (1.0) names no indicator", blank.getMessage());
	}

	@Test
	void readingTheSettingsLeavesTheAnalysisAlone() throws Exception {
		Signaleringskaart kaart = valid();
		Signaleringskaart before = EcoreUtil.copy(kaart);

		SignaleringskaartInstellingen.settings(kaart, analyseFile);
		Files.delete(grenzen);
		assertThrows(SignaleringskaartException.class, () -> SignaleringskaartInstellingen.settings(kaart, analyseFile));

		assertTrue(EcoreUtil.equals(before, kaart));
		assertFalse(Files.exists(analyseFile), "nothing is written");
	}

	private Signaleringskaart valid() {
		Map<String, Double> weights = new LinkedHashMap<>();
		weights.put("laag_inkomen", 1.0);
		weights.put("bijstand", 1.0);
		return SignaleringskaartInstellingen.create(
				SignalMapSettings.defaults(List.of(kwb2015), grenzen).withWeights(weights), analyseFile);
	}

	private void assertRefused(Consumer<Signaleringskaart> change, Problem problem, String detail) {
		Signaleringskaart kaart = valid();
		change.accept(kaart);

		SignaleringskaartException failure = assertThrows(SignaleringskaartException.class,
				() -> SignaleringskaartInstellingen.settings(kaart, analyseFile));

		assertEquals(problem, failure.getProblem(), failure.getMessage());
		assertEquals(analyseFile, failure.getAnalyseFile());
		assertTrue(failure.getMessage().startsWith(analyseFile + ": "), failure.getMessage());
		assertTrue(failure.getMessage().contains(detail), failure.getMessage());
	}

	private static Path write(Path file) throws Exception {
		Files.createDirectories(file.getParent());
		return Files.writeString(file, "gemeente;buurt\n", StandardCharsets.UTF_8);
	}
}
