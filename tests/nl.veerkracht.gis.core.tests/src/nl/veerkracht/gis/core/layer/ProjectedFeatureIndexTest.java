package nl.veerkracht.gis.core.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.crs.CrsTransform;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.feature.FeatureSchema;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;
import nl.veerkracht.testsupport.SharedData;

class ProjectedFeatureIndexTest {

	@Test
	void nationalWijkenReprojectedInParallelEqualOneByOneInCollectionOrder() throws Exception {
		FeatureCollection wijken = new GeoJsonReader().read(SharedData.file("nederland/wijken_2024.geojson"));
		CrsTransform transform = new CrsTransform(Crs.WGS84, Crs.RD_NEW);
		ProjectedFeatureIndex index = new ProjectedFeatureIndex(wijken, transform);

		Envelope expectedEnvelope = new Envelope();
		List<Geometry> expected = new ArrayList<>();
		for (Feature feature : wijken.getFeatures()) {
			Geometry geometry = transform.transform(feature.getGeometry());
			expected.add(geometry);
			expectedEnvelope.expandToInclude(geometry.getEnvelopeInternal());
		}
		assertEquals(expectedEnvelope, index.envelope());
		List<ProjectedFeature> all = index.query(index.envelope());
		assertEquals(3475, all.size());
		for (int i = 0; i < all.size(); i++) {
			assertSame(wijken.getFeatures().get(i), all.get(i).feature());
			assertTrue(expected.get(i).equalsExact(all.get(i).geometry()), "geometry " + i);
		}
	}

	@Test
	void queryAnswersInCollectionOrder() throws Exception {
		FeatureCollection wijken = new GeoJsonReader().read(SharedData.file("nederland/wijken_2024.geojson"));
		ProjectedFeatureIndex index = new ProjectedFeatureIndex(wijken, new CrsTransform(Crs.WGS84, Crs.RD_NEW));
		Envelope rotterdam = new Envelope(85_000, 100_000, 430_000, 445_000);
		List<ProjectedFeature> hits = index.query(rotterdam);
		assertTrue(hits.size() > 20 && hits.size() < 300, () -> "hits: " + hits.size());
		List<Feature> features = wijken.getFeatures();
		int previous = -1;
		for (ProjectedFeature hit : hits) {
			assertTrue(hit.geometry().getEnvelopeInternal().intersects(rotterdam));
			int position = features.indexOf(hit.feature());
			assertTrue(position > previous, "collection order");
			previous = position;
		}
	}

	@Test
	void aCoordinateThatCannotBeReprojectedFailsTheIndexAsItFailsOneByOne() {
		GeometryFactory factory = new GeometryFactory();
		FeatureSchema schema = new FeatureSchema("points", List.of());
		List<Feature> features = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			double latitude = i == 700 ? 95 : 52;
			features.add(new Feature(String.valueOf(i), factory.createPoint(new Coordinate(5, latitude)), schema,
					new Object[0]));
		}
		FeatureCollection points = new FeatureCollection(schema, features, Crs.WGS84);
		CrsTransform transform = new CrsTransform(Crs.WGS84, Crs.RD_NEW);
		RuntimeException oneByOne = assertThrows(RuntimeException.class,
				() -> transform.transform(features.get(700).getGeometry()));
		RuntimeException inParallel = assertThrows(RuntimeException.class,
				() -> new ProjectedFeatureIndex(points, transform));
		assertSame(oneByOne.getClass(), inParallel.getClass());
		assertTrue(String.valueOf(inParallel.getMessage()).contains(oneByOne.getMessage()), inParallel::getMessage);
	}
}
