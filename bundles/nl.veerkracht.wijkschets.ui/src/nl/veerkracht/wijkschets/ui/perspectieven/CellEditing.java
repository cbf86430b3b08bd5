package nl.veerkracht.wijkschets.ui.perspectieven;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import nl.veerkracht.gis.ui.WidgetKeys;

/**
 * The kinds of in-place cell editing the perspective tables use: free text, a year and a choice from a list. Each
 * hands a changed value to a setter that makes it a command; an unchanged value makes none.
 */
final class CellEditing {

	/** The earliest year a measure can start or end in. */
	static final int FIRST_YEAR = 1900;

	/** The latest year a measure can start or end in. */
	static final int LAST_YEAR = 2200;

	private CellEditing() {
	}

	/**
	 * @param viewer the table's viewer
	 * @param id     the widget key of the cell's text field
	 * @param get    the cell's text ({@code null} for none)
	 * @param set    takes the typed text, {@code null} when it was emptied
	 * @return the editing of a free-text column
	 */
	static <T> EditingSupport text(ColumnViewer viewer, String id, Function<T, String> get, BiConsumer<T, String> set) {
		Composite parent = (Composite) viewer.getControl();
		TextCellEditor editor = new TextCellEditor(parent, SWT.SINGLE);
		WidgetKeys.set(editor.getControl(), id);
		return new Support<T>(viewer, editor, element -> {
			String value = get.apply(element);
			return value == null ? "" : value; //$NON-NLS-1$
		}, (element, value) -> {
			String text = ((String) value).strip();
			set.accept(element, text.isEmpty() ? null : text);
		});
	}

	/**
	 * @param viewer the table's viewer
	 * @param id     the widget key of the cell's text field
	 * @param get    the year shown, or {@code null}
	 * @param set    takes the typed year, {@code null} when it was emptied
	 * @return the editing of a year column: empty or a year {@value #FIRST_YEAR}..{@value #LAST_YEAR}; anything
	 *         else is not taken
	 */
	static <T> EditingSupport year(ColumnViewer viewer, String id, Function<T, Integer> get, BiConsumer<T, Integer> set) {
		TextCellEditor editor = new TextCellEditor((Composite) viewer.getControl(), SWT.SINGLE);
		WidgetKeys.set(editor.getControl(), id);
		editor.setValidator(value -> {
			String text = ((String) value).strip();
			return text.isEmpty() || parseYear(text) != null ? null
					: NLS.bind(PerspectievenMessages.Measures_badYear, text, FIRST_YEAR, LAST_YEAR);
		});
		return new Support<T>(viewer, editor, element -> {
			Integer year = get.apply(element);
			return year == null ? "" : year.toString(); //$NON-NLS-1$
		}, (element, value) -> {
			String text = ((String) value).strip();
			Integer year = parseYear(text);
			if (text.isEmpty() || year != null) {
				set.accept(element, year);
			}
		});
	}

	/**
	 * @param viewer the table's viewer
	 * @param id     the widget key of the cell's combo
	 * @param labels the choices as shown
	 * @param values the values of the choices, in the same order
	 * @param get    the value of a row
	 * @param set    takes the chosen value
	 * @return the editing of a column with a fixed set of values
	 */
	static <T, V> EditingSupport choice(ColumnViewer viewer, String id, List<String> labels, List<V> values,
			Function<T, V> get, BiConsumer<T, V> set) {
		ComboBoxCellEditor editor = new ComboBoxCellEditor((Composite) viewer.getControl(), labels.toArray(String[]::new),
				SWT.READ_ONLY);
		WidgetKeys.set(editor.getControl(), id);
		editor.setActivationStyle(ComboBoxCellEditor.DROP_DOWN_ON_MOUSE_ACTIVATION);
		return new Support<T>(viewer, editor, element -> Integer.valueOf(Math.max(0, values.indexOf(get.apply(element)))),
				(element, value) -> {
					int index = (Integer) value;
					if (index >= 0 && index < values.size()) {
						set.accept(element, values.get(index));
					}
				});
	}

	private static Integer parseYear(String text) {
		try {
			int year = Integer.parseInt(text);
			return year >= FIRST_YEAR && year <= LAST_YEAR ? Integer.valueOf(year) : null;
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** Editing support from a cell editor, a getter and a setter. */
	private static final class Support<T> extends EditingSupport {

		private final CellEditor editor;
		private final Function<T, Object> get;
		private final BiConsumer<T, Object> set;

		Support(ColumnViewer viewer, CellEditor editor, Function<T, Object> get, BiConsumer<T, Object> set) {
			super(viewer);
			this.editor = editor;
			this.get = get;
			this.set = set;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		@SuppressWarnings("unchecked")
		protected Object getValue(Object element) {
			return get.apply((T) element);
		}

		@Override
		@SuppressWarnings("unchecked")
		protected void setValue(Object element, Object value) {
			if (value != null) {
				set.accept((T) element, value);
			}
		}
	}
}
