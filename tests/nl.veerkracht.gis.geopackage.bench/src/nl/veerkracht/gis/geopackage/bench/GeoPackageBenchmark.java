package nl.veerkracht.gis.geopackage.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.ProgressListener;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;
import nl.veerkracht.gis.geopackage.GeoPackageReader;
import nl.veerkracht.gis.geopackage.GeoPackageWriter;
import nl.veerkracht.testsupport.SharedData;

/**
 * Benchmark, not a test: converts all 3,475 wijken of the Netherlands from GeoJSON to GeoPackage in
 * process (GeoJSON read + GeoPackage write), reads the GeoPackage back, and runs
 * {@code ogr2ogr -f GPKG out.gpkg wijken_2024.geojson} (a whole GDAL process) in the same run. After
 * warm-ups the runs alternate between us and GDAL, so both see the same machine load; the medians and the
 * ratio ours/GDAL are printed and written to {@code geopackage-benchmark.txt} in the test artifacts
 * folder. Only the results' correctness is asserted, never a time. Runs only with {@code -Pbench}.
 */
class GeoPackageBenchmark {

	private static final int WARM_UPS = 3;
	private static final int RUNS = 7;
	private static final double NANOS_PER_SECOND = 1e9;

	@TempDir
	Path folder;

	@Test
	void convertWijkenToGeoPackageAgainstGdal() throws Exception {
		Path source = SharedData.file("nederland/wijken_2024.geojson");
		Path ours = folder.resolve("ours.gpkg");
		Path gdal = folder.resolve("gdal.gpkg");
		long[] convert = new long[RUNS];
		long[] readBack = new long[RUNS];
		long[] ogr2ogr = new long[RUNS];
		for (int run = -WARM_UPS; run < RUNS; run++) {
			long start = System.nanoTime();
			FeatureCollection wijken = new GeoJsonReader().read(source);
			new GeoPackageWriter().write(ours, List.of(wijken), ProgressListener.NONE);
			long converted = System.nanoTime();
			List<FeatureCollection> read = new GeoPackageReader().read(ours, ProgressListener.NONE);
			long readDone = System.nanoTime();
			assertEquals(3475, read.get(0).size());

			Files.deleteIfExists(gdal);
			long gdalStart = System.nanoTime();
			runOgr2ogr(gdal, source);
			long gdalDone = System.nanoTime();
			if (run >= 0) {
				convert[run] = converted - start;
				readBack[run] = readDone - converted;
				ogr2ogr[run] = gdalDone - gdalStart;
			}
		}
		report(median(convert), median(readBack), median(ogr2ogr));
	}

	private static void report(long convert, long readBack, long gdal) throws IOException {
		String text = String.format(Locale.ROOT, """
				GeoPackage benchmark: nederland/wijken_2024.geojson (3,475 wijken), median of %d runs after %d warm-ups
				  ours, GeoJSON -> GeoPackage in process : %.3f s
				  ours, GeoPackage read back             : %.3f s
				  GDAL, ogr2ogr -f GPKG (whole process)  : %.3f s
				  ratio ours/GDAL (conversion)           : %.2f
				  ratio ours/GDAL (conversion + read back): %.2f
				""", RUNS, WARM_UPS, convert / NANOS_PER_SECOND, readBack / NANOS_PER_SECOND,
				gdal / NANOS_PER_SECOND, (double) convert / gdal, (double) (convert + readBack) / gdal);
		System.out.println(text);
		String artifacts = System.getProperty("veerkracht.test.artifacts");
		if (artifacts != null) {
			Path folder = Files.createDirectories(Path.of(artifacts));
			Files.writeString(folder.resolve("geopackage-benchmark.txt"), text);
		}
	}

	private static void runOgr2ogr(Path target, Path source) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(ogr2ogr(), "-f", "GPKG", target.toString(), source.toString())
				.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new AssertionError("ogr2ogr failed or did not finish");
		}
	}

	private static String ogr2ogr() {
		for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path candidate = Path.of(directory.isEmpty() ? "." : directory, "ogr2ogr");
			if (Files.isExecutable(candidate)) {
				return candidate.toString();
			}
		}
		throw new AssertionError("ogr2ogr (Debian package gdal-bin) is not on the PATH; the benchmark needs it");
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
