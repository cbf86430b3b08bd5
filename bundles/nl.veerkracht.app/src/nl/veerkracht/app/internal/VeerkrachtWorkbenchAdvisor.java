package nl.veerkracht.app.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import nl.veerkracht.app.VeerkrachtPerspective;

/** Configures the workbench: the Veerkracht perspective, and what to open at start. */
public final class VeerkrachtWorkbenchAdvisor extends WorkbenchAdvisor {

	private final StartupArguments arguments;

	/** @param arguments what the command line asked to open */
	public VeerkrachtWorkbenchAdvisor(StartupArguments arguments) {
		this.arguments = arguments;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(false);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return VeerkrachtPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new VeerkrachtWindowAdvisor(configurer, arguments);
	}
}
