package nl.veerkracht.scoring.ui.quickscan;

import java.util.Optional;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

import nl.veerkracht.scoring.ui.SignalMapSession;

/**
 * File &gt; Export &gt; QuickScan Veerkracht: the QuickScan report of the open signal map, as it is scored now
 * (its KWB files, boundaries, year, parameters and weights), into a chosen folder. The report is written by a
 * {@link QuickScanExportJob} after the wizard closes.
 */
public final class QuickScanExportWizard extends Wizard implements IExportWizard {

	/** The wizard's id in {@code org.eclipse.ui.exportWizards}. */
	public static final String ID = "nl.veerkracht.scoring.ui.quickscan"; //$NON-NLS-1$

	private QuickScanExportPage page;
	private Optional<SignalMapSession> session = Optional.empty();

	/** Creates the wizard; the workbench calls {@link #init}. */
	public QuickScanExportWizard() {
		setWindowTitle(QuickScanMessages.QuickScan_title);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		session = SignalMapSession.current().filter(current -> !current.isClosed());
	}

	@Override
	public void addPages() {
		page = new QuickScanExportPage(session.map(QuickScanExportWizard::describe));
		addPage(page);
	}

	private static String describe(SignalMapSession session) {
		var state = session.state();
		var inputs = session.inputs();
		String gemeente = inputs.gemeente().flatMap(code -> state.run().regionName(code)).orElse(inputs.gemeente().orElse("-")); //$NON-NLS-1$
		return NLS.bind(QuickScanMessages.QuickScan_signalMap, new Object[] { gemeente, String.valueOf(state.year()),
				state.run().table().regionCount(), inputs.kwbFiles().size(), inputs.boundaries().getFileName() });
	}

	@Override
	public boolean performFinish() {
		if (session.isEmpty() || page.folder().isEmpty()) {
			return false;
		}
		SignalMapSession current = session.get();
		new QuickScanExportJob(current.inputs(), current.state(), page.folder().get()).schedule();
		return true;
	}
}
