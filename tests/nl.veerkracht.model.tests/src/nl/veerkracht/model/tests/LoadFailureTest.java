package nl.veerkracht.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.model.persistence.AnalyseFiles;
import nl.veerkracht.model.persistence.ModelFileException;
import nl.veerkracht.model.persistence.ModelFileException.Problem;

class LoadFailureTest {

	@TempDir
	Path folder;

	@Test
	void aTruncatedFileIsCorruptAndStaysAsItWas() throws Exception {
		Path file = folder.resolve("zaanstad.veerkracht");
		AnalyseFiles.save(FullAnalyse.create(), file);
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		Files.writeString(file, xml.substring(0, xml.length() / 2), StandardCharsets.UTF_8);

		assertRefused(file, Problem.CORRUPT, "not a readable Veerkracht analysis");
	}

	@Test
	void aFileThatIsNotXmlIsCorrupt() throws Exception {
		Path file = folder.resolve("notes.veerkracht");
		Files.writeString(file, "Poelenburg: vol op het orgel", StandardCharsets.UTF_8);

		assertRefused(file, Problem.CORRUPT, "not a readable Veerkracht analysis");
	}

	@Test
	void aFileWithAnUnknownElementIsCorrupt() throws Exception {
		Path file = folder.resolve("zaanstad.veerkracht");
		AnalyseFiles.save(FullAnalyse.create(), file);
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		Files.writeString(file, xml.replace("<gemeenten ", "<tekeningen naam=\"x\"/>\n  <gemeenten "), StandardCharsets.UTF_8);

		assertRefused(file, Problem.CORRUPT, "tekeningen");
	}

	@Test
	void aFileFromANewerModelVersionIsRefusedBeforeParsing() throws Exception {
		Path file = folder.resolve("zaanstad.veerkracht");
		AnalyseFiles.save(FullAnalyse.create(), file);
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		// version 4 added a feature this version does not know, and a new namespace
		String newer = xml.replace("modelVersion=\"3\"", "modelVersion=\"4\"")
				.replace("http://veerkracht.nl/model/1.0", "http://veerkracht.nl/model/4.0")
				.replace("<gemeenten ", "<kaarten naam=\"x\"/>\n  <gemeenten ");
		Files.writeString(file, newer, StandardCharsets.UTF_8);

		assertRefused(file, Problem.NEWER_VERSION, "model version 4; this version reads up to 3");
	}

	@Test
	void aFileWithoutModelVersionIsCorrupt() throws Exception {
		Path file = folder.resolve("zaanstad.veerkracht");
		AnalyseFiles.save(FullAnalyse.create(), file);
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		Files.writeString(file, xml.replace("modelVersion=\"3\"", ""), StandardCharsets.UTF_8);

		assertRefused(file, Problem.CORRUPT, "model version");
	}

	@Test
	void aFileWithADanglingReferenceIsRefused() throws Exception {
		Path file = folder.resolve("zaanstad.veerkracht");
		AnalyseFiles.save(FullAnalyse.create(), file);
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		int regio = xml.indexOf("regio=\"");
		int end = xml.indexOf('"', regio + 7);
		String broken = xml.substring(0, regio) + "regio=\"_doesNotExist\"" + xml.substring(end + 1);
		Files.writeString(file, broken, StandardCharsets.UTF_8);

		assertRefused(file, Problem.DANGLING_REFERENCE, "_doesNotExist");
	}

	@Test
	void aReferenceIntoAFileThatIsNotThereIsRefused() throws Exception {
		Path file = folder.resolve("zaanstad.veerkracht");
		AnalyseFiles.save(FullAnalyse.create(), file);
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		int regio = xml.indexOf("regio=\"");
		int end = xml.indexOf('"', regio + 7);
		String broken = xml.substring(0, regio) + xml.substring(end + 1).replaceFirst("/>",
				"><regio xsi:type=\"veerkracht:Buurt\" href=\"elders.veerkracht#_weg\"/></indicatorValues>");
		Files.writeString(file, broken, StandardCharsets.UTF_8);

		assertRefused(file, Problem.DANGLING_REFERENCE, "elders.veerkracht");
	}

	@Test
	void aMissingFileIsUnreadable() {
		Path file = folder.resolve("nergens.veerkracht");

		ModelFileException failure = assertThrows(ModelFileException.class, () -> AnalyseFiles.load(file));

		assertEquals(Problem.UNREADABLE, failure.getProblem());
		assertTrue(failure.getMessage().startsWith(file.toString()), failure.getMessage());
		assertTrue(Files.notExists(file), "loading creates nothing");
	}

	private static void assertRefused(Path file, Problem problem, String detail) throws Exception {
		byte[] before = Files.readAllBytes(file);

		ModelFileException failure = assertThrows(ModelFileException.class, () -> AnalyseFiles.load(file));

		assertEquals(problem, failure.getProblem(), failure.getMessage());
		assertEquals(file, failure.getFile());
		assertTrue(failure.getMessage().startsWith(file.toString()), failure.getMessage());
		assertTrue(failure.getMessage().contains(detail), failure.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file), "a failed load never writes the file");
		assertTrue(Files.notExists(AnalyseFiles.backupOf(file)), "a failed load makes no backup");
	}
}
