package nl.veerkracht.app.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import nl.veerkracht.gis.ui.map.MapView;
import nl.veerkracht.gis.ui.open.LayerOpener;

/** Shapes the main window and fills its map once it is open. */
final class VeerkrachtWindowAdvisor extends WorkbenchWindowAdvisor {

	private final StartupArguments arguments;

	VeerkrachtWindowAdvisor(IWorkbenchWindowConfigurer configurer, StartupArguments arguments) {
		super(configurer);
		this.arguments = arguments;
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new VeerkrachtActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1400, 900));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowPerspectiveBar(false);
	}

	@Override
	public void postWindowOpen() {
		IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
		try {
			MapView map = (MapView) page.showView(MapView.ID);
			if (arguments.opensDemo()) {
				new OpenDemoJob(map).schedule();
			} else {
				LayerOpener.open(map, arguments.files());
			}
		} catch (PartInitException e) {
			throw new IllegalStateException("The Map view cannot be opened", e); //$NON-NLS-1$
		}
	}
}
