package nl.veerkracht.scoring.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.scoring.engine.Reference;

/**
 * Parsing and checking of the score command's arguments.
 */
class ScoreArgumentsTest {

	@TempDir
	Path dir;

	private Path kwb2015;
	private Path kwb2016;
	private Path grenzen;

	@BeforeEach
	void files() throws IOException {
		kwb2015 = Files.writeString(dir.resolve("kwb2015.csv"), "x");
		kwb2016 = Files.writeString(dir.resolve("kwb2016.csv"), "x");
		grenzen = Files.writeString(dir.resolve("buurten.geojson"), "{}");
	}

	private String message(String... args) {
		return assertThrows(UsageException.class, () -> ScoreArguments.parse(args)).getMessage();
	}

	@Test
	void allOptionsInAnyOrder() throws UsageException {
		ScoreArguments arguments = ScoreArguments.parse(new String[] { "--out", dir.resolve("uit").toString(), "--jaar",
				"2016", "--kwb", kwb2015.toString(), kwb2016.toString(), "--grenzen", grenzen.toString(), "--gemeente",
				"gm0599", "--referentie", "alle" });
		assertEquals(List.of(kwb2015, kwb2016), arguments.kwbFiles());
		assertEquals(grenzen, arguments.boundaries());
		assertEquals(OptionalInt.of(2016), arguments.year());
		assertEquals(Optional.of("GM0599"), arguments.gemeente());
		assertEquals(Reference.ALL, arguments.reference());
		assertEquals(dir.resolve("uit"), arguments.out());
	}

	@Test
	void defaultsAreTheLatestYearAllBuurtenAndTheGemeenteReference() throws UsageException {
		ScoreArguments arguments = ScoreArguments.parse(
				new String[] { "--kwb", kwb2015.toString(), "--grenzen", grenzen.toString(), "--out", dir.toString() });
		assertEquals(OptionalInt.empty(), arguments.year());
		assertEquals(Optional.empty(), arguments.gemeente());
		assertEquals(Reference.GEMEENTE, arguments.reference());
	}

	@Test
	void missingRequiredOptionsAreNamed() {
		assertTrue(message("--grenzen", grenzen.toString(), "--out", dir.toString()).startsWith("--kwb is missing"));
		assertTrue(message("--kwb", kwb2015.toString(), "--out", dir.toString()).startsWith("--grenzen is missing"));
		assertTrue(message("--kwb", kwb2015.toString(), "--grenzen", grenzen.toString()).startsWith("--out is missing"));
		assertEquals("--kwb: give at least one KWB file", message("--kwb", "--grenzen", grenzen.toString()));
		assertEquals("--jaar needs a value", message("--jaar"));
	}

	@Test
	void aMissingInputFileIsNamedWithItsOption() {
		Path absent = dir.resolve("kwb2099.csv");
		assertEquals("--kwb: file not found: " + absent, message("--kwb", kwb2015.toString(), absent.toString()));
		assertEquals("--grenzen: not a readable file: " + dir, message("--grenzen", dir.toString()));
	}

	@Test
	void malformedValuesAreRefused() {
		assertTrue(message("--jaar", "16").startsWith("--jaar: '16' is not a year"));
		assertTrue(message("--gemeente", "0599").startsWith("--gemeente: '0599' is not a gemeente code"));
		assertTrue(message("--referentie", "land").startsWith("--referentie: 'land'"));
		assertEquals("unknown argument '--year'", message("--year", "2016"));
		assertEquals("unknown argument 'extra.csv'", message("extra.csv"));
		assertEquals("--jaar is given twice", message("--jaar", "2015", "--jaar", "2016"));
	}

	@Test
	void theOutputMustBeADirectoryWithAnExistingParent() {
		assertTrue(message("--out", kwb2015.toString()).endsWith("exists and is not a directory"));
		assertTrue(message("--out", dir.resolve("a/b").toString()).startsWith("--out: the parent directory"));
	}
}
