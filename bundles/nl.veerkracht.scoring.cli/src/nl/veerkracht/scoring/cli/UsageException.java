package nl.veerkracht.scoring.cli;

/**
 * Bad command-line arguments; the message names the argument and what is wrong with it.
 */
public final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 *
	 * @param message what is wrong, naming the argument
	 */
	public UsageException(String message) {
		super(message);
	}
}
