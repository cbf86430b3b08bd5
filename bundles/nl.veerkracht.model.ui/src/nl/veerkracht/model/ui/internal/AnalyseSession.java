package nl.veerkracht.model.ui.internal;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;

import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.persistence.AnalyseFiles;
import nl.veerkracht.model.persistence.ModelFileException;
import nl.veerkracht.model.provider.VeerkrachtItemProviderAdapterFactory;
import nl.veerkracht.model.validation.Labels;

/**
 * One open analysis file: its model, an editing domain whose command stack makes every change
 * undoable, saving after every change (atomically, keeping a backup) and validation markers on the
 * file after every load and change.
 * <p>
 * While an editor holds the session ({@link #hold}), changes are not saved by themselves: the session
 * is {@linkplain #isDirty() dirty} until the editor {@linkplain #save() saves} it, and an editor closed
 * without saving has the session {@linkplain AnalyseSessions#discard discarded}, so that the file on disk
 * stays as it was.
 */
public final class AnalyseSession {

	/** Marker type of validation problems, a persistent problem marker. */
	public static final String MARKER = "nl.veerkracht.model.ui.problem"; //$NON-NLS-1$

	/**
	 * Marker attribute with the URI fragment of the model object a problem is about, so that an editor
	 * can show the problem where it belongs.
	 */
	public static final String MARKER_OBJECT = "nl.veerkracht.model.ui.object"; //$NON-NLS-1$

	private final IFile file;
	private final Analyse analyse;
	private final AdapterFactoryEditingDomain domain;
	private final Set<Object> holders = ConcurrentHashMap.newKeySet();
	private final ListenerList<Runnable> changeListeners = new ListenerList<>();

	AnalyseSession(IFile file) throws ModelFileException {
		this.file = file;
		this.analyse = AnalyseFiles.load(path());
		ComposedAdapterFactory adapters = new ComposedAdapterFactory();
		adapters.addAdapterFactory(new VeerkrachtItemProviderAdapterFactory());
		adapters.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		BasicCommandStack stack = new BasicCommandStack();
		ResourceSet resources = analyse.eResource().getResourceSet();
		domain = new AdapterFactoryEditingDomain(adapters, stack, resources);
		// item property descriptors find the domain through the resource set; without it they would change
		// the model directly, bypassing undo and saving
		resources.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		stack.addCommandStackListener(event -> changed());
		markProblems();
	}

	private Path path() {
		return Path.of(file.getLocationURI());
	}

	/** @return the analysis */
	public Analyse getAnalyse() {
		return analyse;
	}

	/** @return the editing domain: execute changes on its command stack so that they can be undone */
	public AdapterFactoryEditingDomain getDomain() {
		return domain;
	}

	/** @return the file */
	public IFile getFile() {
		return file;
	}

	/** @return whether an object belongs to this analysis */
	boolean contains(EObject object) {
		return object.eResource() == analyse.eResource();
	}

	/**
	 * Stops saving after every change while the holder (an editor) is open; the holder then saves with
	 * {@link #save()}.
	 *
	 * @param holder the editor
	 */
	public void hold(Object holder) {
		holders.add(holder);
	}

	/**
	 * Ends a {@link #hold}. When no holder is left and there are unsaved changes, they stay in memory
	 * until the next change or until the session is discarded.
	 *
	 * @param holder the editor
	 */
	public void release(Object holder) {
		holders.remove(holder);
	}

	/** @return the editors holding this session */
	public Set<Object> holders() {
		return Set.copyOf(holders);
	}

	/** @return whether the model has changes that are not in the file */
	public boolean isDirty() {
		return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	/**
	 * Listens to every change of the model made through the command stack (execute, undo, redo) and to
	 * saving; called on the thread that made the change.
	 *
	 * @param listener the listener
	 */
	public void addChangeListener(Runnable listener) {
		changeListeners.add(listener);
	}

	/** @param listener a listener added before */
	public void removeChangeListener(Runnable listener) {
		changeListeners.remove(listener);
	}

	/**
	 * Saves the model to its file, atomically and keeping a backup, and marks its problems.
	 *
	 * @throws ModelFileException when the file cannot be written; the model stays dirty
	 */
	public void save() throws ModelFileException {
		AnalyseFiles.save(analyse, path());
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		try {
			file.refreshLocal(IResource.DEPTH_ZERO, null);
		} catch (CoreException e) {
			ILog.of(AnalyseSession.class).error(e.getMessage(), e);
		}
		markProblems();
		changeListeners.forEach(Runnable::run);
	}

	/**
	 * Writes the model, with its unsaved changes, to another file; this session and its file stay as
	 * they are.
	 *
	 * @param target the new analysis file
	 * @throws ModelFileException when the file cannot be written
	 */
	public void saveCopy(IFile target) throws ModelFileException {
		AnalyseFiles.save(analyse, Path.of(target.getLocationURI()));
		try {
			target.refreshLocal(IResource.DEPTH_ZERO, null);
		} catch (CoreException e) {
			ILog.of(AnalyseSession.class).error(e.getMessage(), e);
		}
	}

	private void changed() {
		if (holders.isEmpty()) {
			try {
				save();
			} catch (ModelFileException e) {
				ILog.of(AnalyseSession.class).error(e.getMessage(), e);
				markProblems();
				changeListeners.forEach(Runnable::run);
			}
			return;
		}
		markProblems();
		changeListeners.forEach(Runnable::run);
	}

	private void markProblems() {
		try {
			file.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
			for (Diagnostic problem : Diagnostician.INSTANCE.validate(analyse).getChildren()) {
				IMarker marker = file.createMarker(MARKER);
				marker.setAttribute(IMarker.MESSAGE, problem.getMessage());
				if (!problem.getData().isEmpty() && problem.getData().get(0) instanceof EObject object
						&& object.eResource() == analyse.eResource()) {
					marker.setAttribute(MARKER_OBJECT, object.eResource().getURIFragment(object));
					marker.setAttribute(IMarker.LOCATION, Labels.of(object));
				}
				marker.setAttribute(IMarker.SEVERITY,
						problem.getSeverity() == Diagnostic.ERROR ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
			}
		} catch (CoreException e) {
			ILog.of(AnalyseSession.class).error(e.getMessage(), e);
		}
	}
}
