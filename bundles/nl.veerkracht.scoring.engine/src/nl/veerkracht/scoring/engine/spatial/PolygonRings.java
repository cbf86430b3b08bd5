package nl.veerkracht.scoring.engine.spatial;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.Polygon;

/**
 * The polygons of a set of regions as flat primitive arrays, for the contiguity loops: all ring vertices in
 * one pair of coordinate arrays, and offset tables from region to polygons, polygon to rings (the shell
 * first, then its holes) and ring to vertices (closed: the last vertex repeats the first). A region whose
 * geometry has parts that are not polygons (points, lines) is marked not {@link #isPolygonal polygonal};
 * its polygons, if any, are still listed, but contiguity leaves its exact tests to JTS.
 */
final class PolygonRings {

	final double[] x;
	final double[] y;
	/** Ring r has the vertices {@code ringStart[r] .. ringStart[r + 1] - 1}. */
	final int[] ringStart;
	/** Polygon p has the rings {@code polygonRing[p] .. polygonRing[p + 1] - 1}, the shell first. */
	final int[] polygonRing;
	/** Region g has the polygons {@code regionPolygon[g] .. regionPolygon[g + 1] - 1}. */
	final int[] regionPolygon;
	final double[] minX;
	final double[] minY;
	final double[] maxX;
	final double[] maxY;
	private final boolean[] empty;
	private final boolean[] polygonal;

	private int vertexCount;
	private int ringCount;
	private int polygonCount;

	private PolygonRings(int regions, int vertices) {
		x = new double[vertices];
		y = new double[vertices];
		ringStart = new int[vertices + 1];
		polygonRing = new int[vertices + 1];
		regionPolygon = new int[regions + 1];
		minX = new double[regions];
		minY = new double[regions];
		maxX = new double[regions];
		maxY = new double[regions];
		empty = new boolean[regions];
		polygonal = new boolean[regions];
	}

	/**
	 * Flattens the geometries.
	 *
	 * @param geometries one geometry per region, none {@code null}
	 * @return the rings
	 */
	static PolygonRings of(Geometry[] geometries) {
		int vertices = 0;
		for (Geometry geometry : geometries) {
			vertices += geometry.getNumPoints();
		}
		PolygonRings rings = new PolygonRings(geometries.length, vertices);
		for (int g = 0; g < geometries.length; g++) {
			rings.addRegion(g, geometries[g]);
		}
		return rings;
	}

	/** @return the number of regions */
	int regionCount() {
		return empty.length;
	}

	/**
	 * @param region a region index
	 * @return {@code true} when its geometry is empty (it touches nothing)
	 */
	boolean isEmpty(int region) {
		return empty[region];
	}

	/**
	 * @param region a region index
	 * @return {@code true} when its geometry consists of polygons only
	 */
	boolean isPolygonal(int region) {
		return polygonal[region];
	}

	private void addRegion(int region, Geometry geometry) {
		Envelope envelope = geometry.getEnvelopeInternal();
		empty[region] = envelope.isNull();
		minX[region] = envelope.getMinX();
		minY[region] = envelope.getMinY();
		maxX[region] = envelope.getMaxX();
		maxY[region] = envelope.getMaxY();
		polygonal[region] = addParts(geometry);
		regionPolygon[region + 1] = polygonCount;
	}

	/** Adds the polygons of a geometry; returns {@code false} when it also has other parts. */
	private boolean addParts(Geometry geometry) {
		if (geometry instanceof Polygon polygon) {
			if (!polygon.isEmpty()) {
				addRing(polygon.getExteriorRing().getCoordinateSequence());
				for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
					addRing(polygon.getInteriorRingN(h).getCoordinateSequence());
				}
				polygonCount++;
				polygonRing[polygonCount] = ringCount;
			}
			return true;
		}
		if (geometry instanceof GeometryCollection collection) {
			boolean all = true;
			for (int p = 0; p < collection.getNumGeometries(); p++) {
				all &= addParts(collection.getGeometryN(p));
			}
			return all;
		}
		return geometry.isEmpty();
	}

	private void addRing(CoordinateSequence sequence) {
		for (int i = 0; i < sequence.size(); i++) {
			// + 0.0 turns -0.0 into 0.0, so that equal coordinates also have equal bits
			x[vertexCount] = sequence.getX(i) + 0.0;
			y[vertexCount] = sequence.getY(i) + 0.0;
			vertexCount++;
		}
		ringCount++;
		ringStart[ringCount] = vertexCount;
	}

	/** @return the number of vertices of all rings, closing vertices included */
	int vertexCount() {
		return vertexCount;
	}

	/** @return the number of rings */
	int ringCount() {
		return ringCount;
	}
}
