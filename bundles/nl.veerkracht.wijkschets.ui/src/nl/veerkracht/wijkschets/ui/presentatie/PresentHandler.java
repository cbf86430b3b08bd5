package nl.veerkracht.wijkschets.ui.presentatie;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import nl.veerkracht.wijkschets.ui.editor.WijkschetsEditor;

/** "Presentatiemodus" (F11) in the wijkschets editor: opens its {@link PresentationMode}. */
public final class PresentHandler extends AbstractHandler {

	/** The command's id. */
	public static final String COMMAND_ID = "nl.veerkracht.wijkschets.ui.commands.present"; //$NON-NLS-1$

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof WijkschetsEditor editor) {
			PresentationMode.open(editor);
		}
		return null;
	}
}
