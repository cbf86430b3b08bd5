package nl.veerkracht.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external program that a test drives (QGIS, LibreOffice) to its end, with a time limit.
 */
public final class ExternalProcess {

	/**
	 * What a finished program did.
	 *
	 * @param exitCode its exit code
	 * @param output   its standard output and error, together
	 */
	public record Result(int exitCode, String output) {
	}

	private ExternalProcess() {
	}

	/**
	 * Runs a program with its standard error joined to its output and no input.
	 *
	 * @param builder        the program, its arguments and environment
	 * @param timeoutSeconds how long it may take
	 * @return its exit code and output
	 * @throws IOException when it cannot be started
	 * @throws AssertionError when it does not finish in time (it is killed) or the thread is interrupted
	 */
	public static Result run(ProcessBuilder builder, int timeoutSeconds) throws IOException {
		Process process = builder.redirectErrorStream(true).start();
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError(String.join(" ", builder.command()) + " did not finish within "
						+ timeoutSeconds + " s");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted while running " + builder.command(), e);
		}
		return new Result(process.exitValue(), output);
	}
}
