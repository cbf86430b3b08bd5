package nl.veerkracht.gis.geopackage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

import org.locationtech.jts.geom.GeometryFactory;

import mil.nga.geopackage.GeoPackage;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.ProgressListener;
import nl.veerkracht.gis.core.io.SafeFileWrite;
import nl.veerkracht.gis.geopackage.internal.FeatureProgress;
import nl.veerkracht.gis.geopackage.internal.FeatureTableWriter;
import nl.veerkracht.gis.geopackage.internal.GeoPackageBinary;
import nl.veerkracht.gis.geopackage.internal.GeoPackageFiles;
import nl.veerkracht.gis.geopackage.internal.LayerStylesTable;
import nl.veerkracht.gis.geopackage.internal.TableNames;

/**
 * Writes layers to a new GeoPackage, one feature table per layer, named after the layer's schema (made
 * unique). Each table gets its {@code gpkg_contents} row with the layer's extent, its
 * {@code gpkg_geometry_columns} row (the layer's single geometry type, or GEOMETRY when mixed), its
 * spatial reference system with its EPSG WKT definition, typed attribute columns (TEXT, INTEGER, REAL,
 * BOOLEAN) and an R-tree spatial index (the {@code gpkg_rtree_index} extension). Geometries are written
 * two-dimensional. The primary key {@code fid} must be an integer: feature ids that are all distinct
 * integers are kept, otherwise (e.g. CBS ids such as {@code cbs_wijken_2017.2}) the rows are numbered 1, 2,
 * ... in feature order and the original ids are not stored. Layers written with
 * {@link #writeStyled(Path, List, ProgressListener)} also get their styles in QGIS's {@code layer_styles}
 * table.
 * <p>
 * The GeoPackage is built in a hidden temporary file beside the target and moved into place only when
 * complete, so a failed or cancelled write leaves the target as it was and nothing else behind.
 * Instances are stateless and may be shared between threads.
 */
public final class GeoPackageWriter {

	private static final List<String> SQLITE_SIDE_FILES = List.of("-journal", "-wal", "-shm");

	/**
	 * Writes layers, replacing the file when it exists.
	 *
	 * @param file     the GeoPackage to write
	 * @param layers   the layers, at least one
	 * @param progress told the number of features written so far and the total, and asked whether to go on
	 * @throws DataSourceException   when the file cannot be written; the message names the file and the
	 *                               problem
	 * @throws CancellationException when the listener cancelled; the target is then unchanged
	 */
	public void write(Path file, List<FeatureCollection> layers, ProgressListener progress)
			throws DataSourceException {
		writeStyled(file, layers.stream().map(layer -> new StyledTable(layer, List.of())).toList(), progress);
	}

	/**
	 * Writes layers with their styles, replacing the file when it exists. The styles go into the
	 * {@code layer_styles} table that QGIS reads (see {@link StyledTable}), each as a QGIS style (QML) and an
	 * OGC SLD 1.0 document, so that QGIS opens every layer drawn as in the workbench; a GeoPackage without
	 * any style gets no such table.
	 *
	 * @param file     the GeoPackage to write
	 * @param layers   the layers with their styles, at least one
	 * @param progress told the number of features written so far and the total, and asked whether to go on
	 * @throws DataSourceException   when the file cannot be written; the message names the file and the
	 *                               problem
	 * @throws CancellationException when the listener cancelled; the target is then unchanged
	 */
	public void writeStyled(Path file, List<StyledTable> layers, ProgressListener progress)
			throws DataSourceException {
		Objects.requireNonNull(progress, "progress");
		if (layers.isEmpty()) {
			throw new DataSourceException(file, "there are no layers to write", null);
		}
		// mil.nga writes the GeoPackage tables only into files whose name ends in .gpkg
		SafeFileWrite.write(file, ".tmp.gpkg", SQLITE_SIDE_FILES, temporary -> {
			try {
				writeAll(temporary, layers, progress);
				GeoPackageFiles.flush(temporary);
			} catch (SQLException | RuntimeException e) {
				if (e instanceof CancellationException cancelled) {
					throw cancelled;
				}
				throw new DataSourceException(file, "cannot write the GeoPackage (" + GeoPackageFiles.rootMessage(e)
						+ ")", e);
			}
		});
	}

	private static void writeAll(Path temporary, List<StyledTable> layers, ProgressListener listener)
			throws SQLException, IOException {
		long total = layers.stream().mapToLong(layer -> layer.features().size()).sum();
		FeatureProgress progress = new FeatureProgress(listener, temporary, "Writing", total);
		try (GeoPackage geoPackage = GeoPackageFiles.create(temporary)) {
			FeatureTableWriter writer = new FeatureTableWriter(geoPackage,
					new GeoPackageBinary(new GeometryFactory()));
			TableNames tableNames = new TableNames(List.of(LayerStylesTable.NAME));
			LayerStylesTable styles = new LayerStylesTable(geoPackage.getConnection().getConnection());
			for (StyledTable layer : layers) {
				FeatureCollection features = layer.features();
				String tableName = tableNames.unique(features.getSchema().getName());
				String geometryColumn = writer.write(features, tableName, progress);
				styles.add(features, tableName, geometryColumn, layer.styles());
			}
		}
		progress.report();
	}
}
