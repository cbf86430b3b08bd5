package nl.veerkracht.notitie;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.veerkracht.testsupport.ExternalProcess;
import nl.veerkracht.testsupport.Json;

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
	private static final String HINT = " These tests open the DOCX in LibreOffice through Debian's /usr/bin/python3: "
			+ "apt-get install libreoffice-writer-nogui python3-uno (releng/scripts/install-os-packages.sh libreoffice "
			+ "python3-uno).";

	/**
	 * What LibreOffice made of a DOCX.
	 *
	 * @param indexes  the number of indexes (tables of contents) it found
	 * @param contents every entry of the first one after updating: title to page number (-1 without), in order
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
		if (!Files.isExecutable(PYTHON)) {
			fail(PYTHON + " does not exist." + HINT);
		}
		Path script = folder.resolve("update_and_export.py");
		try (InputStream in = LibreOffice.class.getResourceAsStream(SCRIPT)) {
			if (in == null) {
				fail(SCRIPT + " is missing from the test bundle");
			}
			Files.write(script, in.readAllBytes());
		}
		Path pdf = folder.resolve(docx.getFileName().toString().replaceFirst("\\.docx$", "") + "-libreoffice.pdf");
		ProcessBuilder builder = new ProcessBuilder(PYTHON.toString(), script.toString(), docx.toString(), pdf.toString(),
				folder.resolve("profile").toString());
		builder.environment().remove("DISPLAY");
		ExternalProcess.Result result = ExternalProcess.run(builder, TIMEOUT_SECONDS);
		if (result.exitCode() != 0) {
			fail(String.join(" ", builder.command()) + " failed with exit code " + result.exitCode() + ":\n"
					+ result.output() + HINT);
		}
		String json = result.output().lines().filter(line -> line.startsWith("{")).reduce((a, b) -> b)
				.orElseGet(() -> fail("LibreOffice printed no report: " + result.output()));
		Map<?, ?> report = (Map<?, ?>) Json.parse(json);
		Map<String, Integer> entries = new LinkedHashMap<>();
		for (String line : ((String) report.get("contents")).split("\n")) {
			int tab = line.lastIndexOf('\t');
			if (tab > 0) {
				entries.put(line.substring(0, tab), Integer.valueOf(line.substring(tab + 1).strip()));
			} else if (!line.isBlank()) {
				entries.put(line, -1);
			}
		}
		return new Opened(((Double) report.get("indexes")).intValue(), entries, pdf);
	}
}
