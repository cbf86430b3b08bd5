package nl.veerkracht.gis.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class DataSourceExceptionTest {

	private final Path file = Path.of("data", "buurten.geojson");

	@Test
	void messageNamesFileLineAndColumn() {
		DataSourceException e = new DataSourceException(file, 1234, 5, "Unexpected character ']'", null);
		assertEquals("buurten.geojson, line 1234, column 5: Unexpected character ']'", e.getMessage());
		assertEquals(OptionalInt.of(1234), e.getLine());
		assertEquals(OptionalInt.of(5), e.getColumn());
		assertEquals("Unexpected character ']'", e.getReason());
		assertSame(file, e.getFile());
	}

	@Test
	void messageWithoutPositionNamesOnlyTheFile() {
		IOException cause = new IOException("disk on fire");
		DataSourceException e = new DataSourceException(file, "cannot read the file", cause);
		assertEquals("buurten.geojson: cannot read the file", e.getMessage());
		assertTrue(e.getLine().isEmpty());
		assertTrue(e.getColumn().isEmpty());
		assertSame(cause, e.getCause());
	}

	@Test
	void lineWithoutColumnIsReported() {
		DataSourceException e = new DataSourceException(file, 7, 0, "bad", null);
		assertEquals("buurten.geojson, line 7: bad", e.getMessage());
		assertTrue(e.getColumn().isEmpty());
	}
}
