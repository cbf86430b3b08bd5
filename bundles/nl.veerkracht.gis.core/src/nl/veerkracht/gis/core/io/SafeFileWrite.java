package nl.veerkracht.gis.core.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;

/**
 * Writes a file so that nothing the user had is lost: the content goes into a hidden temporary file
 * beside the target, which is moved into place (atomically where the file system can) only when it is
 * complete. When writing fails or is cancelled, the temporary file and its side files are deleted and
 * the target is as it was.
 */
public final class SafeFileWrite {

	/** Writes the content into the temporary file it is given. */
	@FunctionalInterface
	public interface Content {

		/**
		 * @param temporary the file to write; it does not exist yet
		 * @throws IOException         when writing fails
		 * @throws DataSourceException when the data cannot be written, naming the problem
		 */
		void writeTo(Path temporary) throws IOException, DataSourceException;
	}

	private SafeFileWrite() {
	}

	/**
	 * @param file    the target
	 * @param content writes the content
	 * @throws DataSourceException naming the file when the folder does not exist or writing fails
	 * @throws java.util.concurrent.CancellationException when the content's writer was cancelled
	 */
	public static void write(Path file, Content content) throws DataSourceException {
		write(file, ".tmp", List.of(), content);
	}

	/**
	 * @param file             the target
	 * @param temporarySuffix  how the temporary file's name ends, for libraries that insist on an
	 *                         extension (e.g. {@code .tmp.gpkg})
	 * @param sideFileSuffixes suffixes of files the writer may leave beside the temporary file
	 *                         (e.g. SQLite's {@code -journal}), deleted with it on failure
	 * @param content          writes the content
	 * @throws DataSourceException naming the file when the folder does not exist or writing fails
	 * @throws java.util.concurrent.CancellationException when the content's writer was cancelled
	 */
	public static void write(Path file, String temporarySuffix, List<String> sideFileSuffixes, Content content)
			throws DataSourceException {
		Path target = file.toAbsolutePath();
		Path directory = target.getParent();
		if (directory == null || !Files.isDirectory(directory)) {
			throw new DataSourceException(file, "the folder " + directory + " does not exist", null);
		}
		Path temporary = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + temporarySuffix);
		boolean moved = false;
		try {
			content.writeTo(temporary);
			moveIntoPlace(temporary, target);
			moved = true;
		} catch (IOException e) {
			throw new DataSourceException(file, "cannot write the file (" + e + ")", e);
		} finally {
			if (!moved) {
				deleteQuietly(temporary, sideFileSuffixes);
			}
		}
	}

	private static void moveIntoPlace(Path temporary, Path target) throws IOException {
		try {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void deleteQuietly(Path temporary, List<String> sideFileSuffixes) {
		try {
			Files.deleteIfExists(temporary);
			for (String suffix : sideFileSuffixes) {
				Files.deleteIfExists(temporary.resolveSibling(temporary.getFileName() + suffix));
			}
		} catch (IOException ignored) {
			// best effort: a hidden temporary file is all that can remain
		}
	}
}
