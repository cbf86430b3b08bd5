package nl.veerkracht.app.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the command line asks the application to open. The launcher script passes each file as
 * {@code --open FILE}; a bare argument is taken as a file only when it names a spatial data file
 * ({@code .geojson}, {@code .json}), because the application arguments also carry other tools'
 * option values (the test harness's, for one).
 */
public record StartupArguments(List<Path> files) {

	/** The option that names a file to open. */
	public static final String OPEN = "--open"; //$NON-NLS-1$

	private static final List<String> DATA_FILE_ENDINGS = List.of(".geojson", ".json"); //$NON-NLS-1$ //$NON-NLS-2$

	/**
	 * @param arguments the application arguments
	 * @return the parsed arguments
	 */
	public static StartupArguments parse(List<String> arguments) {
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (OPEN.equals(argument) && i + 1 < arguments.size()) {
				files.add(Path.of(arguments.get(++i)).toAbsolutePath());
			} else if (isDataFile(argument) && (i == 0 || !arguments.get(i - 1).startsWith("-"))) { //$NON-NLS-1$
				files.add(Path.of(argument).toAbsolutePath());
			}
		}
		return new StartupArguments(List.copyOf(files));
	}

	private static boolean isDataFile(String argument) {
		String lower = argument.toLowerCase(Locale.ROOT);
		return !argument.startsWith("-") && DATA_FILE_ENDINGS.stream().anyMatch(lower::endsWith); //$NON-NLS-1$
	}

	/** @return whether the built-in demo should open (nothing else was asked for) */
	public boolean opensDemo() {
		return files.isEmpty();
	}
}
