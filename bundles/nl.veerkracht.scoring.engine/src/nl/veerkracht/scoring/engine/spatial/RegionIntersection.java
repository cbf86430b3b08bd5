package nl.veerkracht.scoring.engine.spatial;

import java.util.Arrays;

import org.locationtech.jts.algorithm.CGAlgorithmsDD;

/**
 * Decides exactly whether two polygonal regions have a point in common, on the flat rings of
 * {@link PolygonRings}. Two regions intersect when a segment of one meets a segment of the other (a crossing,
 * a touch, a vertex on an edge, a common stretch) or, with boundaries apart, when a polygon of one lies inside
 * the other, which a single vertex of that polygon tells. The predicates are JTS's robust orientation index
 * ({@link CGAlgorithmsDD#orientationIndex(double, double, double, double, double, double)}), the one JTS's own
 * {@code intersects} decides with, and a port of its ray-crossing point-in-ring test, so the answer is JTS's
 * for valid polygons: no tolerance is involved.
 * <p>
 * Only segments that reach into the overlap of the two envelopes can meet; those of both regions are sorted
 * along x and swept, so a pair costs about the number of its segments near the overlap, not their product.
 */
final class RegionIntersection {

	private static final int EXTERIOR = 0;
	private static final int BOUNDARY = 1;
	private static final int INTERIOR = 2;

	private final PolygonRings rings;
	/** Per segment (numbered by its first vertex): the smaller x, the sweep's interval start. */
	private final double[] segmentMinX;

	/**
	 * Prepares the test for the regions of the rings.
	 *
	 * @param rings the regions
	 */
	RegionIntersection(PolygonRings rings) {
		this.rings = rings;
		segmentMinX = new double[rings.vertexCount()];
		for (int v = 0; v + 1 < segmentMinX.length; v++) {
			segmentMinX[v] = Math.min(rings.x[v], rings.x[v + 1]);
		}
	}

	/**
	 * Tests two polygonal regions with intersecting envelopes.
	 *
	 * @param a a region index
	 * @param b another region index
	 * @return {@code true} when they have at least one point in common
	 */
	boolean intersects(int a, int b) {
		double minX = Math.max(rings.minX[a], rings.minX[b]);
		double minY = Math.max(rings.minY[a], rings.minY[b]);
		double maxX = Math.min(rings.maxX[a], rings.maxX[b]);
		double maxY = Math.min(rings.maxY[a], rings.maxY[b]);
		int[] near = segmentsIn(a, minX, minY, maxX, maxY);
		int[] nearB = segmentsIn(b, minX, minY, maxX, maxY);
		if (near.length > 0 && nearB.length > 0 && anySegmentsMeet(near, nearB)) {
			return true;
		}
		return anyPolygonInside(a, b) || anyPolygonInside(b, a);
	}

	/** The segments of a region whose envelope meets the window. */
	private int[] segmentsIn(int region, double minX, double minY, double maxX, double maxY) {
		int firstRing = rings.polygonRing[rings.regionPolygon[region]];
		int lastRing = rings.polygonRing[rings.regionPolygon[region + 1]];
		int[] found = new int[rings.ringStart[lastRing] - rings.ringStart[firstRing]];
		int count = 0;
		double[] x = rings.x;
		double[] y = rings.y;
		for (int ring = firstRing; ring < lastRing; ring++) {
			for (int v = rings.ringStart[ring]; v < rings.ringStart[ring + 1] - 1; v++) {
				if (Math.min(x[v], x[v + 1]) <= maxX && Math.max(x[v], x[v + 1]) >= minX
						&& Math.min(y[v], y[v + 1]) <= maxY && Math.max(y[v], y[v + 1]) >= minY) {
					found[count++] = v;
				}
			}
		}
		return Arrays.copyOf(found, count);
	}

