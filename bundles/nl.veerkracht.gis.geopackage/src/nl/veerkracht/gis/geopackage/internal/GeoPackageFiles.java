package nl.veerkracht.gis.geopackage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Arrays;

import com.j256.ormlite.support.ConnectionSource;
import com.j256.ormlite.support.DatabaseConnection;

import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageException;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageConnection;
import mil.nga.geopackage.db.GeoPackageTableCreator;
import mil.nga.geopackage.validate.GeoPackageValidate;
import nl.veerkracht.gis.core.io.DataSourceException;

/**
 * Opens and creates GeoPackage files through mil.nga, checking first what mil.nga would report less
 * clearly (or not at all): that the file exists, is an SQLite database and holds the GeoPackage tables.
 * <p>
 * In OSGi the SQLite JDBC driver must be registered before mil.nga (and ORMLite under it) look it up
 * through {@code DriverManager}: {@link #loadDriver()} does so from this bundle, which imports
 * {@code org.sqlite}. Most of mil.nga's Java SE code (GeoPackageManager, the DAOs, the R-tree extension)
 * is in the bundle {@code mil.nga.geopackage.geopackage}, a fragment of {@code geopackage-core}; since
 * fragments are optional, this bundle imports {@code mil.nga.geopackage.features.index}, a package only
 * that fragment exports, so that resolvers (Tycho's test runtime, p2) always bring it along.
 */
public final class GeoPackageFiles {

	private static final int USER_VERSION_1_3 = 10300;

	private static final String NO_SYNC_PRAGMA = "PRAGMA synchronous = OFF";
	private static final String MEMORY_JOURNAL_PRAGMA = "PRAGMA journal_mode = MEMORY";

	private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

	private GeoPackageFiles() {
	}

	/** Registers the SQLite JDBC driver with {@code DriverManager} (idempotent). */
	public static void loadDriver() {
		try {
			Class.forName(org.sqlite.JDBC.class.getName(), true, GeoPackageFiles.class.getClassLoader());
		} catch (ClassNotFoundException e) {
			throw new IllegalStateException("The SQLite JDBC driver is not available", e);
		}
	}

	/**
	 * Opens an existing GeoPackage for reading.
	 *
	 * @param file the file
	 * @return the open GeoPackage; the caller closes it
	 * @throws DataSourceException when the file is missing, not an SQLite database or not a GeoPackage
	 */
	public static GeoPackage open(Path file) throws DataSourceException {
		checkSqliteHeader(file);
		loadDriver();
		GeoPackage geoPackage;
		try {
			geoPackage = GeoPackageManager.open(baseName(file), false, file.toFile(), false);
		} catch (GeoPackageException e) {
			throw new DataSourceException(file, "cannot open the GeoPackage; it may be damaged or truncated ("
					+ rootMessage(e) + ")", e);
		}
		boolean valid = false;
		try {
			valid = GeoPackageValidate.hasMinimumTables(geoPackage);
		} catch (RuntimeException e) {
			geoPackage.close();
			throw new DataSourceException(file, "the file is damaged or truncated (" + rootMessage(e) + ")", e);
		}
		if (!valid) {
			geoPackage.close();
			throw new DataSourceException(file, "this SQLite database is not a GeoPackage: it lacks the tables "
					+ "gpkg_spatial_ref_sys and gpkg_contents", null);
		}
		return geoPackage;
	}

	/**
	 * Creates a new GeoPackage (the required tables only, declared as GeoPackage 1.3, which GDAL 3.6 reads
	 * without warnings) and opens it for writing. The file is meant to be temporary: both of mil.nga's
	 * connections to it write without syncing (the JDBC one keeps its rollback journal in memory), which makes
	 * writing many times faster; call {@link #flush(Path)} before moving the finished file into place.
	 *
	 * @param file a file that does not exist yet, whose name ends in {@code .gpkg}
	 * @return the open GeoPackage; the caller closes it
	 * @throws IOException  when the file cannot be created
	 * @throws SQLException when the GeoPackage tables cannot be created
	 */
	public static GeoPackage create(Path file) throws IOException, SQLException {
		loadDriver();
		Files.createFile(file); // an empty file is an empty SQLite database
		GeoPackage geoPackage = GeoPackageManager.open(baseName(file), true, file.toFile(), false);
		try {
			GeoPackageConnection connection = geoPackage.getConnection();
			connection.execSQL(NO_SYNC_PRAGMA);
			connection.execSQL(MEMORY_JOURNAL_PRAGMA);
			ConnectionSource ormLite = connection.getConnectionSource();
			DatabaseConnection ormLiteConnection = ormLite.getReadWriteConnection(null);
			try {
				// journal_mode answers with a row that ORMLite would leave pending, blocking its commits
				ormLiteConnection.executeStatement(NO_SYNC_PRAGMA, DatabaseConnection.DEFAULT_RESULT_FLAGS);
			} finally {
				ormLite.releaseConnection(ormLiteConnection);
			}
			connection.setApplicationId();
			connection.setUserVersion(USER_VERSION_1_3);
			new GeoPackageTableCreator(connection).createRequired();
			return geoPackage;
		} catch (SQLException | RuntimeException e) {
			geoPackage.close();
			throw e;
		}
	}

	/**
	 * Forces a closed GeoPackage written by {@link #create(Path)} to disk.
	 *
	 * @param file the file
	 * @throws IOException when the file cannot be synced
	 */
	public static void flush(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
	}

	private static void checkSqliteHeader(Path file) throws DataSourceException {
		if (!Files.isRegularFile(file)) {
			throw new DataSourceException(file, Files.exists(file) ? "not a file" : "the file does not exist", null);
		}
		byte[] header = new byte[SQLITE_HEADER.length];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(header, 0, header.length);
		} catch (IOException e) {
			throw new DataSourceException(file, "cannot read the file (" + e + ")", e);
		}
		if (read < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
			throw new DataSourceException(file, "not a GeoPackage: the file is not an SQLite database", null);
		}
	}

	/**
	 * @param file a file
	 * @return its name without the extension
	 */
	public static String baseName(Path file) {
		String name = String.valueOf(file.getFileName());
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	/**
	 * @param e an exception
	 * @return the message of its innermost cause that has one
	 */
	public static String rootMessage(Throwable e) {
		String message = e.toString();
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null) {
				message = cause.getMessage();
			}
		}
		return message;
	}
}
