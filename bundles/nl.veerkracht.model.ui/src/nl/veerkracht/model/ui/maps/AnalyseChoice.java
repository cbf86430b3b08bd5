package nl.veerkracht.model.ui.maps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.model.persistence.AnalyseFiles;
import nl.veerkracht.model.ui.internal.AnalyseSession;
import nl.veerkracht.model.ui.internal.AnalyseSessions;

/**
 * Which analysis something is kept in: the one it was opened from or last kept in; else the one selected in
 * the Project Explorer; else the only one in the workspace; else the one the user chooses. Used for maps and,
 * by the signal-map plug-in, for a signaleringskaart.
 */
public final class AnalyseChoice {

	private AnalyseChoice() {
	}

	static Optional<IFile> choose(Shell shell, IWorkbenchWindow window, MapContent map) {
		return choose(shell, window, MapOrigins.of(map).map(MapOrigins.Origin::file), MapMessages.SaveMap_title,
				MapMessages.SaveMap_noAnalyse, MapMessages.SaveMap_chooseAnalyse);
	}

	/**
	 * Chooses an analysis file.
	 *
	 * @param shell      the parent of the dialogs
	 * @param window     the window whose Project Explorer selection counts
	 * @param preferred  the analysis the thing came from or was last kept in, if any
	 * @param title      the title of the dialogs
	 * @param noAnalyse  the message when the workspace holds no analysis
	 * @param chooseText the message above the list when the user has to choose
	 * @return the analysis file, or empty when there is none or the user cancelled
	 */
	public static Optional<IFile> choose(Shell shell, IWorkbenchWindow window, Optional<IFile> preferred, String title,
			String noAnalyse, String chooseText) {
		Optional<IFile> active = preferred.filter(IFile::exists).or(() -> selectedInExplorer(window));
		if (active.isPresent()) {
			return active;
		}
		List<IFile> all = analysesInWorkspace();
		if (all.isEmpty()) {
			MessageDialog.openInformation(shell, title, noAnalyse);
			return Optional.empty();
		}
		if (all.size() == 1) {
			return Optional.of(all.get(0));
		}
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((IFile) element).getFullPath().makeRelative().toString();
			}
		});
		dialog.setTitle(title);
		dialog.setMessage(chooseText);
		dialog.setElements(all.toArray());
		dialog.setMultipleSelection(false);
		return dialog.open() == ElementListSelectionDialog.OK ? Optional.of((IFile) dialog.getFirstResult()) : Optional.empty();
	}

	private static Optional<IFile> selectedInExplorer(IWorkbenchWindow window) {
		IViewPart explorer = window.getActivePage() == null ? null
				: window.getActivePage().findView(IPageLayout.ID_PROJECT_EXPLORER);
		ISelection selection = explorer == null ? null : explorer.getSite().getSelectionProvider().getSelection();
		if (!(selection instanceof IStructuredSelection structured)) {
			return Optional.empty();
		}
		Object first = structured.getFirstElement();
		if (first instanceof IFile file && AnalyseSessions.isAnalyse(file)) {
			return Optional.of(file);
		}
		return first instanceof EObject object ? AnalyseSessions.of(object).map(AnalyseSession::getFile) : Optional.empty();
	}

	/** @return the analysis files in the open projects of the workspace */
	public static List<IFile> analysesInWorkspace() {
		List<IFile> files = new ArrayList<>();
		try {
			ResourcesPlugin.getWorkspace().getRoot().accept(proxy -> {
				if (proxy.getType() == IResource.FILE && proxy.getName().endsWith("." + AnalyseFiles.FILE_EXTENSION)) { //$NON-NLS-1$
					files.add((IFile) proxy.requestResource());
				}
				return true;
			}, IResource.NONE);
		} catch (CoreException e) {
			ILog.of(AnalyseChoice.class).error(e.getMessage(), e);
		}
		return files;
	}
}
