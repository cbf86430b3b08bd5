package nl.veerkracht.model.ui.maps;

import java.util.Optional;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchWindow;

import nl.veerkracht.model.KaartInstelling;
import nl.veerkracht.model.ui.internal.AnalyseSession;
import nl.veerkracht.model.ui.internal.AnalyseSessions;

/** Openen in kaartvenster: opens the map selected in the Project Explorer in the Map view. */
final class OpenMapAction extends Action {

	private final IWorkbenchWindow window;
	private KaartInstelling kaart;

	OpenMapAction(IWorkbenchWindow window) {
		super(MapMessages.OpenMap_action);
		this.window = window;
		setId("nl.veerkracht.model.ui.maps.open"); //$NON-NLS-1$
	}

	/** Follows the selection: enabled for one kept map of an open analysis. */
	void select(IStructuredSelection selection) {
		kaart = selection != null && selection.size() == 1 && selection.getFirstElement() instanceof KaartInstelling k
				? k : null;
		setEnabled(session().isPresent());
	}

	@Override
	public void run() {
		Optional<AnalyseSession> session = session();
		if (session.isPresent()) {
			OpenMapJob.open(window, kaart, session.get());
		}
	}

	private Optional<AnalyseSession> session() {
		return kaart == null ? Optional.empty() : AnalyseSessions.of(kaart);
	}
}
