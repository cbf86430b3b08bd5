package nl.veerkracht.scoring.cli;

import java.io.PrintStream;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.scoring.IndicatorRegistry;

/**
 * The headless Eclipse application {@code nl.veerkracht.scoring.cli.score}: parses the arguments, runs
 * {@link ScoreCommand} with the indicators of the extension registry and returns the exit code —
 * {@value #OK} on success, {@value #BAD_ARGUMENTS} for bad arguments, {@value #FAILED} when an input cannot
 * be read or an output cannot be written. Needs no display.
 */
public final class ScoreApplication implements IApplication {

	/** Exit code: the files were written. */
	public static final int OK = 0;
	/** Exit code: an input could not be read or an output could not be written. */
	public static final int FAILED = 1;
	/** Exit code: bad arguments. */
	public static final int BAD_ARGUMENTS = 2;

	/**
	 * Creates the application (the application container calls this).
	 */
	public ScoreApplication() {
	}

	@Override
	public Object start(IApplicationContext context) {
		Object args = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		return run(args instanceof String[] strings ? strings : new String[0], IndicatorRegistry.getDefault(), System.out,
				System.err);
	}

	/**
	 * Runs the command and tells what went wrong on the error stream.
	 *
	 * @param args     the command-line arguments
	 * @param registry the indicators
	 * @param out      where the summary goes
	 * @param err      where errors go
	 * @return the exit code
	 */
	public static int run(String[] args, IndicatorRegistry registry, PrintStream out, PrintStream err) {
		return run("score", ScoreArguments.USAGE, args, new ScoreCommand(registry, out)::run, err);
	}

	/** A command of the launcher, run on its parsed arguments. */
	@FunctionalInterface
	interface Command {

		/**
		 * @param arguments the parsed arguments
		 * @throws DataSourceException naming the file, when an input cannot be read or an output not written
		 * @throws UsageException      when the arguments do not fit the command
		 */
		void run(ScoreArguments arguments) throws DataSourceException, UsageException;
	}

	/**
	 * Parses the arguments and runs a command with the messages and exit codes every command of the launcher
	 * gives: "veerkracht &lt;name&gt;: " and the problem on the error stream, the usage after bad arguments.
	 *
	 * @param name    the command's name, e.g. "score"
	 * @param usage   its usage text
	 * @param args    the command-line arguments
	 * @param command the command
	 * @param err     where errors go
	 * @return the exit code
	 */
	static int run(String name, String usage, String[] args, Command command, PrintStream err) {
		try {
			command.run(ScoreArguments.parse(args));
			return OK;
		} catch (UsageException e) {
			err.println("veerkracht " + name + ": " + e.getMessage());
			err.println("gebruik: " + usage);
			return BAD_ARGUMENTS;
		} catch (DataSourceException e) {
			err.println("veerkracht " + name + ": " + e.getMessage());
			return FAILED;
		}
	}

	@Override
	public void stop() {
		// the command runs to completion; there is nothing to interrupt
	}
}
