package nl.veerkracht.scoring.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.WarningSink;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;
import nl.veerkracht.gis.geopackage.GeoPackageReader;
import nl.veerkracht.gis.shapefile.ShapefileReader;

/**
 * Reads the buurt boundary layer of a headless command by its extension: GeoJSON, GeoPackage (the first feature
 * table), Shapefile or a zip of shapefiles (the first).
 */
public final class BoundaryLayers {

	private BoundaryLayers() {
	}

	/**
	 * Reads the layer.
	 *
	 * @param file the boundary file
	 * @param log where read warnings (an assumed CRS, a guessed encoding) are printed
	 * @return the layer
	 * @throws DataSourceException naming the file, when it cannot be read or is of no known format
	 */
	public static FeatureCollection read(Path file, PrintStream log) throws DataSourceException {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".gpkg")) {
			return first(file, new GeoPackageReader().read(file, (done, total) -> true), "the GeoPackage has no feature table");
		}
		if (name.endsWith(".geojson") || name.endsWith(".json")) {
			return new GeoJsonReader().read(file);
		}
		WarningSink warnings = warning -> log.println("  grenzen: " + warning.message());
		if (name.endsWith(".shp")) {
			return new ShapefileReader().read(file, warnings, (done, total) -> true);
		}
		if (name.endsWith(".zip")) {
			return first(file, new ShapefileReader().readZip(file, warnings, (done, total) -> true), "the archive has no shapefile");
		}
		throw new DataSourceException(file,
				"--grenzen: not a GeoJSON (.geojson, .json), GeoPackage (.gpkg) or Shapefile (.shp, or a .zip of shapefiles)", null);
	}

	private static FeatureCollection first(Path file, List<FeatureCollection> layers, String none) throws DataSourceException {
		if (layers.isEmpty()) {
			throw new DataSourceException(file, none, null);
		}
		return layers.get(0);
	}
}
