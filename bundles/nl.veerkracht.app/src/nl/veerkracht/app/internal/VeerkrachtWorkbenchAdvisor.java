package nl.veerkracht.app.internal;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

import nl.veerkracht.app.VeerkrachtPerspective;

/**
 * Configures the workbench: the Veerkracht perspective, the Eclipse workspace (the analyses are
 * workspace projects, shown in the Project Explorer), and what to open at start.
 */
public final class VeerkrachtWorkbenchAdvisor extends WorkbenchAdvisor {

	private final StartupArguments arguments;

	/** @param arguments what the command line asked to open */
	public VeerkrachtWorkbenchAdvisor(StartupArguments arguments) {
		this.arguments = arguments;
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		configurer.setSaveAndRestore(false);
		IDE.registerAdapters();
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public void postStartup() {
		new WarmUpJob().schedule(500);
	}

	@Override
	public void postShutdown() {
		try {
			ResourcesPlugin.getWorkspace().save(true, new NullProgressMonitor());
		} catch (CoreException e) {
			ILog.of(VeerkrachtWorkbenchAdvisor.class).log(e.getStatus());
		}
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
