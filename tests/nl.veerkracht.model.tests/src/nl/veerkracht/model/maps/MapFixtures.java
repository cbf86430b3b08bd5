package nl.veerkracht.model.maps;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.AttributeType;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.feature.FeatureSchema;
import nl.veerkracht.gis.core.io.DataFormatDescriptor;
import nl.veerkracht.gis.core.io.DataFormatRegistry;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.ProgressListener;
import nl.veerkracht.gis.core.io.geojson.GeoJsonFormat;
import nl.veerkracht.gis.core.io.geojson.GeoJsonWriter;

/** Small data files for map tests: squares in RD New with a name and a number, written as GeoJSON. */
final class MapFixtures {

	static final DataFormatRegistry GEOJSON = DataFormatRegistry.of(List.of(new DataFormatDescriptor(
			"geojson", "GeoJSON", List.of("geojson"), GeoJsonFormat::new)));

	private static final GeometryFactory GEOMETRIES = new GeometryFactory();

	private MapFixtures() {
	}

	/**
	 * Writes {@code count} squares of 100 m side by side, their {@code aandeel} 10, 20, ... and the last
	 * without a value.
	 */
	static Path squares(Path file, String layerName, int count) throws Exception {
		FeatureSchema schema = new FeatureSchema(layerName, List.of(new AttributeDescriptor("naam", AttributeType.STRING),
				new AttributeDescriptor("aandeel", AttributeType.REAL)));
		List<Feature> features = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			double x = 120_000 + i * 100;
			double y = 487_000;
			Coordinate[] ring = { new Coordinate(x, y), new Coordinate(x + 100, y), new Coordinate(x + 100, y + 100),
					new Coordinate(x, y + 100), new Coordinate(x, y) };
			Double aandeel = i == count - 1 ? null : 10.0 * (i + 1);
			features.add(new Feature(Integer.toString(i + 1), GEOMETRIES.createPolygon(ring), schema,
					new Object[] { "vak " + (i + 1), aandeel }));
		}
		Files.createDirectories(file.getParent());
		try {
			GeoJsonWriter.keepingCrs().write(file, new FeatureCollection(schema, features, Crs.RD_NEW), ProgressListener.NONE);
		} catch (DataSourceException e) {
			throw new AssertionError(e);
		}
		return file;
	}

	/** Reads a file written by {@link #squares}. */
	static FeatureCollection read(Path file) throws DataSourceException {
		return GEOJSON.read(file, ProgressListener.NONE).get(0);
	}
}
