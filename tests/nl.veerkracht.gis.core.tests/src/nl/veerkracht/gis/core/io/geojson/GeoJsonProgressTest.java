package nl.veerkracht.gis.core.io.geojson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;

import nl.veerkracht.testsupport.SharedData;

class GeoJsonProgressTest {

	private final Path file = SharedData.file("nederland/wijken_2024.geojson");

	@Test
	void progressIsReportedPerFeatureAndGrows() throws Exception {
		List<Long> reports = new ArrayList<>();
		long size = Files.size(file);
		new GeoJsonReader().read(file, (bytesRead, totalBytes) -> {
			assertEquals(size, totalBytes);
			reports.add(bytesRead);
			return true;
		});
		assertEquals(3475, reports.size());
		for (int i = 1; i < reports.size(); i++) {
			assertTrue(reports.get(i) >= reports.get(i - 1));
		}
		assertEquals(size, reports.get(reports.size() - 1));
	}

	@Test
	void listenerCanCancel() {
		List<Long> reports = new ArrayList<>();
		assertThrows(CancellationException.class, () -> new GeoJsonReader().read(file, (bytesRead, totalBytes) -> {
			reports.add(bytesRead);
			return reports.size() < 10;
		}));
		assertEquals(10, reports.size());
	}
}
