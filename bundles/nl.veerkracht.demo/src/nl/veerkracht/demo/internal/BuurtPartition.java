package nl.veerkracht.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Divides the city into buurten: well-spread seed points inside the boundary (denser towards
 * the centre, as in a real town), their Voronoi cells clipped to the boundary.
 */
public final class BuurtPartition {

	/** One buurt's seed point and polygon. */
	public record Cell(Coordinate seed, Geometry polygon) {
	}

	private BuurtPartition() {
	}

	/**
	 * @param outline the city boundary
	 * @param count   the number of buurten
	 * @param random  the deterministic source of the seeds
	 * @return the cells, ordered from the centre outwards
	 */
	public static List<Cell> divide(Polygon outline, int count, SplittableRandom random) {
		GeometryFactory factory = outline.getFactory();
		Coordinate centre = outline.getCentroid().getCoordinate();
		Envelope bounds = outline.getEnvelopeInternal();
		List<Coordinate> seeds = spreadSeeds(outline, centre, bounds, count, random);
		seeds.sort((a, b) -> Double.compare(a.distance(centre), b.distance(centre)));
		VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
		voronoi.setSites(seeds);
		Envelope clip = new Envelope(bounds);
		clip.expandBy(bounds.getWidth());
		voronoi.setClipEnvelope(clip);
		Geometry diagram = voronoi.getDiagram(factory);
		List<Cell> cells = new ArrayList<>();
		for (Coordinate seed : seeds) {
			Point site = factory.createPoint(seed);
			for (int i = 0; i < diagram.getNumGeometries(); i++) {
				Geometry cell = diagram.getGeometryN(i);
				if (cell.contains(site)) {
					cells.add(new Cell(seed, cell.intersection(outline)));
					break;
				}
			}
		}
		return cells;
	}

	private static List<Coordinate> spreadSeeds(Polygon outline, Coordinate centre, Envelope bounds, int count,
			SplittableRandom random) {
		GeometryFactory factory = outline.getFactory();
		double radius = Math.max(bounds.getWidth(), bounds.getHeight()) / 2;
		List<Coordinate> seeds = new ArrayList<>();
		int attempts = 0;
		while (seeds.size() < count) {
			attempts++;
			double angle = random.nextDouble() * 2 * Math.PI;
			double distance = radius * Math.pow(random.nextDouble(), 0.75);
			Coordinate candidate = new Coordinate(Math.round(centre.x + distance * Math.cos(angle)),
					Math.round(centre.y + distance * Math.sin(angle)));
			double spacing = minimumSpacing(candidate.distance(centre), radius, attempts);
			if (outline.contains(factory.createPoint(candidate)) && farEnough(candidate, seeds, spacing)) {
				seeds.add(candidate);
			}
		}
		return seeds;
	}

	/** Central buurten are smaller; the spacing relaxes if the city gets crowded. */
	private static double minimumSpacing(double fromCentre, double radius, int attempts) {
		double spacing = 420 + 520 * Math.min(1, fromCentre / radius);
		return spacing * Math.max(0.5, 1 - attempts / 20000.0);
	}

	private static boolean farEnough(Coordinate candidate, List<Coordinate> seeds, double spacing) {
		return seeds.stream().allMatch(seed -> seed.distance(candidate) >= spacing);
	}
}
