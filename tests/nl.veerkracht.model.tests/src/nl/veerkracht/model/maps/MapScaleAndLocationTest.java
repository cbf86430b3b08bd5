package nl.veerkracht.model.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import nl.veerkracht.gis.core.crs.Crs;

/** Scale denominators as the status line shows them, and data locations relative to the analysis. */
class MapScaleAndLocationTest {

	@Test
	void aPixelIsZeroPointTwentyEightMillimetres() {
		assertEquals(10_000, MapScale.toDenominator(2.8, Crs.RD_NEW), 1e-9);
		assertEquals(2.8, MapScale.toUnitsPerPixel(10_000, Crs.RD_NEW), 1e-12);
		assertEquals(111_319.490_793_273_58 / 0.00028, MapScale.toDenominator(1, Crs.WGS84), 1e-3);
		double degrees = 0.000_123;
		assertEquals(degrees, MapScale.toUnitsPerPixel(MapScale.toDenominator(degrees, Crs.WGS84), Crs.WGS84), 1e-15);
	}

	@Test
	void dataBesideOrBelowTheAnalysisIsKeptRelativeOtherDataAbsolute() {
		Path analyse = Path.of("/werk/zaanstad/zaanstad.veerkracht");
		assertEquals("buurten.geojson", LayerLocations.toUri(Path.of("/werk/zaanstad/buurten.geojson"), analyse));
		assertEquals("data/wijk%20en%20buurt.gpkg", LayerLocations.toUri(Path.of("/werk/zaanstad/data/wijk en buurt.gpkg"), analyse));
		assertEquals("file:///werk/gedeeld/scholen.shp", LayerLocations.toUri(Path.of("/werk/gedeeld/scholen.shp"), analyse));
		assertEquals(Path.of("/werk/zaanstad/data/wijk en buurt.gpkg"), LayerLocations.toPath("data/wijk%20en%20buurt.gpkg", analyse));
		assertEquals(Path.of("/werk/gedeeld/scholen.shp"), LayerLocations.toPath("file:///werk/gedeeld/scholen.shp", analyse));
		assertEquals(Path.of("/werk/gedeeld/x.geojson"), LayerLocations.toPath("../gedeeld/x.geojson", analyse));
		assertThrows(IllegalArgumentException.class, () -> LayerLocations.toPath("https://example.org/x.geojson", analyse));
		assertThrows(IllegalArgumentException.class, () -> LayerLocations.toPath("data/wijk en buurt.gpkg", analyse));
	}
}
