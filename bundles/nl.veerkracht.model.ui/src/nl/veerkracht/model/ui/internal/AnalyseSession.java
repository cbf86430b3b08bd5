package nl.veerkracht.model.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
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

/**
 * One open analysis file: its model, an editing domain whose command stack makes every change
 * undoable, saving after every change (atomically, keeping a backup) and validation markers on the
 * file after every load and save.
 */
public final class AnalyseSession {

	/** Marker type of validation problems, a persistent problem marker. */
	public static final String MARKER = "nl.veerkracht.model.ui.problem"; //$NON-NLS-1$

	private final IFile file;
	private final Analyse analyse;
	private final AdapterFactoryEditingDomain domain;

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
		stack.addCommandStackListener(event -> saved());
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

	private void saved() {
		try {
			AnalyseFiles.save(analyse, path());
			file.refreshLocal(IResource.DEPTH_ZERO, null);
		} catch (ModelFileException | CoreException e) {
			ILog.of(AnalyseSession.class).error(e.getMessage(), e);
		}
		markProblems();
	}

	private void markProblems() {
		try {
			file.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
			for (Diagnostic problem : Diagnostician.INSTANCE.validate(analyse).getChildren()) {
				IMarker marker = file.createMarker(MARKER);
				marker.setAttribute(IMarker.MESSAGE, problem.getMessage());
				marker.setAttribute(IMarker.SEVERITY,
						problem.getSeverity() == Diagnostic.ERROR ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING);
			}
		} catch (CoreException e) {
			ILog.of(AnalyseSession.class).error(e.getMessage(), e);
		}
	}
}
