package nl.veerkracht.app;

import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import nl.veerkracht.app.internal.StartupArguments;
import nl.veerkracht.gis.core.io.DataFormatRegistry;
import nl.veerkracht.app.internal.VeerkrachtWorkbenchAdvisor;

/**
 * The Veerkracht Workbench application. Files named on the command line open as layers of the
 * map; without any, the built-in demo municipality opens.
 */
public final class VeerkrachtApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		StartupArguments arguments = StartupArguments.parse(List.of(Platform.getApplicationArgs()),
				file -> DataFormatRegistry.getDefault().forFile(file).isPresent());
		Display display = PlatformUI.createDisplay();
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new VeerkrachtWorkbenchAdvisor(arguments));
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
