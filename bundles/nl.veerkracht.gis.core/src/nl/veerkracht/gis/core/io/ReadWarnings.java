package nl.veerkracht.gis.core.io;

import java.util.ArrayList;
import java.util.List;

/** A thread-safe {@link WarningSink} that keeps the warnings, in the order they came, for later display. */
public final class ReadWarnings implements WarningSink {

	private final List<ReadWarning> warnings = new ArrayList<>();

	@Override
	public synchronized void warn(ReadWarning warning) {
		warnings.add(warning);
	}

	/** @return the warnings so far, oldest first; a copy */
	public synchronized List<ReadWarning> list() {
		return List.copyOf(warnings);
	}

	/** @return whether no warning came */
	public synchronized boolean isEmpty() {
		return warnings.isEmpty();
	}
}
