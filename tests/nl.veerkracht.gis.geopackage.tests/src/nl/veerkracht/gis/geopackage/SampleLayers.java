package nl.veerkracht.gis.geopackage;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.AttributeType;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.feature.FeatureSchema;

/** Small hand-made layers covering every geometry and attribute type, in RD New coordinates. */
final class SampleLayers {

	static final GeometryFactory FACTORY = new GeometryFactory();

	private SampleLayers() {
	}

	/** A layer with one feature of each geometry type (including empty ones) and all attribute types. */
	static FeatureCollection everyGeometryType() {
		FeatureSchema schema = new FeatureSchema("wijken", List.of(
				new AttributeDescriptor("naam", AttributeType.STRING),
				new AttributeDescriptor("inwoners", AttributeType.INTEGER),
				new AttributeDescriptor("aandeel", AttributeType.REAL),
				new AttributeDescriptor("stedelijk", AttributeType.BOOLEAN)));
		List<Geometry> geometries = List.of(
				FACTORY.createPoint(new Coordinate(155000, 463000)),
				FACTORY.createLineString(coordinates(0, 0, 10, 0, 10, 10)),
				square(0, 0, 100),
				FACTORY.createPolygon(FACTORY.createLinearRing(coordinates(0, 0, 50, 0, 50, 50, 0, 50, 0, 0)),
						new org.locationtech.jts.geom.LinearRing[] {
								FACTORY.createLinearRing(coordinates(10, 10, 20, 10, 20, 20, 10, 10)) }),
				FACTORY.createMultiPoint(coordinates(1, 2, 3, 4)),
				FACTORY.createMultiLineString(new org.locationtech.jts.geom.LineString[] {
						FACTORY.createLineString(coordinates(0, 0, 1, 1)),
						FACTORY.createLineString(coordinates(2, 2, 3, 3)) }),
				FACTORY.createMultiPolygon(new Polygon[] { square(0, 0, 10), square(20, 20, 5) }),
				FACTORY.createGeometryCollection(new Geometry[] {
						FACTORY.createPoint(new Coordinate(5, 5)), square(30, 30, 3) }),
				FACTORY.createPoint(),
				FACTORY.createMultiPolygon(),
				FACTORY.createGeometryCollection());
		List<Feature> features = new ArrayList<>();
		for (int i = 0; i < geometries.size(); i++) {
			Object[] values = i == 2 ? new Object[] { null, null, null, null }
					: new Object[] { "Wijk 'ë' \"" + i + "\"", 1_000_000_000_000L + i, i + 0.1, i % 2 == 0 };
			features.add(new Feature(String.valueOf(10 + i), geometries.get(i), schema, values));
		}
		return new FeatureCollection(schema, features, Crs.RD_NEW);
	}

	/** A layer of squares with string ids that are not integers, in WGS 84. */
	static FeatureCollection buurtenWithTextIds(String name, int count) {
		FeatureSchema schema = new FeatureSchema(name, List.of(new AttributeDescriptor("code", AttributeType.STRING)));
		List<Feature> features = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			features.add(new Feature("BU" + i, square(5 + i * 0.01, 52, 0.005), schema, new Object[] { "BU" + i }));
		}
		return new FeatureCollection(schema, features, Crs.WGS84);
	}

	static Polygon square(double x, double y, double size) {
		return FACTORY.createPolygon(coordinates(x, y, x + size, y, x + size, y + size, x, y + size, x, y));
	}

	private static Coordinate[] coordinates(double... xy) {
		Coordinate[] result = new Coordinate[xy.length / 2];
		for (int i = 0; i < result.length; i++) {
			result[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
		}
		return result;
	}
}
