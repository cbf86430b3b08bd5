package nl.veerkracht.scoring.ui.analyse;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.Signaleringskaart;
import nl.veerkracht.model.VeerkrachtPackage;
import nl.veerkracht.model.scoring.Omschrijvingen;
import nl.veerkracht.model.scoring.SignaleringskaartInstellingen;
import nl.veerkracht.model.ui.internal.AnalyseSession;
import nl.veerkracht.model.ui.internal.AnalyseSessions;
import nl.veerkracht.model.ui.maps.AnalyseChoice;
import nl.veerkracht.scoring.ui.SignalMapSession;

/**
 * Signaleringskaart bewaren in analyse: keeps the current signal map — its KWB and boundary files (relative to
 * the analysis when they lie inside its folder), gemeente, reference, normalisation, minimum coverage, the
 * year shown and every weight — in an analysis as its {@link Signaleringskaart}. The change runs on the
 * analysis's editing domain (Edit &gt; Undo takes it back) and the analysis is saved at once. An analysis
 * keeps one signaleringskaart; a different one is replaced after a question.
 * <p>
 * The optional command parameter {@value #ANALYSE_PARAMETER} (the workspace path of the analysis file) lets
 * scripts and tests keep the map without dialogs.
 */
public final class SaveSignalMapHandler extends AbstractHandler {

	/** The command's id. */
	public static final String COMMAND_ID = "nl.veerkracht.scoring.ui.commands.saveSignalMap"; //$NON-NLS-1$

	/** The command parameter naming the analysis file by its workspace path, e.g. {@code /rotterdam/rotterdam.veerkracht}. */
	public static final String ANALYSE_PARAMETER = "nl.veerkracht.scoring.ui.analyse"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		Shell shell = window.getShell();
		Optional<SignalMapSession> current = SignalMapSession.current();
		if (current.isEmpty()) {
			MessageDialog.openInformation(shell, AnalyseMessages.Save_title, AnalyseMessages.Save_noSignalMap);
			return null;
		}
		SignalMapSession session = current.get();
		String parameter = event.getParameter(ANALYSE_PARAMETER);
		Optional<IFile> file = parameter != null
				? Optional.of(ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString(parameter)))
				: AnalyseChoice.choose(shell, window, SignalMapOrigins.of(session), AnalyseMessages.Save_title,
						AnalyseMessages.Save_noAnalyse, AnalyseMessages.Save_chooseAnalyse);
		if (file.isEmpty()) {
			return null;
		}
		Optional<AnalyseSession> analyseSession = AnalyseSessions.of(file.get());
		if (analyseSession.isEmpty()) {
			MessageDialog.openError(shell, AnalyseMessages.Save_title, NLS.bind(AnalyseMessages.Save_unreadable,
					AnalyseSessions.problem(file.get()).orElse(file.get().getFullPath().toString())));
			return null;
		}
		Analyse analyse = analyseSession.get().getAnalyse();
		Signaleringskaart kaart = SignaleringskaartInstellingen.create(SettingsConversion.settings(session),
				Path.of(file.get().getLocationURI()));
		Signaleringskaart old = analyse.getSignaleringskaart();
		boolean sameOrigin = SignalMapOrigins.of(session).filter(file.get()::equals).isPresent();
		if (old != null && !sameOrigin && parameter == null && !MessageDialog.openQuestion(shell, AnalyseMessages.Save_title,
				NLS.bind(AnalyseMessages.Save_replace, file.get().getName(), Omschrijvingen.of(old)))) {
			return null;
		}
		EditingDomain domain = analyseSession.get().getDomain();
		domain.getCommandStack().execute(
				SetCommand.create(domain, analyse, VeerkrachtPackage.Literals.ANALYSE__SIGNALERINGSKAART, kaart));
		SignalMapOrigins.remember(session, file.get());
		StatusLines.show(window, NLS.bind(AnalyseMessages.Save_saved, Omschrijvingen.of(kaart), file.get().getName()));
		return null;
	}
}
