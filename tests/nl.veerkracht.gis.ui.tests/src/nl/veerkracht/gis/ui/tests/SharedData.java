package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real CBS data beside the checkout ({@code ../shared/data}), found through the build. */
final class SharedData {

	private SharedData() {
	}

	static Path file(String relative) {
		String folder = System.getProperty("veerkracht.shared.data");
		if (folder == null) {
			fail("System property veerkracht.shared.data is not set; the root pom sets it to ../shared/data");
		}
		Path file = Path.of(folder).resolve(relative).normalize();
		if (!Files.isRegularFile(file)) {
			fail("Test data missing: " + file + " (the real CBS data must lie in shared/data beside the checkout)");
		}
		return file;
	}
}
