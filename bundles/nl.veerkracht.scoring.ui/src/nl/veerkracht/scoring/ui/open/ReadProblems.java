package nl.veerkracht.scoring.ui.open;

import java.nio.file.Path;

import nl.veerkracht.gis.core.io.DataSourceException;

/**
 * Says in the user's language why a file could not be read: its name, the line and column when the reader
 * knows them, and the reason.
 */
final class ReadProblems {

	private ReadProblems() {
	}

	/**
	 * @param e the failure of a reader
	 * @return e.g. {@code "buurten.geojson, regel 84, kolom 1 kan niet worden gelezen: Unexpected character"}
	 */
	static String describe(DataSourceException e) {
		String name = e.getFile().getFileName().toString();
		String where = e.getLine().isPresent() && e.getColumn().isPresent()
				? OpenMessages.bind(OpenMessages.Problem_position,
						new Object[] { name, e.getLine().getAsInt(), e.getColumn().getAsInt() })
				: name;
		return OpenMessages.bind(OpenMessages.Problem_unreadable, where, e.getReason());
	}

	/**
	 * @param file the file being read
	 * @param e    an unexpected failure of its reader
	 * @return the file's name and the failure
	 */
	static String describe(Path file, RuntimeException e) {
		return OpenMessages.bind(OpenMessages.Problem_unreadable, file.getFileName(),
				e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
	}
}
