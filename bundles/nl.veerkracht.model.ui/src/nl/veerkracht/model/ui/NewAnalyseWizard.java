package nl.veerkracht.model.ui;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.part.ISetSelectionTarget;

import nl.veerkracht.model.ui.internal.AnalyseProjectCreation;
import nl.veerkracht.model.ui.internal.Messages;

/**
 * File &gt; Nieuw &gt; Veerkracht-analyse: a workspace project with a new analysis of a gemeente, whose
 * wijken and buurten come from a CBS file when one is given; the new file is shown in the Project
 * Explorer.
 */
public final class NewAnalyseWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private NewAnalysePage page;

	/** Creates the wizard; the workbench calls {@link #init}. */
	public NewAnalyseWizard() {
		setWindowTitle(Messages.NewAnalyse_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
	}

	@Override
	public void addPages() {
		page = new NewAnalysePage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		AnalyseProjectCreation creation = new AnalyseProjectCreation(page.getProjectName(), page.getGemeenteCode(),
				page.getGemeenteName(), page.getYear(), page.getCbsFile());
		try {
			getContainer().run(true, true, creation);
		} catch (InvocationTargetException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		revealInProjectExplorer(creation);
		return true;
	}

	private void revealInProjectExplorer(AnalyseProjectCreation creation) {
		IViewPart explorer = workbench.getActiveWorkbenchWindow().getActivePage().findView(IPageLayout.ID_PROJECT_EXPLORER);
		if (explorer instanceof ISetSelectionTarget target) {
			target.selectReveal(new StructuredSelection(creation.created()));
		}
	}
}
