package nl.veerkracht.scoring.engine.spatial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;
import nl.veerkracht.testsupport.SharedData;

/**
 * Queen contiguity by vertex hashing and the exact fallback equals JTS's {@code intersects} of every pair on
 * real CBS boundaries: the Rotterdam buurten, whose neighbours all share vertices, and the 3,475 wijken of the
 * Netherlands, simplified polygon by polygon, where 1,731 of the neighbour pairs touch or overlap without a
 * common vertex.
 */
class ContiguityOfRealBoundariesTest {

	@Test
	void rotterdamBuurtenEqualPairwiseIntersects() throws DataSourceException {
		Geometry[] buurten = geometries("rotterdam/buurten_wgs84.geojson");
		assertEquals(78, buurten.length);
		SpatialWeights weights = QueenContiguity.build(buurten);
		int pairs = QueenContiguityTest.assertEqualsPairwiseIntersects(buurten, weights);
		assertEquals(177, pairs);
		assertEquals(pairs, SharedVertices.pairs(PolygonRings.of(buurten)).length,
				"cut from one topology: every neighbour pair shares a vertex");
	}

	@Test
	void nationalWijkenEqualPairwiseIntersects() throws DataSourceException {
		Geometry[] wijken = geometries("nederland/wijken_2024.geojson");
		assertEquals(3475, wijken.length);
		SpatialWeights weights = QueenContiguity.build(wijken);
		STRtree tree = new STRtree();
		for (int r = 0; r < wijken.length; r++) {
			tree.insert(wijken[r].getEnvelopeInternal(), r);
		}
		int pairs = 0;
		for (int a = 0; a < wijken.length; a++) {
			PreparedGeometry prepared = PreparedGeometryFactory.prepare(wijken[a]);
			int finalA = a;
			int[] expected = ((List<?>) tree.query(wijken[a].getEnvelopeInternal())).stream()
					.mapToInt(b -> (Integer) b).filter(b -> b != finalA && prepared.intersects(wijken[b])).sorted()
					.toArray();
			assertArrayEquals(expected, weights.neighbours(a), "neighbours of wijk " + a);
			pairs += expected.length;
		}
		assertEquals(9861, pairs / 2);
		assertEquals(8130, SharedVertices.pairs(PolygonRings.of(wijken)).length,
				"the other 1,731 pairs come from the exact test");
	}

	private static Geometry[] geometries(String file) throws DataSourceException {
		List<Feature> features = new GeoJsonReader().read(SharedData.file(file)).getFeatures();
		return features.stream().map(Feature::getGeometry).toArray(Geometry[]::new);
	}

}
