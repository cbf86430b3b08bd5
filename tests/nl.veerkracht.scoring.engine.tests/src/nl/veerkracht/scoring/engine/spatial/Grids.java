package nl.veerkracht.scoring.engine.spatial;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Unit-square grids for the contiguity and Moran tests. Cell index = row * columns + column. */
final class Grids {

	private static final GeometryFactory FACTORY = new GeometryFactory();

	private Grids() {
	}

	static Geometry[] squares(int rows, int columns) {
		Geometry[] cells = new Geometry[rows * columns];
		for (int row = 0; row < rows; row++) {
			for (int column = 0; column < columns; column++) {
				cells[row * columns + column] = square(column, -row);
			}
		}
		return cells;
	}

	static Geometry square(double x, double y) {
		return FACTORY.createPolygon(new Coordinate[] { new Coordinate(x, y), new Coordinate(x + 1, y),
				new Coordinate(x + 1, y + 1), new Coordinate(x, y + 1), new Coordinate(x, y) });
	}
}
