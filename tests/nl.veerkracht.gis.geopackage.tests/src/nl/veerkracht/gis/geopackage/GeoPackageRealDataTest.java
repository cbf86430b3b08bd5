package nl.veerkracht.gis.geopackage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataFormatDescriptor;
import nl.veerkracht.gis.core.io.DataFormatRegistry;
import nl.veerkracht.gis.core.io.ProgressListener;
import nl.veerkracht.gis.core.io.WritableDataFormat;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;
import nl.veerkracht.testsupport.SharedData;

/**
 * Real CBS wijken and buurten (RD New from Zaanstad, WGS 84 from Rotterdam) through the registered
 * GeoPackage format: written as one multi-layer file and read back unchanged.
 */
class GeoPackageRealDataTest {

	@TempDir
	Path folder;

	@Test
	void geoPackageIsRegisteredAsWritableFormat() {
		DataFormatDescriptor format = DataFormatRegistry.getDefault().forFile(Path.of("Zaanstad.GPKG")).orElseThrow();

		assertEquals("nl.veerkracht.gis.geopackage", format.getId());
		assertEquals("GeoPackage", format.getName());
		assertTrue(format.isWritable());
	}

	@Test
	void zaanstadAndRotterdamRoundTripThroughOneGeoPackage() throws Exception {
		FeatureCollection wijken = new GeoJsonReader().read(SharedData.file("zaanstad/wijk_zaanstad.geojson"));
		FeatureCollection buurten = new GeoJsonReader().read(SharedData.file("zaanstad/buurt_zaanstad.geojson"));
		FeatureCollection rotterdam = new GeoJsonReader().read(SharedData.file("rotterdam/buurten_wgs84.geojson"));
		Path file = folder.resolve("gemeenten.gpkg");
		WritableDataFormat format = (WritableDataFormat) DataFormatRegistry.getDefault().forFile(file).orElseThrow()
				.getFormat();

		format.write(file, List.of(wijken, buurten, rotterdam), ProgressListener.NONE);
		List<FeatureCollection> read = DataFormatRegistry.getDefault().read(file, ProgressListener.NONE);

		assertEquals(3, read.size());
		assertEquals(19, read.get(0).size());
		assertEquals(50, read.get(1).size());
		// CBS ids such as "cbs_wijken_2017.2" cannot be the integer primary key: the rows are numbered
		assertEquals("cbs_wijken_2017.2", wijken.getFeatures().get(0).getId());
		GeoPackageRoundTripTest.assertSameLayer(wijken, read.get(0), false);
		GeoPackageRoundTripTest.assertSameLayer(buurten, read.get(1), false);
		GeoPackageRoundTripTest.assertSameLayer(rotterdam, read.get(2));
	}
}
