package nl.veerkracht.model.ui;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;

import nl.veerkracht.model.ui.internal.AnalyseSession;
import nl.veerkracht.model.ui.internal.AnalyseSessions;

/**
 * The contents of analysis files in the Project Explorer: under a {@code .veerkracht} file its analysis,
 * under each model object the children its item provider names (gemeenten, wijken, buurten, wijkschetsen,
 * ...).
 */
public final class AnalyseContentProvider implements ITreeContentProvider {

	private Viewer viewer;
	private final Consumer<IFile> discarded = file -> {
		Viewer current = viewer;
		if (current != null && !current.getControl().isDisposed()) {
			current.getControl().getDisplay().asyncExec(() -> {
				if (!current.getControl().isDisposed()) {
					if (current instanceof StructuredViewer structured) {
						structured.refresh(file);
					} else {
						current.refresh();
					}
				}
			});
		}
	};

	@Override
	public void inputChanged(Viewer changedViewer, Object oldInput, Object newInput) {
		if (viewer == null && changedViewer != null) {
			AnalyseSessions.addDiscardListener(discarded);
		}
		viewer = changedViewer;
	}

	@Override
	public void dispose() {
		AnalyseSessions.removeDiscardListener(discarded);
		viewer = null;
	}

	@Override
	public Object[] getElements(Object input) {
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof IFile file && AnalyseSessions.isAnalyse(file)) {
			Optional<AnalyseSession> session = AnalyseSessions.of(file);
			return session.isPresent() ? new Object[] { session.get().getAnalyse() }
					: new Object[] { new LoadProblem(file, AnalyseSessions.problem(file).orElse("")) }; //$NON-NLS-1$
		}
		if (parent instanceof EObject object) {
			return itemProvider(object).map(provider -> provider.getChildren(object).toArray()).orElse(new Object[0]);
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof EObject object) {
			EObject container = object.eContainer();
			if (container != null) {
				return container;
			}
			return AnalyseSessions.of(object).map(AnalyseSession::getFile).orElse(null);
		}
		return null;
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof IFile file) {
			return AnalyseSessions.isAnalyse(file);
		}
		if (element instanceof EObject object) {
			return itemProvider(object).map(provider -> provider.hasChildren(object)).orElse(false);
		}
		return false;
	}

	/**
	 * Shown under an analysis file that cannot be loaded: why, naming the file and the problem. The file
	 * itself is never changed by a failed load.
	 *
	 * @param file    the file
	 * @param message the problem
	 */
	public record LoadProblem(IFile file, String message) {
	}

	private static Optional<ITreeItemContentProvider> itemProvider(EObject object) {
		return AnalyseSessions.of(object).map(session -> (ITreeItemContentProvider) session.getDomain()
				.getAdapterFactory().adapt(object, ITreeItemContentProvider.class));
	}
}
