package nl.veerkracht.wijkschets.ui.create;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.locationtech.jts.geom.Coordinate;

import nl.veerkracht.gis.ui.map.MapCanvas;
import nl.veerkracht.gis.ui.map.MapSelector;
import nl.veerkracht.gis.ui.map.MapView;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.model.ui.NewAnalyseWizard;
import nl.veerkracht.model.ui.internal.AnalyseSession;
import nl.veerkracht.model.ui.internal.AnalyseSessions;
import nl.veerkracht.model.ui.maps.AnalyseChoice;
import nl.veerkracht.scoring.ui.SignalMapSession;
import nl.veerkracht.wijkschets.ui.editor.OpenWijkschets;

/**
 * "Wijkschets maken/openen" in the Map view's context menu: takes the wijk where the menu was opened (a wijk
 * or a buurt with its CBS code, for example on the signal map), chooses the analysis it belongs in, and opens
 * the wijk's wijkschets there, first making it (with the gemeente, wijk and buurten the analysis lacks) in one
 * undoable step when it has none.
 */
public final class CreateOrOpenWijkschetsHandler extends AbstractHandler {

	/** The command's id. */
	public static final String COMMAND_ID = "nl.veerkracht.wijkschets.ui.commands.createOrOpen"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		Shell shell = window.getShell();
		MapView view = MapView.show(window);
		Optional<WijkOnMap> wijk = wijkAtMenu(view);
		if (wijk.isEmpty()) {
			MessageDialog.openInformation(shell, CreateMessages.Title, CreateMessages.NoWijk);
			return null;
		}
		Optional<IFile> file = chooseAnalyse(shell, window);
		if (file.isEmpty()) {
			return null;
		}
		Optional<AnalyseSession> session = AnalyseSessions.of(file.get());
		if (session.isEmpty()) {
			MessageDialog.openError(shell, CreateMessages.Title, AnalyseSessions.problem(file.get()).orElse(file.get().toString()));
			return null;
		}
		WijkschetsCreation creation = new WijkschetsCreation(session.get().getAnalyse(), wijk.get(),
				name(wijk.get().gemeenteCode()).orElse(wijk.get().gemeenteCode()),
				wijk.get().wijkName().or(() -> name(wijk.get().wijkCode())).orElse(wijk.get().wijkCode()));
		Optional<Wijkschets> schets = creation.existing();
		if (schets.isEmpty()) {
			Command command = creation.create(session.get().getDomain());
			session.get().getDomain().getCommandStack().execute(command);
			schets = creation.existing();
		}
		schets.ifPresent(found -> OpenWijkschets.open(window.getActivePage(), found));
		return null;
	}

	private static Optional<WijkOnMap> wijkAtMenu(MapView view) {
		MapCanvas map = view.getMapCanvas();
		Point location = view.getMenuLocation();
		if (location == null) {
			return Optional.empty();
		}
		Coordinate point = map.toMap(location.x, location.y);
		double tolerance = MapSelector.TOLERANCE_PIXELS * map.getViewport().getScale();
		return WijkOnMap.at(map.getContent(), point, tolerance);
	}

	private static Optional<IFile> chooseAnalyse(Shell shell, IWorkbenchWindow window) {
		if (!AnalyseChoice.analysesInWorkspace().isEmpty()) {
			return AnalyseChoice.choose(shell, window, Optional.empty(), CreateMessages.Title, CreateMessages.NoAnalyseYet,
					CreateMessages.ChooseAnalyse);
		}
		if (!MessageDialog.openQuestion(shell, CreateMessages.Title, CreateMessages.CreateAnalyse)) {
			return Optional.empty();
		}
		NewAnalyseWizard wizard = new NewAnalyseWizard();
		wizard.init(window.getWorkbench(), StructuredSelection.EMPTY);
		if (new WizardDialog(shell, wizard).open() != WizardDialog.OK) {
			return Optional.empty();
		}
		return AnalyseChoice.analysesInWorkspace().stream().findFirst();
	}

	private static Optional<String> name(String code) {
		return SignalMapSession.current().flatMap(session -> session.state().run().regionName(code));
	}
}
