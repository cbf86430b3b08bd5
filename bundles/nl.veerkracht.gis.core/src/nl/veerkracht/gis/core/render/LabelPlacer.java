package nl.veerkracht.gis.core.render;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Places labels one by one, first come first served: a label is kept only if it lies wholly inside the
 * image, fits its feature (an area's width and height, a line's length) and overlaps no label placed
 * before it; otherwise it is dropped. Point labels try the right, left, top and bottom of the symbol in
 * turn. Callers offer the most important labels first (top layer first, large features first).
 */
final class LabelPlacer {

	/** Space between a point symbol and its label, in pixels. */
	static final double POINT_OFFSET = 3;

	private final Rectangle2D image;
	private final LabelBoxes boxes = new LabelBoxes();
	private final List<PlacedLabel> placed = new ArrayList<>();

	/**
	 * @param width the image width in pixels
	 * @param height the image height in pixels
	 */
	LabelPlacer(int width, int height) {
		this.image = new Rectangle2D.Double(0, 0, width, height);
	}

	/**
	 * Tries to place a label.
	 *
	 * @param anchor where the feature wants its label
	 * @param label the label, measured
	 * @param symbolSize the diameter of the point symbol in pixels (used for points only)
	 * @return whether the label was placed
	 */
	boolean place(LabelAnchor anchor, MeasuredLabel label, double symbolSize) {
		double width = label.width();
		double height = label.height();
		if (anchor.kind() != LabelAnchor.Kind.POINT && (width > anchor.roomWidth() || height > anchor.roomHeight())) {
			return false;
		}
		for (Point2D centre : centres(anchor, width, height, symbolSize)) {
			Rectangle2D box = new Rectangle2D.Double(centre.getX() - width / 2, centre.getY() - height / 2, width,
					height);
			if (image.contains(box) && boxes.isFree(box)) {
				boxes.take(box);
				double halo = label.haloWidth();
				Point2D baseline = new Point2D.Double(box.getX() + halo, box.getY() + halo + label.layout().getAscent());
				placed.add(new PlacedLabel(label.text(), label.layout(), label.style(), baseline, halo, box));
				return true;
			}
		}
		return false;
	}

	/** Returns the labels placed so far, in the order they were placed. */
	List<PlacedLabel> placed() {
		return List.copyOf(placed);
	}

	private static List<Point2D> centres(LabelAnchor anchor, double width, double height, double symbolSize) {
		Point2D p = anchor.point();
		if (anchor.kind() != LabelAnchor.Kind.POINT) {
			return List.of(p);
		}
		double dx = symbolSize / 2 + POINT_OFFSET + width / 2;
		double dy = symbolSize / 2 + POINT_OFFSET + height / 2;
		return List.of(new Point2D.Double(p.getX() + dx, p.getY()), new Point2D.Double(p.getX() - dx, p.getY()),
				new Point2D.Double(p.getX(), p.getY() - dy), new Point2D.Double(p.getX(), p.getY() + dy));
	}
}
