package nl.veerkracht.gis.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.gis.core.io.DataSourceException;

/** A failed or cancelled export leaves no half file and leaves an existing file as it was. */
class ExportSafetyTest {

	@TempDir
	Path folder;

	@Test
	void cancelledExportLeavesTheExistingFileAndNoTemporaryFile() throws Exception {
		RotterdamMap rotterdam = new RotterdamMap();
		Path file = folder.resolve("kaart.pdf");
		byte[] before = "earlier content".getBytes();
		Files.write(file, before);
		List<ExportStage> stages = new ArrayList<>();
		ExportMonitor cancelWhileDrawing = new ExportMonitor() {
			private int polls;

			@Override
			public boolean isCancelled() {
				return ++polls > 20;
			}

			@Override
			public void beginStage(ExportStage stage) {
				stages.add(stage);
			}
		};
		for (MapExportFormat format : MapExportFormat.values()) {
			assertThrows(CancellationException.class, () -> MapExport.export(rotterdam.settings(PageSize.A4_PORTRAIT),
					format, file, cancelWhileDrawing));
		}
		assertArrayEquals(before, Files.readAllBytes(file), "the existing file is untouched");
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of(file), files.toList(), "no temporary files are left");
		}
		assertTrue(stages.stream().allMatch(s -> s == ExportStage.MAP), "cancelled while drawing the map: " + stages);
	}

	@Test
	void missingFolderIsReportedWithTheFileName() throws Exception {
		RotterdamMap rotterdam = new RotterdamMap();
		Path file = folder.resolve("bestaat-niet").resolve("kaart.png");
		DataSourceException e = assertThrows(DataSourceException.class, () -> MapExport
				.export(rotterdam.settings(PageSize.A4_PORTRAIT), MapExportFormat.PNG, file, ExportMonitor.NONE));
		assertTrue(e.getMessage().contains("kaart.png"), e.getMessage());
	}

	@Test
	void anExistingFileIsReplacedWhole() throws Exception {
		RotterdamMap rotterdam = new RotterdamMap();
		Path file = folder.resolve("kaart.png");
		Files.write(file, new byte[100_000]);
		List<ExportStage> stages = new ArrayList<>();
		MapExport.export(rotterdam.settings(PageSize.ofPixels(400, 300, 96)).withDpi(96), MapExportFormat.PNG, file,
				new ExportMonitor() {
					@Override
					public boolean isCancelled() {
						return false;
					}

					@Override
					public void beginStage(ExportStage stage) {
						stages.add(stage);
					}
				});
		assertEquals(400, ImageIO.read(file.toFile()).getWidth());
		assertEquals(List.of(ExportStage.MAP, ExportStage.DECORATIONS, ExportStage.WRITING), stages);
	}

	@Test
	void formatFollowsTheFileExtension() {
		assertEquals(MapExportFormat.PDF, MapExportFormat.forFile(Path.of("kaart.PDF")).orElseThrow());
		assertEquals(MapExportFormat.SVG, MapExportFormat.forFile(Path.of("/tmp/a.b.svg")).orElseThrow());
		assertTrue(MapExportFormat.forFile(Path.of("kaart.jpg")).isEmpty());
	}
}
