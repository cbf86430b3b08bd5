package nl.veerkracht.scoring.ui;

import java.util.Optional;

/**
 * Told when the signal map changes: a new one is shown, the current one was rescored (other weights or
 * another year) or it was closed. Always called on the UI thread.
 */
@FunctionalInterface
public interface SignalMapListener {

	/**
	 * The signal map changed.
	 *
	 * @param current the current session with its new {@link SignalMapSession#state()}, or empty when the
	 *                signal map was closed
	 */
	void signalMapChanged(Optional<SignalMapSession> current);
}
