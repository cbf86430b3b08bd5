package nl.veerkracht.notitie;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens a DOCX in LibreOffice Writer, as a municipal office suite other than Word would: headless, through the UNO
 * bridge of Debian's {@code /usr/bin/python3} (packages {@code libreoffice-writer-nogui} and {@code python3-uno}),
 * updates its table of contents as Word does on opening, and exports it as PDF. A machine without them fails the
 * tests with the packages to install.
 */
final class LibreOffice {

	/** The Python that Debian's UNO bridge belongs to. */
	static final Path PYTHON = Path.of("/usr/bin/python3");

	private static final String SCRIPT = "/office/update_and_export.py";
	private static final int TIMEOUT_SECONDS = 180;
	private static final Pattern CONTENTS = Pattern.compile("\"contents\": \"((?:[^\"\\\\]|\\\\.)*)\"");
	private static final Pattern INDEXES = Pattern.compile("\"indexes\": (\\d+)");

	/**
	 * What LibreOffice made of a DOCX.
	 *
	 * @param indexes  the number of indexes (tables of contents) it found
	 * @param contents every entry of the first one after updating: title to page number, in order
	 * @param pdf      the document as LibreOffice lays it out
	 */
	record Opened(int indexes, Map<String, Integer> contents, Path pdf) {
	}

	private LibreOffice() {
	}

	/**
	 * @param docx   the document
	 * @param folder where the PDF and LibreOffice's own profile go
	 * @return what LibreOffice made of it
	 */
	static Opened open(Path docx, Path folder) throws IOException {
		Path script = folder.resolve("update_and_export.py");
		try (InputStream in = LibreOffice.class.getResourceAsStream(SCRIPT)) {
			if (in == null) {
				fail(SCRIPT + " is missing from the test bundle");
			}
			Files.write(script, in.readAllBytes());
		}
		Path pdf = folder.resolve(docx.getFileName().toString().replaceFirst("\\.docx$", "") + "-libreoffice.pdf");
		String output = run(List.of(PYTHON.toString(), script.toString(), docx.toString(), pdf.toString(),
				folder.resolve("profile").toString()));
		String json = output.lines().filter(line -> line.startsWith("{")).reduce((a, b) -> b)
				.orElseGet(() -> fail("LibreOffice printed no report: " + output));
		Matcher indexes = INDEXES.matcher(json);
		Matcher contents = CONTENTS.matcher(json);
		if (!indexes.find() || !contents.find()) {
			fail("an unexpected report: " + json);
		}
		Map<String, Integer> entries = new LinkedHashMap<>();
		String text = contents.group(1).replace("\\t", "\t").replace("\\n", "\n");
		for (String line : text.split("\n")) {
			int tab = line.lastIndexOf('\t');
			if (tab > 0) {
				entries.put(unescape(line.substring(0, tab)), Integer.valueOf(line.substring(tab + 1).strip()));
			} else if (!line.isBlank()) {
				entries.put(unescape(line), -1);
			}
		}
		return new Opened(Integer.parseInt(indexes.group(1)), entries, pdf);
	}

	private static String unescape(String json) {
		Matcher unicode = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(json);
		StringBuilder result = new StringBuilder();
		while (unicode.find()) {
			unicode.appendReplacement(result, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(unicode.group(1), 16))));
		}
		unicode.appendTail(result);
		return result.toString().replace("\\\"", "\"").replace("\\\\", "\\");
	}

	private static String run(List<String> command) throws IOException {
		String hint = " These tests open the DOCX in LibreOffice through Debian's /usr/bin/python3: apt-get install "
				+ "libreoffice-writer-nogui python3-uno (releng/scripts/install-os-packages.sh libreoffice python3-uno).";
		if (!Files.isExecutable(PYTHON)) {
			fail(PYTHON + " does not exist." + hint);
		}
		ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
		builder.environment().remove("DISPLAY");
		Process process = builder.start();
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				fail(String.join(" ", command) + " did not finish within " + TIMEOUT_SECONDS + " s");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted while running " + command, e);
		}
		if (process.exitValue() != 0) {
			fail(String.join(" ", command) + " failed with exit code " + process.exitValue() + ":\n" + output + hint);
		}
		return output;
	}
}