	/** Sweeps both sets of segments along x and tests the pairs whose x ranges overlap. */
	private boolean anySegmentsMeet(int[] first, int[] second) {
		SweepOrder a = SweepOrder.of(first, first.length, segmentMinX);
		SweepOrder b = SweepOrder.of(second, second.length, segmentMinX);
		int ia = 0;
		int ib = 0;
		while (ia < a.items.length && ib < b.items.length) {
			if (a.keys[ia] <= b.keys[ib]) {
				int s = a.items[ia++];
				double end = Math.max(rings.x[s], rings.x[s + 1]);
				for (int k = ib; k < b.items.length && b.keys[k] <= end; k++) {
					if (segmentsMeet(s, b.items[k])) {
						return true;
					}
				}
			} else {
				int s = b.items[ib++];
				double end = Math.max(rings.x[s], rings.x[s + 1]);
				for (int k = ia; k < a.items.length && a.keys[k] <= end; k++) {
					if (segmentsMeet(a.items[k], s)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/**
	 * Tests two closed segments for a common point, as JTS's {@code RobustLineIntersector} does: envelopes
	 * first, then each segment's end points must not lie strictly on one side of the other's line. When all
	 * four points are collinear, overlapping envelopes mean overlapping segments.
	 */
	private boolean segmentsMeet(int p, int q) {
		double[] x = rings.x;
		double[] y = rings.y;
		double p1x = x[p];
		double p1y = y[p];
		double p2x = x[p + 1];
		double p2y = y[p + 1];
		double q1x = x[q];
		double q1y = y[q];
		double q2x = x[q + 1];
		double q2y = y[q + 1];
		if (Math.min(p1x, p2x) > Math.max(q1x, q2x) || Math.max(p1x, p2x) < Math.min(q1x, q2x)
				|| Math.min(p1y, p2y) > Math.max(q1y, q2y) || Math.max(p1y, p2y) < Math.min(q1y, q2y)) {
			return false;
		}
		int pq1 = CGAlgorithmsDD.orientationIndex(p1x, p1y, p2x, p2y, q1x, q1y);
		int pq2 = CGAlgorithmsDD.orientationIndex(p1x, p1y, p2x, p2y, q2x, q2y);
		if (pq1 * pq2 > 0) {
			return false;
		}
		int qp1 = CGAlgorithmsDD.orientationIndex(q1x, q1y, q2x, q2y, p1x, p1y);
		int qp2 = CGAlgorithmsDD.orientationIndex(q1x, q1y, q2x, q2y, p2x, p2y);
		return qp1 * qp2 <= 0;
	}

	/** Whether the first vertex of some polygon of {@code inner} lies in {@code outer}. */
	private boolean anyPolygonInside(int inner, int outer) {
		for (int p = rings.regionPolygon[inner]; p < rings.regionPolygon[inner + 1]; p++) {
			int v = rings.ringStart[rings.polygonRing[p]];
			double px = rings.x[v];
			double py = rings.y[v];
			if (px >= rings.minX[outer] && px <= rings.maxX[outer] && py >= rings.minY[outer]
					&& py <= rings.maxY[outer] && contains(outer, px, py)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a point lies in a region: in the shell of one of its polygons and not inside a hole of it. */
	private boolean contains(int region, double px, double py) {
		polygons: for (int p = rings.regionPolygon[region]; p < rings.regionPolygon[region + 1]; p++) {
			int shell = rings.polygonRing[p];
			int inShell = locate(shell, px, py);
			if (inShell == EXTERIOR) {
				continue;
			}
			if (inShell == BOUNDARY) {
				return true;
			}
			for (int hole = shell + 1; hole < rings.polygonRing[p + 1]; hole++) {
				int inHole = locate(hole, px, py);
				if (inHole == BOUNDARY) {
					return true;
				}
				if (inHole == INTERIOR) {
					continue polygons;
				}
			}
			return true;
		}
		return false;
	}

	/** Locates a point against a ring: JTS's {@code RayCrossingCounter}, on flat arrays. */
	private int locate(int ring, double px, double py) {
		double[] x = rings.x;
		double[] y = rings.y;
		int crossings = 0;
		for (int v = rings.ringStart[ring]; v < rings.ringStart[ring + 1] - 1; v++) {
			double x1 = x[v];
			double y1 = y[v];
			double x2 = x[v + 1];
			double y2 = y[v + 1];
			if (x1 < px && x2 < px) {
				continue;
			}
			if (px == x2 && py == y2) {
				return BOUNDARY;
			}
			if (y1 == py && y2 == py) {
				if (px >= Math.min(x1, x2) && px <= Math.max(x1, x2)) {
					return BOUNDARY;
				}
				continue;
			}
			if (y1 > py && y2 <= py || y2 > py && y1 <= py) {
				int orientation = CGAlgorithmsDD.orientationIndex(x1, y1, x2, y2, px, py);
				if (orientation == 0) {
					return BOUNDARY;
				}
				if (y2 < y1) {
					orientation = -orientation;
				}
				if (orientation > 0) {
					crossings++;
				}
			}
		}
		return crossings % 2 == 1 ? INTERIOR : EXTERIOR;
	}
}
