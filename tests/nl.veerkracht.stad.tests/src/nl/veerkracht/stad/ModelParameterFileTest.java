package nl.veerkracht.stad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.model.Handelingsperspectief;

/** The parameter file beside an analysis: written, read back, and errors named by file and line. */
class ModelParameterFileTest {

	@TempDir
	Path folder;

	@Test
	void liesBesideTheAnalysis() {
		assertEquals(folder.resolve("rotterdam.stadmodel"),
				ModelParameterFile.besideAnalyse(folder.resolve("rotterdam.veerkracht")));
	}

	@Test
	void writesAndReadsBackEveryParameter() throws Exception {
		ModelParameters defaults = ModelParameters.defaults();
		ModelParameters edited = defaults
				.withTurnover(defaults.turnover().with(Segment.KOOP, 0.04))
				.withCopingRate(0.5)
				.withIntensities(defaults.intensities().with(Handelingsperspectief.HERPOSITIONERING, 4, 0.8));
		Path file = folder.resolve("a.stadmodel");
		ModelParameterFile.write(edited, file);
		assertEquals(edited, ModelParameterFile.read(file));
		String text = Files.readString(file);
		assertTrue(text.contains("intensiteit.herpositionering = 0 0.15 0.3 0.45 0.8"), text);
		assertTrue(text.contains("doorstroom.koop = 0.04"), text);
	}

	@Test
	void missingKeysKeepTheirDefaultsAndAMissingFileGivesTheDefaults() throws Exception {
		Path file = write("# only one\nintensiteit.leefomgeving = 0 1 2 3 4\n");
		ModelParameters read = ModelParameterFile.read(file);
		assertEquals(ModelParameters.defaults().withIntensities(ModelParameters.defaults().intensities()
				.with(Handelingsperspectief.LEEFOMGEVING, 1, 1).with(Handelingsperspectief.LEEFOMGEVING, 2, 2)
				.with(Handelingsperspectief.LEEFOMGEVING, 3, 3).with(Handelingsperspectief.LEEFOMGEVING, 4, 4)), read);
		assertEquals(ModelParameters.defaults(), ModelParameterFile.readOrDefaults(folder.resolve("none.stadmodel")));
	}

	@Test
	void errorsNameTheFileTheLineAndTheProblem() throws Exception {
		assertError("doorstroom.koop = 0.05\nonzin = 1\n", 2, "onbekende sleutel 'onzin'");
		assertError("doorstroom.koop = 0,05\n", 1, "geen getal");
		assertError("\n\ndoorstroom.koop = 1.5\n", 3, "ongeldige waarde");
		assertError("intensiteit.herpositionering = 0 0.1 0.2\n", 1, "5 getallen");
		assertError("vervanging.koop = 0.9\n", 1, "sum to 1");
		assertError("doorstroom.koop\n", 1, "sleutel = waarde");
		assertError("doorstroom.koop = 0.1\ndoorstroom.koop = 0.2\n", 2, "regel 1");
	}

	private void assertError(String text, int line, String message) throws Exception {
		Path file = write(text);
		ParameterFileException error = assertThrows(ParameterFileException.class, () -> ModelParameterFile.read(file));
		assertEquals(line, error.line(), error.getMessage());
		assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
		assertTrue(error.getMessage().contains(message), error.getMessage());
	}

	private Path write(String text) throws Exception {
		Path file = Files.createTempFile(folder, "p", ".stadmodel");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}
}
