package nl.veerkracht.gis.gdal.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs GDAL's command-line tools ({@code ogrinfo}, {@code ogr2ogr}, Debian package {@code gdal-bin}).
 * When they are not installed the calling test fails with a message saying so: these tests must never
 * pass without having compared anything.
 */
final class Gdal {

	private static final long TIMEOUT_SECONDS = 120;

	private Gdal() {
	}

	/**
	 * Runs a GDAL tool.
	 *
	 * @param tool      {@code ogrinfo} or {@code ogr2ogr}
	 * @param arguments its arguments
	 * @return its standard output
	 */
	static String run(String tool, String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(executable(tool).toString());
		command.addAll(List.of(arguments));
		try {
			Path errors = Files.createTempFile("gdal", ".err");
			try {
				Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
				process.getOutputStream().close();
				byte[] output = process.getInputStream().readAllBytes();
				if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
					process.destroyForcibly();
					fail(String.join(" ", command) + " did not finish within " + TIMEOUT_SECONDS + " s");
				}
				if (process.exitValue() != 0) {
					fail(String.join(" ", command) + " failed with exit code " + process.exitValue() + ": "
							+ Files.readString(errors));
				}
				return new String(output, StandardCharsets.UTF_8);
			} finally {
				Files.deleteIfExists(errors);
			}
		} catch (IOException e) {
			throw new AssertionError("cannot run " + command, e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted while running " + command, e);
		}
	}

	/** @return the version line of ogrinfo, e.g. {@code GDAL 3.6.2, released 2023/01/02} */
	static String version() {
		return run("ogrinfo", "--version").trim();
	}

	/**
	 * Exports the first layer of a vector file to CSV with the geometry as WKT in the first column.
	 *
	 * @param source the file
	 * @param folder where to put the CSV
	 * @return the CSV table
	 */
	static CsvTable toCsv(Path source, Path folder) throws IOException {
		Path csv = folder.resolve(source.getFileName() + ".csv");
		run("ogr2ogr", "-f", "CSV", csv.toString(), source.toString(), "-lco", "GEOMETRY=AS_WKT");
		return CsvTable.parse(Files.readString(csv, StandardCharsets.UTF_8));
	}

	private static Path executable(String tool) {
		for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path candidate = Path.of(directory.isEmpty() ? "." : directory, tool);
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return fail("GDAL's '" + tool + "' was not found on the PATH. These tests compare our readers and writers "
				+ "with GDAL and need it installed: apt-get install gdal-bin");
	}
}
