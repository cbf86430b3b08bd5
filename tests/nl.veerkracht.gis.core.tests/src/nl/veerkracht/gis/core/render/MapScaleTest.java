package nl.veerkracht.gis.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

import nl.veerkracht.gis.core.crs.Crs;

/** The map scale follows OGC's 0.28 mm pixel, in metres on the ground for every kind of CRS. */
class MapScaleTest {

	@Test
	void rdNewPixelsAreMetres() {
		Viewport viewport = new Viewport(Crs.RD_NEW, new Coordinate(92_000, 437_000), 7, 800, 600);
		assertEquals(7, MapScale.metresPerPixel(viewport), 1e-12);
		assertEquals(25_000, MapScale.denominator(viewport), 1e-6);
	}

	@Test
	void degreesAreMeasuredEastWestAtTheCentreLatitude() {
		double degreesPerPixel = 1e-4;
		Viewport viewport = new Viewport(Crs.WGS84, new Coordinate(4.48, 60.0), degreesPerPixel, 800, 600);
		double expected = degreesPerPixel * 2 * Math.PI * 6_378_137 / 360 * 0.5;
		assertEquals(expected, MapScale.metresPerPixel(viewport), 1e-6);
		assertEquals(expected / 0.00028, MapScale.denominator(viewport), 1e-3);
	}

	@Test
	void webMercatorIsCorrectedForLatitude() {
		double yAt60Degrees = 6_378_137 * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(60) / 2));
		Viewport viewport = new Viewport(Crs.WEB_MERCATOR, new Coordinate(500_000, yAt60Degrees), 10, 800, 600);
		assertEquals(5, MapScale.metresPerPixel(viewport), 1e-9);
	}
}
