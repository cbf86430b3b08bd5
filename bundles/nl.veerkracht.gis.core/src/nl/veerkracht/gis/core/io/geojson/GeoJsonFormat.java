package nl.veerkracht.gis.core.io.geojson;

import java.nio.file.Path;
import java.util.List;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.ProgressListener;
import nl.veerkracht.gis.core.io.WritableDataFormat;

/**
 * GeoJSON (RFC 7946, and the legacy {@code crs} member) as a registered data format: one layer per file.
 * Writing produces RFC 7946 output, reprojected to WGS 84 (see {@link GeoJsonWriter}); progress while
 * writing is counted in features.
 */
public final class GeoJsonFormat implements WritableDataFormat {

	@Override
	public List<FeatureCollection> read(Path file, ProgressListener progress) throws DataSourceException {
		return List.of(new GeoJsonReader().read(file, progress));
	}

	@Override
	public void write(Path file, List<FeatureCollection> layers, ProgressListener progress)
			throws DataSourceException {
		if (layers.size() != 1) {
			throw new DataSourceException(file, "a GeoJSON file holds exactly one layer, not " + layers.size(), null);
		}
		new GeoJsonWriter().write(file, layers.get(0), progress);
	}
}
