package nl.veerkracht.gis.geopackage;

import java.nio.file.Path;
import java.util.List;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.ProgressListener;
import nl.veerkracht.gis.core.io.WritableDataFormat;

/**
 * GeoPackage ({@code .gpkg}) as a registered data format: every feature table is a layer, and any
 * number of layers can be written. Progress is counted in features, not bytes.
 *
 * @see GeoPackageReader
 * @see GeoPackageWriter
 */
public final class GeoPackageFormat implements WritableDataFormat {

	private final GeoPackageReader reader = new GeoPackageReader();
	private final GeoPackageWriter writer = new GeoPackageWriter();

	@Override
	public List<FeatureCollection> read(Path file, ProgressListener progress) throws DataSourceException {
		return reader.read(file, progress);
	}

	@Override
	public void write(Path file, List<FeatureCollection> layers, ProgressListener progress)
			throws DataSourceException {
		writer.write(file, layers, progress);
	}
}
