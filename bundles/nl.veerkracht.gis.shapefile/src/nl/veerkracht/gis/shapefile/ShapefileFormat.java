package nl.veerkracht.gis.shapefile;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataFormat;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.ProgressListener;
import nl.veerkracht.gis.core.io.WarningSink;

/**
 * Esri Shapefile as a registered data format: a {@code .shp} (one layer) or a {@code .zip} holding one or
 * more shapefiles (one layer each). Warnings (an assumed CRS, a guessed encoding) go to the
 * {@link WarningSink} given; see {@link ShapefileReader} for the rules.
 */
public final class ShapefileFormat implements DataFormat {

	private final ShapefileReader reader = new ShapefileReader();

	@Override
	public List<FeatureCollection> read(Path file, ProgressListener progress) throws DataSourceException {
		return read(file, progress, WarningSink.IGNORE);
	}

	@Override
	public List<FeatureCollection> read(Path file, ProgressListener progress, WarningSink warnings)
			throws DataSourceException {
		String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
		if (name.endsWith(".zip")) {
			return reader.readZip(file, warnings, progress);
		}
		return List.of(reader.read(file, warnings, progress));
	}
}
