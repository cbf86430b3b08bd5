package nl.veerkracht.gis.core.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.testsupport.SharedData;

class VectorLayerTest {

	private static Path rotterdamFile;
	private static FeatureCollection rotterdam;

	@BeforeAll
	static void readRotterdam() throws Exception {
		rotterdamFile = SharedData.file("rotterdam/buurten_wgs84.geojson");
		rotterdam = new GeoJsonReader().read(rotterdamFile);
	}

	@Test
	void rotterdamPolygonsReprojectIntoTheRotterdamAreaOfRdNew() {
		VectorLayer layer = new VectorLayer("Buurten", rotterdam, rotterdamFile, SimpleStyle.defaults());
		List<ProjectedFeature> all = layer.query(Crs.RD_NEW, layer.getEnvelope(Crs.RD_NEW));
		assertEquals(78, all.size());
		ProjectedFeature stadsdriehoek = all.get(0);
		assertEquals("BU05990110", stadsdriehoek.feature().getAttribute("buurtcode"));
		Envelope rd = stadsdriehoek.geometry().getEnvelopeInternal();
		assertTrue(rd.getMinX() > 85_000 && rd.getMaxX() < 100_000, rd::toString);
		assertTrue(rd.getMinY() > 430_000 && rd.getMaxY() < 445_000, rd::toString);
		assertTrue(stadsdriehoek.geometry().getArea() > 100_000, "area in m2");
		assertTrue(stadsdriehoek.feature().getGeometry().getEnvelopeInternal().getMaxX() < 5, "source stays WGS84");
	}

	@Test
	void envelopeIsInTheRequestedCrs() {
		VectorLayer layer = new VectorLayer("Buurten", rotterdam, rotterdamFile, SimpleStyle.defaults());
		assertEquals(rotterdam.getEnvelope(), layer.getEnvelope(Crs.WGS84));
		Envelope rd = layer.getEnvelope(Crs.RD_NEW);
		assertTrue(rd.getMinX() > 50_000 && rd.getMaxX() < 110_000, rd::toString);
		Envelope mercator = layer.getEnvelope(Crs.WEB_MERCATOR);
		assertTrue(mercator.getMinY() > 6_750_000 && mercator.getMaxY() < 6_820_000, mercator::toString);
	}

	@Test
	void queryReturnsOnlyIntersectingFeaturesInCollectionOrder() {
		VectorLayer layer = new VectorLayer("Buurten", rotterdam, null, SimpleStyle.defaults());
		Envelope around = new Envelope(92_500, 92_600, 437_400, 437_500);
		List<ProjectedFeature> hits = layer.query(Crs.RD_NEW, around);
		assertTrue(!hits.isEmpty() && hits.size() < 10, () -> "hits: " + hits.size());
		for (ProjectedFeature hit : hits) {
			assertTrue(hit.geometry().getEnvelopeInternal().intersects(around));
		}
		List<ProjectedFeature> all = layer.query(Crs.RD_NEW, layer.getEnvelope(Crs.RD_NEW));
		List<Integer> positions = hits.stream().map(all::indexOf).toList();
		assertEquals(positions.stream().sorted().toList(), positions);
		assertTrue(layer.query(Crs.RD_NEW, new Envelope(0, 1, 0, 1)).isEmpty());
		assertTrue(layer.getSource().isEmpty());
	}

	@Test
	void projectedGeometriesAreCachedPerCrsAndSharedBetweenThreads() throws Exception {
		VectorLayer layer = new VectorLayer("Buurten", rotterdam, rotterdamFile, SimpleStyle.defaults());
		Envelope rd = layer.getEnvelope(Crs.RD_NEW);
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<Geometry>> results = new ArrayList<>();
			for (int i = 0; i < 24; i++) {
				Crs crs = i % 2 == 0 ? Crs.RD_NEW : Crs.WEB_MERCATOR;
				Envelope area = crs == Crs.RD_NEW ? rd : layer.getEnvelope(Crs.WEB_MERCATOR);
				results.add(pool.submit(() -> layer.query(crs, area).get(5).geometry()));
			}
			Geometry rdGeometry = layer.query(Crs.RD_NEW, rd).get(5).geometry();
			Geometry mercatorGeometry = layer.query(Crs.WEB_MERCATOR, layer.getEnvelope(Crs.WEB_MERCATOR)).get(5)
					.geometry();
			assertNotEquals(rdGeometry.getCoordinate(), mercatorGeometry.getCoordinate());
			for (int i = 0; i < results.size(); i++) {
				assertSame(i % 2 == 0 ? rdGeometry : mercatorGeometry, results.get(i).get());
			}
		} finally {
			pool.shutdownNow();
		}
	}

	@Test
	void layerKeepsSourceAndHasUniqueId() {
		VectorLayer a = new VectorLayer("A", rotterdam, rotterdamFile, SimpleStyle.defaults());
		VectorLayer b = new VectorLayer("A", rotterdam, rotterdamFile, SimpleStyle.defaults());
		assertEquals(rotterdamFile, a.getSource().orElseThrow());
		assertNotEquals(a.getId(), b.getId());
		assertTrue(a.isVisible());
		assertEquals(1.0, a.getOpacity());
		assertSame(rotterdam, a.getFeatures());
	}
}
