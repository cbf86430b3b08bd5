package nl.veerkracht.gis.geopackage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

import org.locationtech.jts.geom.GeometryFactory;

import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.features.user.FeatureDao;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.ProgressListener;
import nl.veerkracht.gis.geopackage.internal.FeatureProgress;
import nl.veerkracht.gis.geopackage.internal.FeatureTableReader;
import nl.veerkracht.gis.geopackage.internal.GeoPackageFiles;

/**
 * Reads every feature table of a GeoPackage (OGC 12-128r18) as a layer.
 * <p>
 * Each layer is named after its table. Columns become attributes: INTEGER (and the smaller integer types)
 * INTEGER, REAL/DOUBLE/FLOAT REAL, TEXT STRING, BOOLEAN BOOLEAN; DATE and DATETIME are read as STRING in
 * their stored ISO 8601 form; BLOB columns are left out. The CRS comes from the table's
 * {@code gpkg_spatial_ref_sys} row and must have an EPSG code. Feature ids are the primary key values;
 * features without geometry get an empty geometry collection. Tile and attribute tables are ignored.
 * The file is never changed. Instances are immutable and may be shared between threads.
 */
public final class GeoPackageReader {

	private final GeometryFactory geometryFactory;

	/** Creates a reader that builds geometries with a default {@link GeometryFactory}. */
	public GeoPackageReader() {
		this(new GeometryFactory());
	}

	/**
	 * @param geometryFactory builds all geometries read
	 */
	public GeoPackageReader(GeometryFactory geometryFactory) {
		this.geometryFactory = Objects.requireNonNull(geometryFactory, "geometryFactory");
	}

	/**
	 * Reads all feature tables.
	 *
	 * @param file     the GeoPackage
	 * @param progress told the number of features read so far and the total of all tables, and asked
	 *                 whether to go on
	 * @return the layers, in the order of {@code gpkg_contents}
	 * @throws DataSourceException   when the file is missing, not a GeoPackage, damaged, has no feature
	 *                               tables or a table cannot be read; the message names the file and the
	 *                               problem
	 * @throws CancellationException when the listener cancelled
	 */
	public List<FeatureCollection> read(Path file, ProgressListener progress) throws DataSourceException {
		Objects.requireNonNull(progress, "progress");
		try (GeoPackage geoPackage = GeoPackageFiles.open(file)) {
			return readTables(file, geoPackage, progress);
		} catch (SQLException | RuntimeException e) {
			if (e instanceof CancellationException cancelled) {
				throw cancelled;
			}
			throw new DataSourceException(file, "cannot read the GeoPackage; it may be damaged or truncated ("
					+ GeoPackageFiles.rootMessage(e) + ")", e);
		}
	}

	private List<FeatureCollection> readTables(Path file, GeoPackage geoPackage, ProgressListener listener)
			throws DataSourceException, SQLException {
		List<String> tables = geoPackage.getFeatureTables();
		if (tables.isEmpty()) {
			throw new DataSourceException(file, "the GeoPackage has no feature tables", null);
		}
		List<FeatureDao> daos = new ArrayList<>(tables.size());
		long total = 0;
		for (String table : tables) {
			FeatureDao dao = geoPackage.getFeatureDao(table);
			daos.add(dao);
			total += dao.count();
		}
		FeatureProgress progress = new FeatureProgress(listener, file, "Reading", total);
		Connection connection = geoPackage.getConnection().getConnection();
		FeatureTableReader reader = new FeatureTableReader(file, geometryFactory);
		List<FeatureCollection> layers = new ArrayList<>(daos.size());
		for (FeatureDao dao : daos) {
			layers.add(reader.read(dao, connection, progress));
		}
		progress.report();
		return layers;
	}
}
