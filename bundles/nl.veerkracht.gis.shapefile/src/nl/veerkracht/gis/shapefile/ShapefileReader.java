package nl.veerkracht.gis.shapefile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.ProgressListener;
import nl.veerkracht.gis.shapefile.internal.LayerReader;
import nl.veerkracht.gis.shapefile.internal.ZipExtraction;
import nl.veerkracht.gis.core.io.WarningSink;
import nl.veerkracht.gis.core.io.ReadWarning;

/**
 * Reads shapefiles with the H2GIS Shapefile and dBase drivers. Stateless and thread-safe.
 * <p>
 * <b>Parts.</b> The {@code .shp}, {@code .shx} and {@code .dbf} are required (found beside the
 * {@code .shp} whatever the case of their extensions); {@code .prj} and {@code .cpg} are optional. The
 * record counts of {@code .shx} and {@code .dbf} must agree, and no file may be shorter than its header
 * says; otherwise a {@link DataSourceException} names the file and the problem.
 * <p>
 * <b>Attributes.</b> dBase field types become: {@code C} STRING; {@code N} without decimals INTEGER when
 * every value fits a {@code long}, else REAL; {@code N} with decimals and {@code F} REAL; {@code L}
 * BOOLEAN; {@code D} STRING in ISO form ({@code 2024-01-31}). Empty values are {@code null}. Feature ids
 * are the 1-based record numbers; a null shape becomes an empty geometry.
 * <p>
 * <b>Encoding</b> of the {@code .dbf} text: the {@code .cpg} when it names a known character set
 * ({@code UTF-8}, {@code 1252}, {@code ANSI 1252}, {@code ISO-8859-1}, {@code 88591}, {@code 850}, ...);
 * else the code page in the {@code .dbf} header (its language-driver byte); else windows-1252, what
 * Dutch Windows software writes (a superset of ISO-8859-1), with a warning.
 * <p>
 * <b>Coordinate reference system</b> from the {@code .prj} WKT: an EPSG authority in it, or its name
 * (Amersfoort / RD New in its Esri and EPSG spellings, WGS 84, Web Mercator, ETRS89 and its UTM zones
 * 31N/32N, Amersfoort). An unrecognised {@code .prj} is an error that quotes its name. Without a
 * {@code .prj} the CRS is unknown, which is an error, unless the extent of the coordinates
 * (x in 0..300000, y in 300000..650000) makes RD New unambiguous: then RD New is assumed and a
 * {@link ReadWarning} says so.
 * <p>
 * <b>Zip archives</b> are checked before anything is extracted: an entry whose path is absolute or climbs
 * out of the archive ({@code ../}) rejects the whole archive. The shapefiles are extracted into a new
 * temporary directory (never beside the user's files) that is deleted when reading ends, also on
 * failure.
 */
public final class ShapefileReader {

	/**
	 * Reads one shapefile.
	 *
	 * @param shp      the {@code .shp} file
	 * @param warnings receives what was noticed and worked around
	 * @param progress told of progress, and asked whether to go on; a cancelled read throws
	 *                 {@link java.util.concurrent.CancellationException}
	 * @return the layer, named after the file
	 * @throws DataSourceException when the shapefile cannot be read; the message names the part at fault
	 */
	public FeatureCollection read(Path shp, WarningSink warnings, ProgressListener progress)
			throws DataSourceException {
		Objects.requireNonNull(warnings, "warnings");
		Objects.requireNonNull(progress, "progress");
		return new LayerReader(shp, shp.getFileName().toString(), warnings, progress).read();
	}

	/**
	 * Reads every shapefile in a zip archive, in the order of the archive.
	 *
	 * @param zip      the archive
	 * @param warnings receives what was noticed and worked around
	 * @param progress told of progress, and asked whether to go on
	 * @return one layer per {@code .shp} in the archive, named after it
	 * @throws DataSourceException when the archive is unsafe, holds no shapefile, or a shapefile in it
	 *                             cannot be read; the message names the archive and the entry
	 */
	public List<FeatureCollection> readZip(Path zip, WarningSink warnings, ProgressListener progress)
			throws DataSourceException {
		Objects.requireNonNull(warnings, "warnings");
		Objects.requireNonNull(progress, "progress");
		try (ZipExtraction extraction = ZipExtraction.extract(zip)) {
			List<FeatureCollection> layers = new ArrayList<>();
			for (ZipExtraction.Entry entry : extraction.shapefiles()) {
				String displayName = zip.getFileName() + "!" + entry.name();
				try {
					layers.add(new LayerReader(entry.file(), displayName, warnings, progress).read());
				} catch (DataSourceException e) {
					throw new DataSourceException(zip, entry.name() + ": " + e.getReason(), e);
				}
			}
			return layers;
		}
	}
}
