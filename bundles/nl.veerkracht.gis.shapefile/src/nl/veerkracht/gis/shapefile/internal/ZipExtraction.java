package nl.veerkracht.gis.shapefile.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import nl.veerkracht.gis.core.io.DataSourceException;

/**
 * The shapefiles of a zip archive, extracted into a private temporary directory that {@link #close()}
 * deletes. Every entry name is checked before anything is written: absolute paths, drive letters and
 * {@code ..} segments reject the archive.
 */
public final class ZipExtraction implements AutoCloseable {

	/**
	 * A shapefile in the archive.
	 *
	 * @param name the entry name of the {@code .shp}, e.g. {@code data/wijken.shp}
	 * @param file the extracted {@code .shp}
	 */
	public record Entry(String name, Path file) {
	}

	private final Path directory;
	private final List<Entry> shapefiles;

	private ZipExtraction(Path directory, List<Entry> shapefiles) {
		this.directory = directory;
		this.shapefiles = List.copyOf(shapefiles);
	}

	/**
	 * Checks and extracts an archive.
	 *
	 * @param zip the archive
	 * @return the extraction; close it to delete the extracted files
	 * @throws DataSourceException when the archive cannot be read, has an unsafe entry or holds no
	 *                             {@code .shp}
	 */
	public static ZipExtraction extract(Path zip) throws DataSourceException {
		try (ZipFile archive = new ZipFile(zip.toFile())) {
			List<ZipEntry> entries = new ArrayList<>();
			for (Enumeration<? extends ZipEntry> e = archive.entries(); e.hasMoreElements();) {
				ZipEntry entry = e.nextElement();
				checkName(zip, entry.getName());
				entries.add(entry);
			}
			Path directory = Files.createTempDirectory("veerkracht-shapefile-");
			try {
				List<Entry> shapefiles = new ArrayList<>();
				for (ZipEntry entry : entries) {
					if (entry.isDirectory() || entry.getName().startsWith("__MACOSX/")) {
						continue;
					}
					Path target = directory.resolve(entry.getName()).normalize();
					if (!target.startsWith(directory)) {
						throw unsafe(zip, entry.getName());
					}
					Files.createDirectories(target.getParent());
					try (InputStream in = archive.getInputStream(entry)) {
						Files.copy(in, target);
					}
					if (entry.getName().toLowerCase(Locale.ROOT).endsWith(".shp")) {
						shapefiles.add(new Entry(entry.getName(), target));
					}
				}
				if (shapefiles.isEmpty()) {
					throw new DataSourceException(zip, "the archive contains no .shp file", null);
				}
				return new ZipExtraction(directory, shapefiles);
			} catch (DataSourceException | IOException | RuntimeException e) {
				deleteTree(directory);
				throw e;
			}
		} catch (ZipException e) {
			throw new DataSourceException(zip, "not a readable zip archive (" + e.getMessage() + ")", e);
		} catch (IOException e) {
			throw new DataSourceException(zip, "cannot extract the archive (" + e + ")", e);
		}
	}

	private static void checkName(Path zip, String name) throws DataSourceException {
		String slashed = name.replace('\\', '/');
		boolean absolute = slashed.startsWith("/") || slashed.matches("^[A-Za-z]:.*");
		boolean climbs = Stream.of(slashed.split("/")).anyMatch(".."::equals);
		if (absolute || climbs) {
			throw unsafe(zip, name);
		}
	}

	private static DataSourceException unsafe(Path zip, String name) {
		return new DataSourceException(zip, "entry '" + name
				+ "' points outside the archive (absolute path or '../'); the archive is not read", null);
	}

	/** @return the shapefiles, in the order of the archive */
	public List<Entry> shapefiles() {
		return shapefiles;
	}

	/** @return the temporary directory holding the extracted files */
	public Path directory() {
		return directory;
	}

	/** Deletes the extracted files and their directory. */
	@Override
	public void close() {
		deleteTree(directory);
	}

	private static void deleteTree(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot delete the temporary directory " + directory, e);
		}
	}
}
