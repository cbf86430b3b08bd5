package nl.veerkracht.gis.core.io.csv;

import java.nio.file.Path;
import java.util.List;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataFormat;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.ProgressListener;

/** CSV attribute tables (see {@link CsvReader}) as a registered data format: one table per file. */
public final class CsvFormat implements DataFormat {

	@Override
	public List<FeatureCollection> read(Path file, ProgressListener progress) throws DataSourceException {
		return List.of(new CsvReader().read(file, progress));
	}
}
