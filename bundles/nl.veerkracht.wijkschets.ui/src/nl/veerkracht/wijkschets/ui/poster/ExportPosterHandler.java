package nl.veerkracht.wijkschets.ui.poster;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.veerkracht.model.Regio;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.model.ui.internal.AnalyseSession;
import nl.veerkracht.model.ui.internal.AnalyseSessions;
import nl.veerkracht.report.poster.PosterContent;
import nl.veerkracht.wijkschets.ui.editor.WijkschetsEditor;

/**
 * "Poster exporteren…": the wijkschets of the active wijkschets editor, or the one selected in the Project Explorer.
 * Commits the editors' pending typing, opens the {@link PosterDialog} (file {@code wijkschets-<wijk>.pdf} next to
 * the analysis, today, the participants remembered for this wijkschets), then builds the poster content on the UI
 * thread (the model is only touched there) with the maps of the open signal map, and writes it in an
 * {@link ExportPosterJob}. Afterwards the status line says where the poster is, or a warning says what was left
 * out; errors are reported by the job.
 */
public final class ExportPosterHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null || window.getActivePage() == null) {
			return null;
		}
		Optional<Wijkschets> found = wijkschets(event);
		if (found.isEmpty()) {
			return null;
		}
		Wijkschets schets = found.get();
		for (IEditorReference reference : window.getActivePage().getEditorReferences()) {
			IEditorPart editor = reference.getEditor(false);
			if (editor instanceof WijkschetsEditor open && open.getWijkschets() == schets) {
				open.commitPendingEdits();
			}
		}
		Shell shell = window.getShell();
		Optional<AnalyseSession> session = AnalyseSessions.of(schets);
		if (session.isEmpty() || schets.eResource() == null) {
			MessageDialog.openError(shell, PosterMessages.Handler_noAnalyseTitle,
					NLS.bind(PosterMessages.Handler_noAnalyse, schets.getName()));
			return null;
		}
		IFile analysis = session.get().getFile();
		String fragment = schets.eResource().getURIFragment(schets);
		Path folder = analysis.getLocation() == null ? Path.of(System.getProperty("user.home")) //$NON-NLS-1$
				: analysis.getLocation().toFile().toPath().getParent();
		PosterSettings settings = PosterSettings.workbench();

		Optional<PosterMaps> maps = PosterBuilder.signalMaps(schets);
		List<String> warnings = new ArrayList<>();
		PosterPhoto.check(schets.getPhotoPath(), folder).ifPresent(warnings::add);
		if (maps.isEmpty()) {
			warnings.add(PosterMessages.Dialog_noSignalMap);
		} else if (!maps.get().areaFound()) {
			warnings.add(NLS.bind(PosterMessages.Dialog_areaNotInSignalMap, name(schets)));
		}
		PosterDialog.Defaults defaults = new PosterDialog.Defaults(name(schets),
				folder.resolve("wijkschets-" + slug(name(schets)) + ".pdf"), LocalDate.now(), //$NON-NLS-1$ //$NON-NLS-2$
				settings.participants(analysis, fragment), settings.dpi(), warnings);
		Optional<IStatusLineManager> statusLine = statusLine(HandlerUtil.getActivePart(event));
		new PosterDialog(shell, defaults, request -> {
			settings.setParticipants(analysis, fragment, request.participants());
			settings.setDpi(request.dpi());
			export(schets, request, maps, folder, statusLine, window);
		}).open();
		return null;
	}

	private static void export(Wijkschets schets, PosterRequest request, Optional<PosterMaps> maps, Path folder,
			Optional<IStatusLineManager> statusLine, IWorkbenchWindow window) {
		PosterContent content = PosterBuilder.content(schets, request.date(), request.participants(), maps);
		Optional<IContainer> workspaceFolder = Optional.ofNullable(request.file().getParent())
				.map(parent -> ResourcesPlugin.getWorkspace().getRoot().getContainerForLocation(IPath.fromPath(parent)));
		ExportPosterJob job = new ExportPosterJob(content, PosterPhoto.resolve(schets.getPhotoPath(), folder), request,
				workspaceFolder);
		Display display = window.getShell().getDisplay();
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				IStatus result = event.getResult();
				display.asyncExec(() -> reportDone(result, request, statusLine, window));
			}
		});
		job.schedule();
	}

	private static void reportDone(IStatus result, PosterRequest request, Optional<IStatusLineManager> statusLine,
			IWorkbenchWindow window) {
		if (result.getSeverity() == IStatus.WARNING) {
			Shell shell = window.getShell();
			if (shell != null && !shell.isDisposed()) {
				MessageDialog.openWarning(shell, PosterMessages.Done_warningTitle,
						NLS.bind(PosterMessages.Done_warning, request.file(), result.getMessage()));
			}
		}
		if (result.getSeverity() <= IStatus.WARNING) {
			statusLine.ifPresent(line -> line.setMessage(NLS.bind(PosterMessages.Done_written, request.file())));
		}
	}

	private static Optional<Wijkschets> wijkschets(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof WijkschetsEditor editor) {
			return Optional.of(editor.getWijkschets());
		}
		Object selected = HandlerUtil.getCurrentStructuredSelection(event).getFirstElement();
		if (selected instanceof Wijkschets schets) {
			return Optional.of(schets);
		}
		if (HandlerUtil.getActiveEditor(event) instanceof WijkschetsEditor editor) {
			return Optional.of(editor.getWijkschets());
		}
		return Optional.empty();
	}

	private static Optional<IStatusLineManager> statusLine(IWorkbenchPart part) {
		if (part == null) {
			return Optional.empty();
		}
		if (part.getSite() instanceof IEditorSite site) {
			return Optional.of(site.getActionBars().getStatusLineManager());
		}
		if (part.getSite() instanceof IViewSite site) {
			return Optional.of(site.getActionBars().getStatusLineManager());
		}
		return Optional.empty();
	}

	private static String name(Wijkschets schets) {
		Regio gebied = schets.getGebied();
		if (gebied != null && gebied.getName() != null && !gebied.getName().isBlank()) {
			return gebied.getName();
		}
		return schets.getName() == null || schets.getName().isBlank() ? "wijkschets" : schets.getName(); //$NON-NLS-1$
	}

	/**
	 * @param name a name, e.g. "Delfshaven" or "Kralingen-Crooswijk Noord"
	 * @return it as a file name part: lower case ASCII letters and digits joined by hyphens, e.g.
	 *         "kralingen-crooswijk-noord"
	 */
	static String slug(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", ""); //$NON-NLS-1$ //$NON-NLS-2$
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return slug.isEmpty() ? "wijk" : slug; //$NON-NLS-1$
	}
}
