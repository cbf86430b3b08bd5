package nl.veerkracht.gis.shapefile;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataFormat;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.ProgressListener;

/**
 * Esri Shapefile as a registered data format: a {@code .shp} (one layer) or a {@code .zip} holding one or
 * more shapefiles (one layer each). Warnings go to the progress listener when it is also a
 * {@link WarningSink}; see {@link ShapefileReader} for the rules.
 */
public final class ShapefileFormat implements DataFormat {

	private final ShapefileReader reader = new ShapefileReader();

	@Override
	public List<FeatureCollection> read(Path file, ProgressListener progress) throws DataSourceException {
		WarningSink warnings = progress instanceof WarningSink sink ? sink : WarningSink.IGNORE;
		return read(file, progress, warnings);
	}

	/**
	 * Reads a {@code .shp} or a {@code .zip} of shapefiles.
	 *
	 * @param file     the file
	 * @param progress told of progress, and asked whether to go on
	 * @param warnings receives what was noticed and worked around
	 * @return the layers, never empty
	 * @throws DataSourceException when the file cannot be read
	 */
	public List<FeatureCollection> read(Path file, ProgressListener progress, WarningSink warnings)
			throws DataSourceException {
		String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
		if (name.endsWith(".zip")) {
			return reader.readZip(file, warnings, progress);
		}
		return List.of(reader.read(file, warnings, progress));
	}
}
