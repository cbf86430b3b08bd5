package nl.veerkracht.wijkschets.ui.editor;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Connects Edit &gt; Undo and Redo to the command stack of the active wijkschets editor. */
public final class WijkschetsEditorContributor extends EditorActionBarContributor {

	private final UndoRedoAction undo = new UndoRedoAction(true);
	private final UndoRedoAction redo = new UndoRedoAction(false);

	@Override
	public void init(IActionBars bars) {
		super.init(bars);
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		WijkschetsEditor editor = part instanceof WijkschetsEditor schetsEditor ? schetsEditor : null;
		undo.setEditor(editor);
		redo.setEditor(editor);
		getActionBars().updateActionBars();
	}

	@Override
	public void dispose() {
		undo.setEditor(null);
		redo.setEditor(null);
		super.dispose();
	}
}
