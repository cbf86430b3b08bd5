package nl.veerkracht.gis.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.geojson.GeoJsonFormat;
import nl.veerkracht.testsupport.SharedData;

class DataFormatRegistryTest {

	@Test
	void geoJsonIsContributedThroughTheExtensionPoint() {
		DataFormatDescriptor geojson = DataFormatRegistry.getDefault().getFormats().stream()
				.filter(format -> format.getId().equals("nl.veerkracht.gis.core.geojson")).findFirst().orElseThrow();
		assertEquals("GeoJSON", geojson.getName());
		assertEquals(List.of("geojson", "json"), geojson.getExtensions());
		assertInstanceOf(GeoJsonFormat.class, geojson.getFormat());
	}

	@Test
	void picksTheFormatByExtensionWhateverTheCase() {
		DataFormatRegistry registry = DataFormatRegistry.getDefault();
		assertTrue(registry.forFile(Path.of("/data/Buurten.GeoJSON")).isPresent());
		assertFalse(registry.forFile(Path.of("/data/readme.txt")).isPresent());
		assertFalse(registry.forFile(Path.of("/data/geojson")).isPresent(), "an extension, not a name");
	}

	@Test
	void readsRealDataThroughTheRegistry() throws DataSourceException {
		List<FeatureCollection> layers = DataFormatRegistry.getDefault()
				.read(SharedData.file("rotterdam/buurten_wgs84.geojson"), ProgressListener.NONE);
		assertEquals(1, layers.size());
		assertEquals(78, layers.get(0).size());
	}

	@Test
	void anUnsupportedFileNamesItselfAndWhatIsSupported() {
		DataSourceException e = assertThrows(DataSourceException.class,
				() -> DataFormatRegistry.getDefault().read(Path.of("/data/notes.txt"), ProgressListener.NONE));
		assertTrue(e.getMessage().startsWith("notes.txt"), e.getMessage());
		assertTrue(e.getMessage().contains(".geojson"), e.getMessage());
	}

	@Test
	void aRegistryOfGivenFormatsWorksOutsideOsgi() {
		DataFormatRegistry registry = DataFormatRegistry.of(
				List.of(new DataFormatDescriptor("x.geojson", "GeoJSON", List.of("GEOJSON"), GeoJsonFormat::new)));
		assertEquals(".geojson", registry.supportedExtensions());
		assertTrue(registry.forFile(Path.of("a.geojson")).orElseThrow().isWritable());
	}
}
