package nl.veerkracht.app.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class StartupArgumentsTest {

	private static final Predicate<Path> GEOJSON = file -> file.toString().endsWith(".geojson");

	@Test
	void withoutFilesTheDemoOpens() {
		assertTrue(StartupArguments.parse(List.of(), GEOJSON).opensDemo());
		assertTrue(StartupArguments.parse(List.of("-consoleLog"), GEOJSON).opensDemo());
	}

	@Test
	void takesFilesNamedWithOpenWhateverTheirType() {
		StartupArguments arguments = StartupArguments.parse(List.of("--open", "/data/a.geojson", "--open", "/data/b.csv"), GEOJSON);
		assertEquals(List.of(Path.of("/data/a.geojson"), Path.of("/data/b.csv")), arguments.files());
		assertFalse(arguments.opensDemo());
	}

	@Test
	void takesBareDataFilesButNotOtherToolsOptionValues() {
		StartupArguments arguments = StartupArguments.parse(List.of("-testproperties", "/work/surefire.properties",
				"-product", "nl.veerkracht.app.product", "-timeout", "1200000", "/data/buurten.geojson"), GEOJSON);
		assertEquals(List.of(Path.of("/data/buurten.geojson")), arguments.files());
	}

	@Test
	void makesRelativeFilesAbsolute() {
		Path file = StartupArguments.parse(List.of("--open", "wijken.json"), GEOJSON).files().get(0);
		assertTrue(file.isAbsolute());
		assertEquals("wijken.json", file.getFileName().toString());
	}
}
