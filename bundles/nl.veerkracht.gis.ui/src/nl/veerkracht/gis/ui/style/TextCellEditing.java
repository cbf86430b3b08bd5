package nl.veerkracht.gis.ui.style;

import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;

/**
 * Edits one text column of the style dialog's tables (class labels, category labels, manual class bounds):
 * which rows are editable, what the editor shows and what an edit does are given as functions.
 */
final class TextCellEditing extends EditingSupport {

	private final TextCellEditor editor;
	private final Predicate<Object> editable;
	private final Function<Object, String> text;
	private final BiConsumer<Object, String> apply;

	/**
	 * @param viewer the table
	 * @param editable which rows may be edited
	 * @param text the text the editor starts with
	 * @param apply what an edit does with the row and the typed text
	 */
	TextCellEditing(TableViewer viewer, Predicate<Object> editable, Function<Object, String> text,
			BiConsumer<Object, String> apply) {
		super(viewer);
		this.editor = new TextCellEditor(viewer.getTable());
		this.editable = editable;
		this.text = text;
		this.apply = apply;
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		return editor;
	}

	@Override
	protected boolean canEdit(Object element) {
		return editable.test(element);
	}

	@Override
	protected Object getValue(Object element) {
		return text.apply(element);
	}

	@Override
	protected void setValue(Object element, Object value) {
		apply.accept(element, String.valueOf(value));
	}
}
