package nl.veerkracht.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.persistence.AnalyseFiles;
import nl.veerkracht.model.persistence.ModelFileException;
import nl.veerkracht.model.persistence.VeerkrachtResource;

class AtomicSaveTest {

	@TempDir
	Path folder;

	@Test
	void theFirstSaveLeavesNoBackupAndTheNextKeepsThePreviousVersion() throws Exception {
		Path file = folder.resolve("zaanstad.veerkracht");
		Analyse analyse = FullAnalyse.create();
		AnalyseFiles.save(analyse, file);
		byte[] first = Files.readAllBytes(file);
		assertFalse(Files.exists(AnalyseFiles.backupOf(file)));

		analyse.setName("Zaanstad, tweede versie");
		AnalyseFiles.save(analyse, file);

		assertEquals(folder.resolve("zaanstad.veerkracht.bak"), AnalyseFiles.backupOf(file));
		assertArrayEquals(first, Files.readAllBytes(AnalyseFiles.backupOf(file)));
		assertEquals("Zaanstad, tweede versie", AnalyseFiles.load(file).getName());
		assertEquals(List.of("zaanstad.veerkracht", "zaanstad.veerkracht.bak"), filesIn(folder));
	}

	@Test
	void aFailureMidWriteLeavesTheFileAndItsBackupIntact() throws Exception {
		Path file = folder.resolve("zaanstad.veerkracht");
		Analyse analyse = FullAnalyse.create();
		AnalyseFiles.save(analyse, file);
		analyse.setName("tweede");
		AnalyseFiles.save(analyse, file);
		byte[] current = Files.readAllBytes(file);
		byte[] backup = Files.readAllBytes(AnalyseFiles.backupOf(file));

		VeerkrachtResource failing = new VeerkrachtResource(URI.createFileURI(file.toString())) {
			@Override
			public void doSave(OutputStream out, Map<?, ?> options) throws IOException {
				out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<veerkracht:Analyse".getBytes(StandardCharsets.UTF_8));
				throw new IOException("disk full");
			}
		};
		Analyse third = FullAnalyse.create();
		third.setName("derde");
		failing.getContents().add(third);

		ModelFileException failure = assertThrows(ModelFileException.class, () -> AnalyseFiles.save(third, file));

		assertEquals(ModelFileException.Problem.WRITE_FAILED, failure.getProblem());
		assertEquals(file, failure.getFile());
		assertTrue(failure.getMessage().startsWith(file.toString()), failure.getMessage());
		assertTrue(failure.getMessage().contains("disk full"), failure.getMessage());
		assertArrayEquals(current, Files.readAllBytes(file), "the file is untouched");
		assertArrayEquals(backup, Files.readAllBytes(AnalyseFiles.backupOf(file)), "the backup is untouched");
		assertEquals(List.of("zaanstad.veerkracht", "zaanstad.veerkracht.bak"), filesIn(folder), "no temporary file is left");
		assertEquals("tweede", AnalyseFiles.load(file).getName());
	}

	@Test
	void savingIntoAFolderThatDoesNotExistFailsNamingTheFile() {
		Path file = folder.resolve("missing").resolve("a.veerkracht");

		ModelFileException failure = assertThrows(ModelFileException.class,
				() -> AnalyseFiles.save(FullAnalyse.create(), file));

		assertEquals(ModelFileException.Problem.WRITE_FAILED, failure.getProblem());
		assertTrue(failure.getMessage().contains(file.toString()), failure.getMessage());
	}

	private static List<String> filesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
