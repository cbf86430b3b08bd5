package nl.veerkracht.gis.render.bench;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.locationtech.jts.geom.Envelope;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The QGIS side of the benchmark: one long-running {@code scripts/qgis_render_bench.py} process (QGIS Python
 * API, headless) that renders on request, so that the harness can alternate between its own renderer and
 * QGIS run by run. Times are measured inside the Python process and exclude the request round trip.
 */
final class QgisRenderer implements AutoCloseable {

	/** Tells the Debian packages that provide QGIS. */
	static final String INSTALL_HINT = "apt-get install -y qgis python3-qgis";

	private static final String SCRIPT = "qgis_render_bench.py";
	private static final JsonFactory JSON = new JsonFactory();

	private final Process process;
	private final BufferedWriter requests;
	private final BufferedReader answers;
	private final Path errors;
	private final Map<String, Object> ready;
	private int nextId;

	private QgisRenderer(Process process, Path errors) throws IOException {
		this.process = process;
		this.errors = errors;
		this.requests = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
		this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		this.ready = readAnswer();
		if (!Boolean.TRUE.equals(ready.get("ready"))) {
			throw new IOException("QGIS script did not start: " + ready + errorText());
		}
	}

	/**
	 * Starts the QGIS script if QGIS and the script can be found.
	 *
	 * @param why receives the reason when QGIS cannot be used
	 * @return the running renderer, or empty when QGIS is not installed or the script is missing
	 * @throws IOException if the script starts but fails
	 */
	static Optional<QgisRenderer> start(StringBuilder why) throws IOException, InterruptedException {
		Optional<Path> script = findScript();
		if (script.isEmpty()) {
			why.append("QGIS script ").append(SCRIPT).append(" not found (system property veerkracht.bench.scripts)");
			return Optional.empty();
		}
		Optional<String> python = findPythonWithQgis();
		if (python.isEmpty()) {
			why.append("QGIS not installed (no python3 that can import qgis.core; install with: ").append(INSTALL_HINT)
					.append(')');
			return Optional.empty();
		}
		Path errors = Files.createTempFile("qgis-render-bench", ".log");
		ProcessBuilder builder = new ProcessBuilder(python.get(), script.get().toString())
				.redirectError(errors.toFile());
		environment(builder);
		return Optional.of(new QgisRenderer(builder.start(), errors));
	}

	/** @return what the script reported at start: QGIS version, render job kind, simplification settings */
	Map<String, Object> info() {
		return ready;
	}

