package nl.veerkracht.scoring.ui.analyse;

import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

import org.eclipse.core.resources.IFile;

import nl.veerkracht.scoring.ui.SignalMapSession;

/** Remembers which analysis a signal map was opened from or last kept in, so keeping it again needs no choice. */
final class SignalMapOrigins {

	private static final Map<SignalMapSession, IFile> ORIGINS = new WeakHashMap<>();

	private SignalMapOrigins() {
	}

	static synchronized void remember(SignalMapSession session, IFile analyse) {
		ORIGINS.put(session, analyse);
	}

	static synchronized Optional<IFile> of(SignalMapSession session) {
		return Optional.ofNullable(ORIGINS.get(session));
	}
}
