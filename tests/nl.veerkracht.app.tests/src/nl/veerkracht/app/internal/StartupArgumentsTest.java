package nl.veerkracht.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class StartupArgumentsTest {

	@Test
	void withoutFilesTheDemoOpens() {
		assertTrue(StartupArguments.parse(List.of()).opensDemo());
		assertTrue(StartupArguments.parse(List.of("-consoleLog")).opensDemo());
	}

	@Test
	void takesFilesNamedWithOpenWhateverTheirType() {
		StartupArguments arguments = StartupArguments.parse(List.of("--open", "/data/a.geojson", "--open", "/data/b.csv"));
		assertEquals(List.of(Path.of("/data/a.geojson"), Path.of("/data/b.csv")), arguments.files());
		assertFalse(arguments.opensDemo());
	}

	@Test
	void takesBareDataFilesButNotOtherToolsOptionValues() {
		StartupArguments arguments = StartupArguments.parse(List.of("-testproperties", "/work/surefire.properties",
				"-product", "nl.veerkracht.app.product", "-timeout", "1200000", "/data/buurten.geojson"));
		assertEquals(List.of(Path.of("/data/buurten.geojson")), arguments.files());
	}

	@Test
	void makesRelativeFilesAbsolute() {
		Path file = StartupArguments.parse(List.of("--open", "wijken.json")).files().get(0);
		assertTrue(file.isAbsolute());
		assertEquals("wijken.json", file.getFileName().toString());
	}
}
