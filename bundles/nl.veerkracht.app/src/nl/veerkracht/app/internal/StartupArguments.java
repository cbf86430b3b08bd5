package nl.veerkracht.app.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the command line asks the application to open. The launcher script passes each file as
 * {@code --open FILE}; a bare argument is taken as a file only when a data format reads it, because
 * the application arguments also carry other tools' option values (the test harness's, for one).
 */
public record StartupArguments(List<Path> files) {

	/** The option that names a file to open. */
	public static final String OPEN = "--open"; //$NON-NLS-1$

	/**
	 * @param arguments  the application arguments
	 * @param isDataFile whether a file name is one a data format reads
	 * @return the parsed arguments
	 */
	public static StartupArguments parse(List<String> arguments, Predicate<Path> isDataFile) {
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (OPEN.equals(argument) && i + 1 < arguments.size()) {
				files.add(Path.of(arguments.get(++i)).toAbsolutePath());
			} else if (!argument.startsWith("-") && isDataFile.test(Path.of(argument)) //$NON-NLS-1$
					&& (i == 0 || !arguments.get(i - 1).startsWith("-"))) { //$NON-NLS-1$
				files.add(Path.of(argument).toAbsolutePath());
			}
		}
		return new StartupArguments(List.copyOf(files));
	}

	/** @return whether the built-in demo should open (nothing else was asked for) */
	public boolean opensDemo() {
		return files.isEmpty();
	}
}
