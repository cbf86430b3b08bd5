package nl.veerkracht.model.ui.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;

import nl.veerkracht.model.persistence.AnalyseFiles;
import nl.veerkracht.model.persistence.ModelFileException;

/** The analysis files open in the workbench, loaded on first use, one session per file. */
public final class AnalyseSessions {

	private static final Map<IFile, AnalyseSession> SESSIONS = new ConcurrentHashMap<>();
	private static final Map<IFile, String> PROBLEMS = new ConcurrentHashMap<>();
	private static final ListenerList<Consumer<IFile>> DISCARD_LISTENERS = new ListenerList<>();

	private AnalyseSessions() {
	}

	/**
	 * @param file a workspace file
	 * @return whether it is an analysis file
	 */
	public static boolean isAnalyse(IFile file) {
		return AnalyseFiles.FILE_EXTENSION.equals(file.getFileExtension());
	}

	/**
	 * @param file an analysis file
	 * @return its session, or empty when it cannot be loaded (see {@link #problem}; the file is untouched)
	 */
	public static Optional<AnalyseSession> of(IFile file) {
		try {
			AnalyseSession session = SESSIONS.get(file);
			if (session == null) {
				session = new AnalyseSession(file);
				SESSIONS.put(file, session);
				PROBLEMS.remove(file);
			}
			return Optional.of(session);
		} catch (ModelFileException e) {
			if (!e.getMessage().equals(PROBLEMS.put(file, e.getMessage()))) {
				ILog.of(AnalyseSessions.class).error(e.getMessage(), e);
			}
			return Optional.empty();
		}
	}

	/**
	 * @param file an analysis file
	 * @return why it could not be loaded the last time it was tried, naming the file and the problem
	 */
	public static Optional<String> problem(IFile file) {
		return Optional.ofNullable(PROBLEMS.get(file));
	}

	/**
	 * @param object an object of an open analysis
	 * @return the session it belongs to
	 */
	public static Optional<AnalyseSession> of(EObject object) {
		return SESSIONS.values().stream().filter(session -> session.contains(object)).findFirst();
	}

	/**
	 * Forgets the session of a file with its unsaved changes: the next {@link #of(IFile)} loads the file
	 * again as it is on disk. Listeners (the Project Explorer) are told, so that they let go of the old
	 * objects.
	 *
	 * @param file an analysis file
	 */
	public static void discard(IFile file) {
		if (SESSIONS.remove(file) != null) {
			DISCARD_LISTENERS.forEach(listener -> listener.accept(file));
		}
	}

	/**
	 * @param listener told, on the thread that discarded it, of every file whose session was
	 *                 {@linkplain #discard discarded}
	 */
	public static void addDiscardListener(Consumer<IFile> listener) {
		DISCARD_LISTENERS.add(listener);
	}

	/** @param listener a listener added before */
	public static void removeDiscardListener(Consumer<IFile> listener) {
		DISCARD_LISTENERS.remove(listener);
	}
}
