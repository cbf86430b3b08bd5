package nl.veerkracht.gis.core.render;

import java.util.Arrays;

/**
 * Thins out one line or ring at a time in screen space, so that a map at national scale does not hand
 * the rasterizer far more edges than it has pixels. Two steps, both in pixel units:
 * <ol>
 * <li>a vertex closer than {@value #MIN_STEP} pixel to the last kept vertex is skipped, except the last vertex
 * of the input, which is always kept;</li>
 * <li>Douglas&ndash;Peucker with a tolerance of {@value #TOLERANCE} pixel removes vertices that lie (almost) on
 * the straight line between the vertices kept around them.</li>
 * </ol>
 * Every input vertex, and so every input segment, therefore lies within {@value #MIN_STEP} + {@value #TOLERANCE}
 * = 0.75 pixel of the result, and the result's vertices are input vertices. A ring that had at least three
 * distinct vertices after the first step keeps at least three, so a small polygon is still filled and a small
 * hole still shows; a ring that Douglas&ndash;Peucker would flatten to a line keeps the vertices of the first step.
 * <p>
 * Not thread-safe: it reuses its buffers from ring to ring. Use one per rendering pass.
 */
final class ScreenSimplifier {

	/** Vertices closer than this to the last kept vertex are skipped, in pixels. */
	static final double MIN_STEP = 0.25;

	/** The Douglas&ndash;Peucker tolerance, in pixels. */
	static final double TOLERANCE = 0.5;

	private static final double MIN_STEP_SQUARED = MIN_STEP * MIN_STEP;
	private static final double TOLERANCE_SQUARED = TOLERANCE * TOLERANCE;
	private static final int INITIAL_CAPACITY = 256;
	/** The fewest points of a ring that still encloses an area: three corners and the closing point. */
	private static final int MIN_RING_POINTS = 4;

	private double[] xs = new double[INITIAL_CAPACITY];
	private double[] ys = new double[INITIAL_CAPACITY];
	private boolean[] keep = new boolean[INITIAL_CAPACITY];
	private int[] stack = new int[2 * INITIAL_CAPACITY];
	private int count;
	private boolean lastSkipped;
	private double skippedX;
	private double skippedY;

	/**
	 * Starts a new line or ring.
	 *
	 * @param expectedPoints the number of points that will be added, to size the buffers once
	 */
	void begin(int expectedPoints) {
		ensureCapacity(expectedPoints);
		count = 0;
		lastSkipped = false;
	}

	/**
	 * Adds the next vertex, in pixels.
	 *
	 * @param x the screen x
	 * @param y the screen y
	 */
	void add(double x, double y) {
		if (count > 0) {
			double dx = x - xs[count - 1];
			double dy = y - ys[count - 1];
			if (dx * dx + dy * dy < MIN_STEP_SQUARED) {
				lastSkipped = true;
				skippedX = x;
				skippedY = y;
				return;
			}
		}
		ensureCapacity(count + 1);
		xs[count] = x;
		ys[count] = y;
		count++;
		lastSkipped = false;
	}

	/**
	 * Ends the line or ring and simplifies it; the result is then read with {@link #size()}, {@link #x(int)}
	 * and {@link #y(int)}.
	 *
	 * @param ring whether the points form a closed ring (first point repeated at the end)
	 * @return the number of points left
	 */
	int finish(boolean ring) {
		if (lastSkipped) {
			ensureCapacity(count + 1);
			xs[count] = skippedX;
			ys[count] = skippedY;
			count++;
			lastSkipped = false;
		}
		if (count <= 2) {
			return count;
		}
		markDouglasPeucker();
		int kept = 0;
		for (int i = 0; i < count; i++) {
			kept += keep[i] ? 1 : 0;
		}
		if (ring && kept < MIN_RING_POINTS) {
			return count;
		}
		int target = 0;
		for (int i = 0; i < count; i++) {
			if (keep[i]) {
				xs[target] = xs[i];
				ys[target] = ys[i];
				target++;
			}
		}
		count = target;
		return count;
	}

	/** @return the number of points of the simplified line or ring */
	int size() {
		return count;
	}

	/**
	 * @param index the point, from 0 to {@link #size()} - 1
	 * @return its screen x
	 */
	double x(int index) {
		return xs[index];
	}

	/**
	 * @param index the point, from 0 to {@link #size()} - 1
	 * @return its screen y
	 */
	double y(int index) {
		return ys[index];
	}

	/** Marks the points Douglas-Peucker keeps, without recursion so that long rings cannot overflow the stack. */
	private void markDouglasPeucker() {
		Arrays.fill(keep, 0, count, false);
		keep[0] = true;
		keep[count - 1] = true;
		int top = 0;
		stack[top++] = 0;
		stack[top++] = count - 1;
		while (top > 0) {
			int last = stack[--top];
			int first = stack[--top];
			int farthest = farthestBetween(first, last);
			if (farthest >= 0) {
				keep[farthest] = true;
				stack[top++] = first;
				stack[top++] = farthest;
				stack[top++] = farthest;
				stack[top++] = last;
			}
		}
	}

	/** Returns the point between two others that lies farthest from the segment joining them, or -1 if none lies beyond the tolerance. */
	private int farthestBetween(int first, int last) {
		double ax = xs[first];
		double ay = ys[first];
		double dx = xs[last] - ax;
		double dy = ys[last] - ay;
		double lengthSquared = dx * dx + dy * dy;
		double maxDistance = TOLERANCE_SQUARED;
		int farthest = -1;
		for (int i = first + 1; i < last; i++) {
			double px = xs[i] - ax;
			double py = ys[i] - ay;
			double distance;
			if (lengthSquared == 0) {
				distance = px * px + py * py;
			} else {
				double t = Math.clamp((px * dx + py * dy) / lengthSquared, 0.0, 1.0);
				double qx = px - t * dx;
				double qy = py - t * dy;
				distance = qx * qx + qy * qy;
			}
			if (distance > maxDistance) {
				maxDistance = distance;
				farthest = i;
			}
		}
		return farthest;
	}

	private void ensureCapacity(int points) {
		if (points > xs.length) {
			int capacity = Math.max(points, xs.length * 2);
			xs = Arrays.copyOf(xs, capacity);
			ys = Arrays.copyOf(ys, capacity);
			keep = new boolean[capacity];
			stack = new int[2 * capacity];
		}
	}
}
