package nl.veerkracht.gis.ui.style;

import java.awt.Color;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageDataProvider;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import nl.veerkracht.gis.core.render.decor.SwatchShape;
import nl.veerkracht.gis.core.style.GraduatedStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.classify.NoDataStyle;
import nl.veerkracht.gis.ui.WidgetKeys;

/**
 * The classes of a graduated style in a table: colour (click to change), lower and upper bound (the upper
 * bound editable for manual classes), label (editable) and count; the last row is "geen gegevens", always
 * there, in its neutral grey.
 */
final class ClassTable {

	/** The row standing for features without a value. */
	static final Object NO_DATA = new Object();

	private static final int COLOUR_COLUMN = 0;

	private final TableViewer viewer;
	private final GraduatedDraft draft;
	private final Supplier<SimpleStyle> base;
	private final SwatchShape shape;
	private final Runnable changed;
	private final List<Image> images = new ArrayList<>();
	private final NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("nl-NL")); //$NON-NLS-1$
	private boolean boundsEditable;
	private String problem;

	ClassTable(Composite parent, GraduatedDraft draft, Supplier<SimpleStyle> base, SwatchShape shape,
			Runnable changed) {
		this.draft = draft;
		this.base = base;
		this.shape = shape;
		this.changed = changed;
		format.setMaximumFractionDigits(6);
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		Table table = viewer.getTable();
		WidgetKeys.set(table, StyleKeys.CLASS_TABLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(StyleMessages.Classes_columnColour, 56, null).setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ""; //$NON-NLS-1$
			}

			@Override
			public Image getImage(Object element) {
				return swatch(element);
			}
		});
		column(StyleMessages.Classes_columnLower, 90, null).setLabelProvider(text(this::lower));
		column(StyleMessages.Classes_columnUpper, 90, new TextCellEditing(viewer, row -> boundsEditable && row instanceof GraduatedDraft.ClassRow, this::upper,
				this::editUpperBound)).setLabelProvider(text(this::upper));
		column(StyleMessages.Classes_columnLabel, 150, new TextCellEditing(viewer, GraduatedDraft.ClassRow.class::isInstance, this::label, this::editLabel)).setLabelProvider(text(this::label));
		column(StyleMessages.Classes_columnCount, 60, null).setLabelProvider(text(this::count));
		table.addListener(SWT.MouseDown, e -> {
			TableItem item = table.getItem(new Point(e.x, e.y));
			if (item != null && item.getBounds(COLOUR_COLUMN).contains(e.x, e.y)
					&& item.getData() instanceof GraduatedDraft.ClassRow row) {
				chooseColour(row);
			}
		});
		table.addListener(SWT.Dispose, e -> disposeImages());
	}

	Table control() {
		return viewer.getTable();
	}

	/** @param editable whether the upper bounds can be edited (manual classification) */
	void setBoundsEditable(boolean editable) {
		boundsEditable = editable;
	}

	/** @return why the last bound typed was refused, or {@code null} */
	String problem() {
		return problem;
	}

	/** Shows the draft's classes again. */
	void refresh() {
		problem = null;
		disposeImages();
		List<Object> rows = new ArrayList<>(draft.rows());
		rows.add(NO_DATA);
		viewer.setInput(rows);
	}

	private TableViewerColumn column(String title, int width, EditingSupport editing) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		if (editing != null) {
			column.setEditingSupport(editing);
		}
		return column;
	}

	private static ColumnLabelProvider text(Function<Object, String> text) {
		return new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		};
	}

	private Image swatch(Object element) {
		Color colour = element instanceof GraduatedDraft.ClassRow row ? row.colour : NoDataStyle.COLOUR;
		SimpleStyle symbol = base.get().withFill(colour);
		Image image = new Image(viewer.getTable().getDisplay(),
				(ImageDataProvider) zoom -> Swatches.symbol(symbol, shape, 40, 16, zoom / 100.0));
		images.add(image);
		return image;
	}

	private String lower(Object element) {
		if (element instanceof GraduatedDraft.ClassRow row) {
			double lower = draft.lowerBound(draft.rows().indexOf(row));
			return Double.isNaN(lower) ? "" : format.format(lower); //$NON-NLS-1$
		}
		return ""; //$NON-NLS-1$
	}

	private String upper(Object element) {
		if (element instanceof GraduatedDraft.ClassRow row) {
			return format.format(draft.classification().breaks()[draft.rows().indexOf(row)]);
		}
		return ""; //$NON-NLS-1$
	}

	private String label(Object element) {
		return element instanceof GraduatedDraft.ClassRow row ? row.label : GraduatedStyle.NO_DATA_LABEL;
	}

	private String count(Object element) {
		int count = element instanceof GraduatedDraft.ClassRow row ? row.count : draft.values().noData();
		return Integer.toString(count);
	}

	private void chooseColour(GraduatedDraft.ClassRow row) {
		ColorDialog dialog = new ColorDialog(viewer.getTable().getShell());
		dialog.setText(StyleMessages.Classes_colourDialog);
		dialog.setRGB(new RGB(row.colour.getRed(), row.colour.getGreen(), row.colour.getBlue()));
		RGB rgb = dialog.open();
		if (rgb != null) {
			draft.setColour(draft.rows().indexOf(row), new Color(rgb.red, rgb.green, rgb.blue));
			refresh();
			changed.run();
		}
	}

	/**
	 * Reads a number as the analyst types it, in Dutch notation ("1.234,5") or with a decimal point when
	 * that cannot be a thousands separator ("12.5").
	 *
	 * @param text the text
	 * @return the number, or NaN if the text is not one
	 */
	static double parse(String text) {
		String trimmed = text.strip();
		if (trimmed.matches("-?\\d+\\.\\d{1,2}|-?\\d+\\.\\d{4,}")) { //$NON-NLS-1$
			return Double.parseDouble(trimmed);
		}
		NumberFormat dutch = NumberFormat.getNumberInstance(Locale.forLanguageTag("nl-NL")); //$NON-NLS-1$
		ParsePosition position = new ParsePosition(0);
		Number number = dutch.parse(trimmed, position);
		return number == null || position.getIndex() != trimmed.length() || trimmed.isEmpty() ? Double.NaN
				: number.doubleValue();
	}

	private void disposeImages() {
		images.forEach(Image::dispose);
		images.clear();
	}

	private void editUpperBound(Object element, String text) {
		double upper = parse(text);
		String rejected = Double.isNaN(upper) ? StyleMessages.Classes_notANumber
				: draft.setUpperBound(draft.rows().indexOf(element), upper);
		problem = rejected;
		if (rejected == null) {
			refresh();
		}
		changed.run();
	}

	private void editLabel(Object element, String text) {
		draft.setLabel(draft.rows().indexOf(element), text);
		viewer.update(element, null);
		changed.run();
	}
}
