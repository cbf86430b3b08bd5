package nl.veerkracht.scoring.engine.spatial;

import java.util.Arrays;

/**
 * Finds the pairs of regions that share a vertex: the same coordinate, bit for bit, in rings of both.
 * Adjacent polygons cut from one topology, as those of the CBS Wijk- en Buurtkaart are, share the vertices
 * of their common boundary, so hashing the vertices finds most neighbours without any geometry. A shared
 * vertex is a point of both regions, so every pair found intersects; pairs that touch or overlap without a
 * shared vertex (independently simplified boundaries, a vertex on the other's edge) are left to
 * {@link RegionIntersection}.
 */
final class SharedVertices {

	private SharedVertices() {
	}

	/**
	 * Finds the pairs.
	 *
	 * @param rings the regions' rings
	 * @return the pairs {@code (long) i << 32 | j} with {@code i < j}, ascending, without repeats
	 */
	static long[] pairs(PolygonRings rings) {
		int capacity = Integer.highestOneBit(Math.max(rings.vertexCount(), 8)) * 4;
		int mask = capacity - 1;
		// one chain per distinct coordinate: its first vertex in the slot, then one vertex per further region
		int[] head = new int[capacity];
		Arrays.fill(head, -1);
		int[] next = new int[rings.vertexCount()];
		int[] region = new int[rings.vertexCount()];
		long[] pairs = new long[256];
		int count = 0;
		long previous = -1;
		for (int g = 0; g < rings.regionCount(); g++) {
			int ring = rings.polygonRing[rings.regionPolygon[g]];
			int lastRing = rings.polygonRing[rings.regionPolygon[g + 1]];
			for (; ring < lastRing; ring++) {
				// the closing vertex repeats the first
				for (int v = rings.ringStart[ring]; v < rings.ringStart[ring + 1] - 1; v++) {
					double x = rings.x[v];
					double y = rings.y[v];
					int slot = hash(x, y) & mask;
					while (head[slot] >= 0 && !(rings.x[head[slot]] == x && rings.y[head[slot]] == y)) {
						slot = slot + 1 & mask;
					}
					int last = -1;
					boolean present = false;
					for (int u = head[slot]; u >= 0; u = next[u]) {
						if (region[u] == g) {
							present = true;
						} else {
							long pair = (long) region[u] << 32 | g;
							// consecutive vertices of a common boundary give the same pair: keep it once
							if (pair != previous) {
								if (count == pairs.length) {
									pairs = Arrays.copyOf(pairs, count * 2);
								}
								pairs[count++] = pair;
								previous = pair;
							}
						}
						last = u;
					}
					if (!present) {
						region[v] = g;
						next[v] = -1;
						if (last < 0) {
							head[slot] = v;
						} else {
							next[last] = v;
						}
					}
				}
			}
		}
		return distinct(pairs, count);
	}

	private static long[] distinct(long[] pairs, int count) {
		Arrays.sort(pairs, 0, count);
		int kept = 0;
		for (int k = 0; k < count; k++) {
			if (kept == 0 || pairs[k] != pairs[kept - 1]) {
				pairs[kept++] = pairs[k];
			}
		}
		return Arrays.copyOf(pairs, kept);
	}

	private static int hash(double x, double y) {
		long h = Double.doubleToLongBits(x) * 0x9E3779B97F4A7C15L ^ Double.doubleToLongBits(y);
		h *= 0xD6E8FEB86659FD93L;
		return (int) (h ^ h >>> 32);
	}
}
