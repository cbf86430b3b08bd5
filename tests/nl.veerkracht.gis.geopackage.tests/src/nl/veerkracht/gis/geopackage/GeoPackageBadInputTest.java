package nl.veerkracht.gis.geopackage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.ProgressListener;
import nl.veerkracht.gis.geopackage.internal.GeoPackageFiles;

/** Files that are not (whole) GeoPackages are refused with a message naming the file and the problem. */
class GeoPackageBadInputTest {

	@TempDir
	Path folder;

	@Test
	void missingFile() {
		DataSourceException e = readFails(folder.resolve("weg.gpkg"));

		assertEquals("weg.gpkg: the file does not exist", e.getMessage());
		assertNoFilesBesides();
	}

	@Test
	void textFileWithGpkgExtension() throws IOException {
		Path file = Files.writeString(folder.resolve("tekst.gpkg"), "wijkcode;naam\nWK001;Centrum\n");

		DataSourceException e = readFails(file);

		assertEquals("tekst.gpkg: not a GeoPackage: the file is not an SQLite database", e.getMessage());
		assertNoFilesBesides(file);
	}

	@Test
	void sqliteDatabaseWithoutGeoPackageTables() throws Exception {
		Path file = folder.resolve("gewoon.gpkg");
		GeoPackageFiles.loadDriver();
		try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE wijken (code TEXT, naam TEXT)");
			statement.execute("INSERT INTO wijken VALUES ('WK001', 'Centrum')");
		}
		byte[] before = Files.readAllBytes(file);

		DataSourceException e = readFails(file);

		assertEquals("gewoon.gpkg: this SQLite database is not a GeoPackage: it lacks the tables "
				+ "gpkg_spatial_ref_sys and gpkg_contents", e.getMessage());
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the file must not change");
		assertNoFilesBesides(file);
	}

	@Test
	void truncatedGeoPackage() throws Exception {
		Path whole = folder.resolve("heel.gpkg");
		new GeoPackageWriter().write(whole, List.of(SampleLayers.buurtenWithTextIds("buurten", 2000)),
				ProgressListener.NONE);
		byte[] bytes = Files.readAllBytes(whole);
		Path file = Files.write(folder.resolve("half.gpkg"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
		Files.delete(whole);

		DataSourceException e = readFails(file);

		assertTrue(e.getMessage().startsWith("half.gpkg: "), e.getMessage());
		assertTrue(e.getMessage().contains("damaged or truncated"), e.getMessage());
		assertNoFilesBesides(file);
	}

	@Test
	void writingIntoAMissingFolderFailsAndLeavesNothing() {
		Path file = folder.resolve("bestaat-niet").resolve("uit.gpkg");

		DataSourceException e = assertThrows(DataSourceException.class, () -> new GeoPackageWriter().write(file,
				List.of(SampleLayers.everyGeometryType()), ProgressListener.NONE));

		assertTrue(e.getMessage().startsWith("uit.gpkg: the folder "), e.getMessage());
		assertNoFilesBesides();
	}

	@Test
	void writingNoLayersIsRefused() {
		DataSourceException e = assertThrows(DataSourceException.class,
				() -> new GeoPackageWriter().write(folder.resolve("leeg.gpkg"), List.of(), ProgressListener.NONE));

		assertEquals("leeg.gpkg: there are no layers to write", e.getMessage());
		assertNoFilesBesides();
	}

	@Test
	void geoPackageWithoutFeatureTables() throws Exception {
		Path file = folder.resolve("zonder.gpkg");
		try (var geoPackage = GeoPackageFiles.create(file)) {
			// only the required tables
		}

		DataSourceException e = readFails(file);

		assertEquals("zonder.gpkg: the GeoPackage has no feature tables", e.getMessage());
	}

	private static DataSourceException readFails(Path file) {
		return assertThrows(DataSourceException.class, () -> new GeoPackageReader().read(file, ProgressListener.NONE));
	}

	private void assertNoFilesBesides(Path... expected) {
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(Stream.of(expected).map(Path::getFileName).map(Path::toString).sorted().toList(),
					files.map(Path::getFileName).map(Path::toString).sorted().toList());
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}
}
