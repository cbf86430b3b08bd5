package nl.veerkracht.wijkschets.ui.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Edit &gt; Undo or Redo in the wijkschets editor: commits pending typing first, then undoes or redoes
 * the last command of the analysis's command stack; its label names the change.
 */
final class UndoRedoAction extends Action implements CommandStackListener {

	private final boolean undo;
	private WijkschetsEditor editor;

	UndoRedoAction(boolean undo) {
		this.undo = undo;
		setId(undo ? ActionFactory.UNDO.getId() : ActionFactory.REDO.getId());
		setActionDefinitionId(undo ? "org.eclipse.ui.edit.undo" : "org.eclipse.ui.edit.redo"); //$NON-NLS-1$ //$NON-NLS-2$
		update();
	}

	void setEditor(WijkschetsEditor newEditor) {
		if (editor != null) {
			editor.getEditingDomain().getCommandStack().removeCommandStackListener(this);
		}
		editor = newEditor;
		if (editor != null) {
			editor.getEditingDomain().getCommandStack().addCommandStackListener(this);
		}
		update();
	}

	@Override
	public void run() {
		if (editor == null) {
			return;
		}
		editor.commitPendingEdits();
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		if (undo && stack.canUndo()) {
			stack.undo();
		} else if (!undo && stack.canRedo()) {
			stack.redo();
		}
	}

	@Override
	public void commandStackChanged(java.util.EventObject event) {
		update();
	}

	private void update() {
		CommandStack stack = editor == null ? null : editor.getEditingDomain().getCommandStack();
		boolean possible = stack != null && (undo ? stack.canUndo() : stack.canRedo());
		setEnabled(possible);
		Command command = !possible ? null : undo ? stack.getUndoCommand() : stack.getRedoCommand();
		String label = command == null || command.getLabel() == null ? "" : command.getLabel(); //$NON-NLS-1$
		setText(NLS.bind(undo ? EditorMessages.Action_undo : EditorMessages.Action_redo, label).trim());
	}
}
