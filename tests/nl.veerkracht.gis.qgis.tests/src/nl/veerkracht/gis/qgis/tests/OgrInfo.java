package nl.veerkracht.gis.qgis.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs GDAL's {@code ogrinfo} (Debian package {@code gdal-bin}). */
final class OgrInfo {

	private OgrInfo() {
	}

	/**
	 * @param file a vector file
	 * @return {@code ogrinfo -al -so}: the layer summary with a line {@code name: Type (width.precision)} per field
	 */
	static String summary(Path file) throws IOException {
		List<String> command = List.of("ogrinfo", "-al", "-so", file.toString());
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
		} catch (IOException e) {
			return fail("GDAL's ogrinfo cannot be run (" + e.getMessage() + "): apt-get install gdal-bin");
		}
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
				process.destroyForcibly();
				fail(String.join(" ", command) + " failed: " + output);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted", e);
		}
		return output;
	}
}
