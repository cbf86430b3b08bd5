package nl.veerkracht.scoring.engine.spatial;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Queen contiguity from region boundaries: two regions are neighbours when their geometries share at least
 * one point (an edge or only a corner), i.e. when they intersect. Candidate pairs come from an
 * {@link STRtree} of the envelopes; the exact test uses a {@link PreparedGeometry}. With a positive
 * tolerance, regions closer than the tolerance also count as neighbours, which bridges the slivers that
 * generalised boundary files (such as the CBS Wijk- en Buurtkaart) have between adjacent polygons.
 */
public final class QueenContiguity {

	private QueenContiguity() {
	}

	/**
	 * Builds exact queen contiguity (tolerance 0).
	 *
	 * @param geometries one polygonal geometry per region, none {@code null}
	 * @return the neighbours
	 */
	public static SpatialWeights build(Geometry[] geometries) {
		return build(geometries, 0);
	}

	/**
	 * Builds queen contiguity.
	 *
	 * @param geometries one polygonal geometry per region, none {@code null}
	 * @param tolerance  distance below which two regions count as touching, in the geometries' units; 0 for
	 *                   exact contiguity
	 * @return the neighbours
	 */
	public static SpatialWeights build(Geometry[] geometries, double tolerance) {
		STRtree tree = new STRtree();
		for (int i = 0; i < geometries.length; i++) {
			tree.insert(geometries[i].getEnvelopeInternal(), i);
		}
		tree.build();
		List<List<Integer>> lists = new ArrayList<>();
		for (int i = 0; i < geometries.length; i++) {
			lists.add(new ArrayList<>());
		}
		for (int i = 0; i < geometries.length; i++) {
			Envelope search = new Envelope(geometries[i].getEnvelopeInternal());
			search.expandBy(tolerance);
			PreparedGeometry prepared = tolerance > 0 ? null : PreparedGeometryFactory.prepare(geometries[i]);
			for (Object candidate : tree.query(search)) {
				int j = (Integer) candidate;
				if (j <= i) {
					continue;
				}
				boolean touching = prepared != null ? prepared.intersects(geometries[j])
						: geometries[i].isWithinDistance(geometries[j], tolerance);
				if (touching) {
					lists.get(i).add(j);
					lists.get(j).add(i);
				}
			}
		}
		int[][] neighbours = new int[geometries.length][];
		for (int i = 0; i < neighbours.length; i++) {
			neighbours[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
		}
		return new SpatialWeights(neighbours);
	}
}