	/**
	 * Renders layers with QGIS.
	 *
	 * @param layers the layers, bottom first
	 * @param extent the area in EPSG:28992
	 * @param width the image width
	 * @param height the image height
	 * @param fresh whether to open and style the layers anew (load + first render) or to re-render the last ones
	 * @param check whether to also return the fraction of coloured pixels (measured outside the timing)
	 * @param saveTo a PNG file to write the image to (outside the timing), or {@code null}
	 * @return the answer: {@code ms}, {@code load_ms}, {@code render_ms}, {@code features} and maybe {@code coloured}
	 * @throws IOException if QGIS reports an error or the process died
	 */
	Map<String, Object> render(List<QgisLayer> layers, Envelope extent, int width, int height, boolean fresh,
			boolean check, Path saveTo) throws IOException {
		StringWriter text = new StringWriter();
		try (JsonGenerator json = JSON.createGenerator(text)) {
			json.writeStartObject();
			json.writeStringField("id", String.valueOf(nextId++));
			json.writeBooleanField("fresh", fresh);
			json.writeBooleanField("check", check);
			if (saveTo != null) {
				json.writeStringField("save", saveTo.toString());
			}
			json.writeNumberField("width", width);
			json.writeNumberField("height", height);
			json.writeStringField("crs", "EPSG:28992");
			json.writeArrayFieldStart("extent");
			json.writeNumber(extent.getMinX());
			json.writeNumber(extent.getMinY());
			json.writeNumber(extent.getMaxX());
			json.writeNumber(extent.getMaxY());
			json.writeEndArray();
			json.writeArrayFieldStart("layers");
			for (QgisLayer layer : layers) {
				json.writeStartObject();
				json.writeStringField("file", layer.file().toString());
				json.writeStringField("style", layer.graduatedAttribute() == null ? "single" : "graduated");
				if (layer.graduatedAttribute() != null) {
					json.writeStringField("attribute", layer.graduatedAttribute());
					json.writeNumberField("classes", layer.classes());
				}
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		requests.write(text.toString());
		requests.newLine();
		requests.flush();
		Map<String, Object> answer = readAnswer();
		if (answer.containsKey("error") || !answer.containsKey("ms")) {
			throw new IOException("QGIS failed: " + answer + errorText());
		}
		return answer;
	}

	@Override
	public void close() throws IOException, InterruptedException {
		requests.close();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
		Files.deleteIfExists(errors);
	}

	/** Reads answer lines until one is a JSON object; QGIS may print other lines on stdout. */
	private Map<String, Object> readAnswer() throws IOException {
		String line;
		while ((line = answers.readLine()) != null) {
			if (line.startsWith("{")) {
				return parse(line);
			}
		}
		throw new IOException("QGIS script ended without answering" + errorText());
	}

	private static Map<String, Object> parse(String line) throws IOException {
		Map<String, Object> result = new HashMap<>();
		try (JsonParser parser = JSON.createParser(line)) {
			parser.nextToken();
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				switch (value) {
					case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> result.put(name, parser.getDoubleValue());
					case VALUE_TRUE, VALUE_FALSE -> result.put(name, parser.getBooleanValue());
					case VALUE_NULL -> result.put(name, null);
					case START_ARRAY, START_OBJECT -> {
						parser.skipChildren();
						result.put(name, "...");
					}
					default -> result.put(name, parser.getText());
				}
			}
		}
		return result;
	}

	private String errorText() {
		try {
			String text = Files.readString(errors);
			return text.isBlank() ? "" : "\n--- QGIS stderr ---\n" + text;
		} catch (IOException e) {
			return "";
		}
	}

	/** QGIS runs headless: Qt's offscreen platform needs no display. */
	private static void environment(ProcessBuilder builder) {
		builder.environment().put("QT_QPA_PLATFORM", "offscreen");
	}

	private static Optional<Path> findScript() {
		String configured = System.getProperty("veerkracht.bench.scripts");
		List<Path> candidates = new ArrayList<>();
		if (configured != null) {
			candidates.add(Path.of(configured, SCRIPT));
		}
		for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
			candidates.add(folder.resolve("scripts").resolve(SCRIPT));
			candidates.add(folder.resolve("tests/nl.veerkracht.gis.render.bench/scripts").resolve(SCRIPT));
		}
		return candidates.stream().filter(Files::isRegularFile).findFirst();
	}

	/**
	 * Finds a Python that can import QGIS: the system property {@code veerkracht.bench.python}, Debian's
	 * {@code /usr/bin/python3} (python3-qgis installs there), or any python3 on the PATH.
	 */
	private static Optional<String> findPythonWithQgis() throws InterruptedException {
		List<String> candidates = new ArrayList<>();
		String configured = System.getProperty("veerkracht.bench.python");
		if (configured != null) {
			candidates.add(configured);
		}
		candidates.add("/usr/bin/python3");
		for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			candidates.add(Path.of(directory.isEmpty() ? "." : directory, "python3").toString());
		}
		for (String candidate : candidates) {
			if (Files.isExecutable(Path.of(candidate)) && importsQgis(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	private static boolean importsQgis(String python) throws InterruptedException {
		try {
			ProcessBuilder builder = new ProcessBuilder(python, "-c", "import qgis.core")
					.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
			environment(builder);
			Process process = builder.start();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return false;
			}
			return process.exitValue() == 0;
		} catch (IOException e) {
			return false;
		}
	}

	/**
	 * A layer as QGIS should draw it.
	 *
	 * @param file the GeoJSON file
	 * @param graduatedAttribute the attribute of a graduated (Jenks, YlOrRd) style, or {@code null} for the
	 *        single symbol
	 * @param classes the number of graduated classes
	 */
	record QgisLayer(Path file, String graduatedAttribute, int classes) {

		/**
		 * @param file the GeoJSON file
		 * @return the layer with the single symbol
		 */
		static QgisLayer single(Path file) {
			return new QgisLayer(file, null, 0);
		}
	}
}
