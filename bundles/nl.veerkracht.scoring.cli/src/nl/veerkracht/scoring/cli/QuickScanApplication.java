package nl.veerkracht.scoring.cli;

import java.io.PrintStream;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import nl.veerkracht.scoring.IndicatorRegistry;

/**
 * The headless Eclipse application {@code nl.veerkracht.scoring.cli.quickscan}: parses the arguments (those of
 * the score command), runs {@link QuickScanCommand} with the indicators of the extension registry and returns
 * the exit code of {@link ScoreApplication}: {@value ScoreApplication#OK}, {@value ScoreApplication#BAD_ARGUMENTS}
 * for bad arguments, {@value ScoreApplication#FAILED} when an input cannot be read or an output cannot be
 * written. Needs no display.
 */
public final class QuickScanApplication implements IApplication {

	/** The usage text. */
	public static final String USAGE = "veerkracht quickscan --kwb <bestand>... --grenzen <laag> [--jaar JJJJ]"
			+ " [--gemeente GMxxxx] [--referentie gemeente|alle] --out <map>";

	/**
	 * Creates the application (the application container calls this).
	 */
	public QuickScanApplication() {
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
	 * @param args the command-line arguments
	 * @param registry the indicators
	 * @param out where the summary goes
	 * @param err where errors go
	 * @return the exit code
	 */
	public static int run(String[] args, IndicatorRegistry registry, PrintStream out, PrintStream err) {
		return ScoreApplication.run("quickscan", USAGE, args, new QuickScanCommand(registry, out)::run, err);
	}

	@Override
	public void stop() {
		// the command runs to completion; there is nothing to interrupt
	}
}
