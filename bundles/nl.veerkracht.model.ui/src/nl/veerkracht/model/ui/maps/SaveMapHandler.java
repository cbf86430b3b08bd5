package nl.veerkracht.model.ui.maps;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.ReplaceCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.ui.map.MapView;
import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.KaartInstelling;
import nl.veerkracht.model.VeerkrachtPackage;
import nl.veerkracht.model.maps.KaartInstellingen;
import nl.veerkracht.model.maps.MapCapture;
import nl.veerkracht.model.ui.internal.AnalyseSession;
import nl.veerkracht.model.ui.internal.AnalyseSessions;

/**
 * Kaart bewaren in analyse: keeps the Map view's layers, their styles and the view in an analysis, as a
 * named map ({@link KaartInstelling}). The change goes through the analysis's editing domain, so Edit &gt;
 * Undo takes it back, and the analysis is saved as after every edit. A map of the same name is replaced.
 * <p>
 * The optional command parameters {@value #ANALYSE_PARAMETER} (the workspace path of the analysis file) and
 * {@value #NAME_PARAMETER} let scripts and tests keep a map without dialogs.
 */
public final class SaveMapHandler extends AbstractHandler {

	/** The command parameter naming the analysis file by its workspace path, e.g. {@code /zaanstad/zaanstad.veerkracht}. */
	public static final String ANALYSE_PARAMETER = "nl.veerkracht.model.ui.maps.analyse"; //$NON-NLS-1$

	/** The command parameter naming the map. */
	public static final String NAME_PARAMETER = "nl.veerkracht.model.ui.maps.name"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Shell shell = window.getShell();
		MapView view;
		try {
			view = MapView.show(window);
		} catch (IllegalStateException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		MapContent map = view.getMapContent();
		if (map.layers().isEmpty()) {
			MessageDialog.openInformation(shell, MapMessages.SaveMap_title, MapMessages.SaveMap_noLayers);
			return null;
		}
		String parameter = event.getParameter(ANALYSE_PARAMETER);
		Optional<IFile> file = parameter != null
				? Optional.of(ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString(parameter)))
				: AnalyseChoice.choose(shell, window, map);
		if (file.isEmpty()) {
			return null;
		}
		Optional<AnalyseSession> session = AnalyseSessions.of(file.get());
		if (session.isEmpty()) {
			MessageDialog.openError(shell, MapMessages.SaveMap_title, NLS.bind(MapMessages.SaveMap_unreadable,
					AnalyseSessions.problem(file.get()).orElse(file.get().getFullPath().toString())));
			return null;
		}
		Analyse analyse = session.get().getAnalyse();
		Optional<String> name = Optional.ofNullable(event.getParameter(NAME_PARAMETER))
				.or(() -> askName(shell, map, file.get(), analyse));
		if (name.isEmpty()) {
			return null;
		}
		MapCapture capture = KaartInstellingen.capture(name.get(), map, view.getMapCanvas().getViewport(),
				Path.of(file.get().getLocationURI()));
		EditingDomain domain = session.get().getDomain();
		domain.getCommandStack().execute(store(domain, analyse, capture.kaart()));
		MapOrigins.remember(map, file.get(), name.get());
		view.getViewSite().getActionBars().getStatusLineManager()
				.setMessage(NLS.bind(MapMessages.SaveMap_saved, name.get(), file.get().getName()));
		if (!capture.skippedLayers().isEmpty() && event.getParameter(NAME_PARAMETER) == null) {
			MessageDialog.openInformation(shell, MapMessages.SaveMap_title,
					NLS.bind(MapMessages.SaveMap_skipped, name.get(), String.join("\n", capture.skippedLayers()))); //$NON-NLS-1$
		}
		return null;
	}

	/** Asks the map's name, suggesting the one it came from; confirms replacing another map of that name. */
	private static Optional<String> askName(Shell shell, MapContent map, IFile file, Analyse analyse) {
		Optional<String> origin = MapOrigins.of(map).filter(o -> o.file().equals(file)).map(MapOrigins.Origin::name);
		String suggestion = origin.orElseGet(() -> freeName(analyse));
		InputDialog dialog = new InputDialog(shell, MapMessages.SaveMap_title,
				NLS.bind(MapMessages.SaveMap_nameMessage, file.getFullPath().makeRelative()), suggestion,
				text -> text.isBlank() ? MapMessages.SaveMap_nameMissing : null);
		if (dialog.open() != Window.OK) {
			return Optional.empty();
		}
		String name = dialog.getValue().strip();
		boolean taken = analyse.getKaarten().stream().anyMatch(kaart -> name.equals(kaart.getName()));
		if (taken && !origin.equals(Optional.of(name)) && !MessageDialog.openQuestion(shell, MapMessages.SaveMap_title,
				NLS.bind(MapMessages.SaveMap_replace, name, file.getName()))) {
			return Optional.empty();
		}
		return Optional.of(name);
	}

	private static String freeName(Analyse analyse) {
		List<String> names = analyse.getKaarten().stream().map(KaartInstelling::getName).toList();
		int number = names.size() + 1;
		while (names.contains(NLS.bind(MapMessages.SaveMap_defaultName, number))) {
			number++;
		}
		return NLS.bind(MapMessages.SaveMap_defaultName, number);
	}

	/** Adds the map to the analysis, or replaces the map of the same name in its place. */
	static Command store(EditingDomain domain, Analyse analyse, KaartInstelling kaart) {
		return analyse.getKaarten().stream().filter(old -> kaart.getName().equals(old.getName())).findFirst()
				.map(old -> ReplaceCommand.create(domain, analyse, VeerkrachtPackage.Literals.ANALYSE__KAARTEN, old,
						List.of(kaart)))
				.orElseGet(() -> AddCommand.create(domain, analyse, VeerkrachtPackage.Literals.ANALYSE__KAARTEN, kaart));
	}
}
