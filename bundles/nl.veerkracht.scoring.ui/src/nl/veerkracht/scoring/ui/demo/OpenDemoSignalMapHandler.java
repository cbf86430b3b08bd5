package nl.veerkracht.scoring.ui.demo;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Demo-signaleringskaart: runs {@link OpenDemoSignalMapJob}. */
public final class OpenDemoSignalMapHandler extends AbstractHandler {

	/** The command's id. */
	public static final String COMMAND_ID = "nl.veerkracht.scoring.ui.commands.demoSignalMap"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		new OpenDemoSignalMapJob(HandlerUtil.getActiveWorkbenchWindowChecked(event)).schedule();
		return null;
	}
}
