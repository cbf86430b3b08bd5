package nl.veerkracht.gis.qgis.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.veerkracht.testsupport.ExternalProcess;
import nl.veerkracht.testsupport.Json;

/**
 * Runs QGIS 3 headless through its Python bindings: Debian's {@code /usr/bin/python3} with the packages
 * {@code qgis} and {@code python3-qgis} (not a pyenv or virtualenv Python, which lacks them), on Qt's
 * offscreen platform. A machine without them fails the tests with the packages to install.
 */
final class Qgis {

	/** The Python that Debian's QGIS bindings belong to. */
	static final Path PYTHON = Path.of("/usr/bin/python3");

	private static final String SCRIPT = "/qgis/style_report.py";
	private static final int TIMEOUT_SECONDS = 300;

	private Qgis() {
	}

	/**
	 * Opens layers of a GeoPackage in QGIS and reports how QGIS styles them (see {@code qgis/style_report.py}).
	 *
	 * @param gpkg   the GeoPackage
	 * @param layers the names of its feature tables
	 * @return per layer: valid, renderer, attribute, classes, labels, styles, colours (per feature id)
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Map<String, Object>> styleReport(Path gpkg, String... layers) throws IOException {
		requireQgis();
		Path script = Files.createTempFile("style_report", ".py");
		try {
			try (InputStream in = Qgis.class.getResourceAsStream(SCRIPT)) {
				if (in == null) {
					fail(SCRIPT + " is missing from the test bundle");
				}
				Files.write(script, in.readAllBytes());
			}
			List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script.toString(), gpkg.toString()));
			command.addAll(List.of(layers));
			String output = run(command);
			String json = output.lines().filter(line -> line.startsWith("{")).reduce((a, b) -> b)
					.orElseGet(() -> fail("QGIS printed no report: " + output));
			return (Map<String, Map<String, Object>>) Json.parse(json);
		} finally {
			Files.deleteIfExists(script);
		}
	}

	private static void requireQgis() throws IOException {
		String hint = " These tests open our GeoPackages in QGIS and need its Python bindings for Debian's "
				+ "/usr/bin/python3: apt-get install qgis python3-qgis (releng/scripts/install-os-packages.sh qgis).";
		if (!Files.isExecutable(PYTHON)) {
			fail(PYTHON + " does not exist." + hint);
		}
		List<String> command = List.of(PYTHON.toString(), "-c", "import qgis.core; print(qgis.core.Qgis.QGIS_VERSION)");
		ExternalProcess.Result result = execute(command);
		if (result.exitCode() != 0) {
			fail(PYTHON + " cannot import qgis.core: " + result.output().strip() + "." + hint);
		}
	}

	private static String run(List<String> command) throws IOException {
		ExternalProcess.Result result = execute(command);
		if (result.exitCode() != 0) {
			fail(String.join(" ", command) + " failed with exit code " + result.exitCode() + ":\n" + result.output());
		}
		return result.output();
	}

	/** Runs a command on Qt's offscreen platform. */
	private static ExternalProcess.Result execute(List<String> command) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("QT_QPA_PLATFORM", "offscreen");
		builder.environment().putIfAbsent("XDG_RUNTIME_DIR", System.getProperty("java.io.tmpdir"));
		return ExternalProcess.run(builder, TIMEOUT_SECONDS);
	}
}
