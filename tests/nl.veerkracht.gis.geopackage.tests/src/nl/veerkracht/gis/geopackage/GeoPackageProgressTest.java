package nl.veerkracht.gis.geopackage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.ProgressListener;

/** Progress is counted in features over all layers; cancelling leaves the target untouched. */
class GeoPackageProgressTest {

	@TempDir
	Path folder;

	private final List<long[]> reports = new ArrayList<>();

	@Test
	void writingAndReadingReportFeaturesOfAllLayers() throws Exception {
		Path file = folder.resolve("voortgang.gpkg");
		List<FeatureCollection> layers = List.of(SampleLayers.buurtenWithTextIds("a", 100),
				SampleLayers.buurtenWithTextIds("b", 50));

		new GeoPackageWriter().write(file, layers, recording());
		assertReportsRiseTo(150);

		reports.clear();
		new GeoPackageReader().read(file, recording());
		assertReportsRiseTo(150);
	}

	@Test
	void cancelledWriteLeavesTheExistingFileAndNoTemporaryFile() throws Exception {
		Path file = folder.resolve("bestaand.gpkg");
		new GeoPackageWriter().write(file, List.of(SampleLayers.buurtenWithTextIds("oud", 3)), ProgressListener.NONE);
		byte[] before = Files.readAllBytes(file);

		assertThrows(CancellationException.class, () -> new GeoPackageWriter().write(file,
				List.of(SampleLayers.buurtenWithTextIds("nieuw", 500)), (done, total) -> done < 200));

		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(List.of("bestaand.gpkg"), fileNames());
	}

	@Test
	void cancelledReadThrowsCancellation() throws Exception {
		Path file = folder.resolve("lezen.gpkg");
		new GeoPackageWriter().write(file, List.of(SampleLayers.buurtenWithTextIds("buurten", 300)),
				ProgressListener.NONE);

		assertThrows(CancellationException.class,
				() -> new GeoPackageReader().read(file, (done, total) -> done < 100));
	}

	private ProgressListener recording() {
		return (done, total) -> reports.add(new long[] { done, total });
	}

	private void assertReportsRiseTo(long total) {
		assertTrue(reports.size() >= 2, "expected several reports, got " + reports.size());
		long previous = -1;
		for (long[] report : reports) {
			assertEquals(total, report[1]);
			assertTrue(report[0] >= previous && report[0] <= total, "done " + report[0] + " after " + previous);
			previous = report[0];
		}
		assertEquals(total, previous);
	}

	private List<String> fileNames() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(path -> path.getFileName().toString()).sorted().toList();
		}
	}
}
