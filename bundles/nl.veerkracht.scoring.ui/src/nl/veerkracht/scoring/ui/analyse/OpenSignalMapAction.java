package nl.veerkracht.scoring.ui.analyse;

import java.util.Optional;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchWindow;

import nl.veerkracht.model.Signaleringskaart;
import nl.veerkracht.model.ui.internal.AnalyseSession;
import nl.veerkracht.model.ui.internal.AnalyseSessions;

/** Signaleringskaart openen: opens the signaleringskaart selected in the Project Explorer in the Map view. */
final class OpenSignalMapAction extends Action {

	private final IWorkbenchWindow window;
	private Signaleringskaart kaart;

	OpenSignalMapAction(IWorkbenchWindow window) {
		super(AnalyseMessages.Open_action);
		this.window = window;
		setId("nl.veerkracht.scoring.ui.analyse.open"); //$NON-NLS-1$
	}

	/** Follows the selection: enabled for one kept signaleringskaart of a readable analysis. */
	void select(IStructuredSelection selection) {
		kaart = selection != null && selection.size() == 1 && selection.getFirstElement() instanceof Signaleringskaart k
				? k
				: null;
		setEnabled(session().isPresent());
	}

	@Override
	public void run() {
		Optional<AnalyseSession> session = session();
		if (session.isPresent()) {
			new OpenKeptSignalMapJob(window, session.get().getFile(), kaart).schedule();
		}
	}

	private Optional<AnalyseSession> session() {
		return kaart == null ? Optional.empty() : AnalyseSessions.of(kaart);
	}
}
