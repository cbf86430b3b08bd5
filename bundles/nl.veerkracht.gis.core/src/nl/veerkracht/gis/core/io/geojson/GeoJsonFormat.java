package nl.veerkracht.gis.core.io.geojson;

import java.nio.file.Path;
import java.util.List;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataFormat;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.ProgressListener;

/** GeoJSON (RFC 7946, and the legacy {@code crs} member) as a registered data format: one layer per file. */
public final class GeoJsonFormat implements DataFormat {

	@Override
	public List<FeatureCollection> read(Path file, ProgressListener progress) throws DataSourceException {
		return List.of(new GeoJsonReader().read(file, progress));
	}
}
