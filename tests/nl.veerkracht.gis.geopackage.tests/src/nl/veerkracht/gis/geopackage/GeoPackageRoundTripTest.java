package nl.veerkracht.gis.geopackage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.ProgressListener;

/** Writing layers to a GeoPackage and reading them back gives the same features. */
class GeoPackageRoundTripTest {

	@TempDir
	Path folder;

	@Test
	void everyGeometryAndAttributeTypeSurvivesTheRoundTrip() throws Exception {
		FeatureCollection written = SampleLayers.everyGeometryType();
		Path file = folder.resolve("sample.gpkg");

		new GeoPackageWriter().write(file, List.of(written), ProgressListener.NONE);
		List<FeatureCollection> read = new GeoPackageReader().read(file, ProgressListener.NONE);

		assertEquals(1, read.size());
		assertSameLayer(written, read.get(0));
	}

	@Test
	void severalLayersBecomeSeveralTablesWithTheirOwnCrs() throws Exception {
		FeatureCollection wijken = SampleLayers.everyGeometryType();
		FeatureCollection buurten = SampleLayers.buurtenWithTextIds("buurten", 30);
		Path file = folder.resolve("gemeente.gpkg");

		new GeoPackageWriter().write(file, List.of(wijken, buurten), ProgressListener.NONE);
		List<FeatureCollection> read = new GeoPackageReader().read(file, ProgressListener.NONE);

		assertEquals(List.of("wijken", "buurten"), read.stream().map(layer -> layer.getSchema().getName()).toList());
		assertEquals(Crs.RD_NEW, read.get(0).getCrs());
		assertEquals(Crs.WGS84, read.get(1).getCrs());
		assertSameLayer(wijken, read.get(0));
		FeatureCollection buurtenRead = read.get(1);
		assertEquals(30, buurtenRead.size());
		// ids that are not integers cannot be the primary key: the rows are numbered instead
		assertEquals("1", buurtenRead.getFeatures().get(0).getId());
		assertEquals("BU29", buurtenRead.getFeatures().get(29).getAttribute("code"));
		assertTrue(buurten.getFeatures().get(29).getGeometry()
				.equalsExact(buurtenRead.getFeatures().get(29).getGeometry()));
	}

	@Test
	void layersWithTheSameNameGetDistinctTables() throws Exception {
		Path file = folder.resolve("dubbel.gpkg");

		new GeoPackageWriter().write(file, List.of(SampleLayers.buurtenWithTextIds("Buurten", 2),
				SampleLayers.buurtenWithTextIds("buurten", 3), SampleLayers.buurtenWithTextIds("gpkg_contents", 1)),
				ProgressListener.NONE);

		assertEquals(List.of("Buurten", "buurten_2", "layer_gpkg_contents"), new GeoPackageReader()
				.read(file, ProgressListener.NONE).stream().map(layer -> layer.getSchema().getName()).toList());
	}

	@Test
	void writingReplacesAnExistingFile() throws Exception {
		Path file = folder.resolve("twee keer.gpkg");
		new GeoPackageWriter().write(file, List.of(SampleLayers.everyGeometryType()), ProgressListener.NONE);

		new GeoPackageWriter().write(file, List.of(SampleLayers.buurtenWithTextIds("buurten", 4)),
				ProgressListener.NONE);

		List<FeatureCollection> read = new GeoPackageReader().read(file, ProgressListener.NONE);
		assertEquals(1, read.size());
		assertEquals(4, read.get(0).size());
	}

	static void assertSameLayer(FeatureCollection expected, FeatureCollection actual) {
		assertSameLayer(expected, actual, true);
	}

	/**
	 * @param sameIds whether the ids must be equal; otherwise they must be the row numbers 1, 2, ...
	 */
	static void assertSameLayer(FeatureCollection expected, FeatureCollection actual, boolean sameIds) {
		assertEquals(expected.getSchema(), actual.getSchema());
		assertEquals(expected.getCrs(), actual.getCrs());
		assertEquals(expected.size(), actual.size());
		for (int i = 0; i < expected.size(); i++) {
			Feature want = expected.getFeatures().get(i);
			Feature got = actual.getFeatures().get(i);
			assertEquals(sameIds ? want.getId() : String.valueOf(i + 1), got.getId());
			assertSameGeometry(want.getGeometry(), got.getGeometry(), want.getId());
			for (int a = 0; a < expected.getSchema().size(); a++) {
				assertEquals(want.getAttribute(a), got.getAttribute(a),
						"feature " + want.getId() + ", " + expected.getSchema().attribute(a).name());
			}
		}
	}

	private static void assertSameGeometry(Geometry want, Geometry got, String id) {
		assertEquals(want.getGeometryType(), got.getGeometryType(), "geometry type of feature " + id);
		assertEquals(want.isEmpty(), got.isEmpty(), "emptiness of feature " + id);
		assertTrue(want.equalsExact(got), () -> "feature " + id + ": " + want + " became " + got);
	}
}
