package nl.veerkracht.wijkschets.ui.editor;

/**
 * A part of the wijkschets editor that may hold typing not yet turned into a command (a text field
 * waiting for its pause, a cell being edited). The editor asks every part to commit before saving,
 * undoing, exporting and presenting.
 */
@FunctionalInterface
public interface PendingEdits {

	/** Turns what was typed but not yet committed into commands on the editing domain. */
	void commitPendingEdits();
}
