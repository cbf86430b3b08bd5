package nl.veerkracht.scoring.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import nl.veerkracht.gis.core.io.DataSourceException;

/**
 * Writes a command's output files all or nothing: into a hidden temporary directory beside the output
 * directory, moved into place only when every file is complete. A new output directory is moved as a whole;
 * into an existing one the files are moved one by one, replacing files of the same name and keeping others.
 * The temporary directory is always removed.
 */
public final class OutputDirectory {

	/**
	 * Writes the files of a command into a temporary directory.
	 */
	@FunctionalInterface
	public interface Writer {

		/**
		 * @param temporary the directory to write into
		 * @throws DataSourceException naming the file that cannot be written
		 */
		void write(Path temporary) throws DataSourceException;
	}

	private OutputDirectory() {
	}

	/**
	 * Writes and moves into place.
	 *
	 * @param out the output directory; its parent exists
	 * @param names the names of the files the writer makes
	 * @param writer writes them
	 * @throws DataSourceException when a file cannot be written or moved; nothing is then left in {@code out}
	 *         that was not there before
	 */
	public static void write(Path out, List<String> names, Writer writer) throws DataSourceException {
		Path parent = out.getParent();
		Path temporary;
		try {
			temporary = Files.createTempDirectory(parent, ".veerkracht-score-");
		} catch (IOException e) {
			throw new DataSourceException(parent, "cannot create a temporary directory (" + e.getMessage() + ")", e);
		}
		try {
			writer.write(temporary);
			moveIntoPlace(temporary, out, names);
		} finally {
			deleteQuietly(temporary);
		}
	}

	private static void moveIntoPlace(Path temporary, Path out, List<String> names) throws DataSourceException {
		try {
			if (!Files.exists(out)) {
				Files.move(temporary, out, StandardCopyOption.ATOMIC_MOVE);
				readableByOthers(out);
				return;
			}
			for (String name : names) {
				Files.move(temporary.resolve(name), out.resolve(name), StandardCopyOption.REPLACE_EXISTING,
						StandardCopyOption.ATOMIC_MOVE);
			}
		} catch (IOException e) {
			throw new DataSourceException(out, "cannot move the results into place (" + e.getMessage() + ")", e);
		}
	}

	/** A temporary directory is private to its owner; the output directory it becomes is not. */
	private static void readableByOthers(Path directory) throws IOException {
		try {
			Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
		} catch (UnsupportedOperationException notPosix) {
			// other file systems do not make temporary directories private this way
		}
	}

	private static void deleteQuietly(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path path : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
				Files.deleteIfExists(path);
			}
		} catch (IOException e) {
			directory.toFile().deleteOnExit();
		}
	}
}
