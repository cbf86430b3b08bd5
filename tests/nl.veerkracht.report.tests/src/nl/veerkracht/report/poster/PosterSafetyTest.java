package nl.veerkracht.report.poster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.gis.core.io.DataSourceException;

/**
 * Failed writes name the file, leave nothing behind and never touch what was there.
 */
class PosterSafetyTest {

	private static PosterContent content;

	@TempDir
	Path folder;

	@BeforeAll
	static void readData() throws Exception {
		content = RotterdamPoster.content();
	}

	@Test
	void missingFolderFailsNamingTheFile() {
		Path file = folder.resolve("bestaat-niet").resolve("poster.pdf");
		DataSourceException pdf = assertThrows(DataSourceException.class, () -> PosterExport.writePdf(content, file));
		assertTrue(pdf.getMessage().startsWith("poster.pdf"), pdf.getMessage());
		assertTrue(pdf.getMessage().contains(file.getParent().toString()), pdf.getMessage());
		Path png = folder.resolve("bestaat-niet").resolve("poster.png");
		DataSourceException image = assertThrows(DataSourceException.class,
				() -> PosterExport.writePng(content, png, 50));
		assertTrue(image.getMessage().startsWith("poster.png"), image.getMessage());
		assertFalse(Files.exists(folder.resolve("bestaat-niet")));
	}

	@Test
	void failedMoveLeavesNoTemporaryFileAndKeepsWhatWasThere() throws Exception {
		Path occupied = folder.resolve("poster.pdf");
		Files.createDirectory(occupied);
		byte[] old = "oude inhoud".getBytes(StandardCharsets.UTF_8);
		Files.write(occupied.resolve("oud.txt"), old);
		DataSourceException failure = assertThrows(DataSourceException.class,
				() -> PosterExport.writePdf(content, occupied));
		assertTrue(failure.getMessage().startsWith("poster.pdf"), failure.getMessage());
		assertArrayEquals(old, Files.readAllBytes(occupied.resolve("oud.txt")));
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of(occupied), files.toList(), "no temporary file is left");
		}
	}

	@Test
	void resolutionOutOfRangeIsRefusedBeforeWriting() {
		Path file = folder.resolve("poster.png");
		assertThrows(IllegalArgumentException.class, () -> PosterExport.writePng(content, file, 5000));
		assertFalse(Files.exists(file));
	}
}
