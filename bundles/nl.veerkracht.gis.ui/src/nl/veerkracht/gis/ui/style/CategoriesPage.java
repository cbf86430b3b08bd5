package nl.veerkracht.gis.ui.style;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageDataProvider;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.render.decor.SwatchShape;
import nl.veerkracht.gis.core.style.CategorizedStyle;
import nl.veerkracht.gis.core.style.GraduatedStyle;
import nl.veerkracht.gis.core.style.LabelStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.classify.ColorBrewerPalette;
import nl.veerkracht.gis.core.style.classify.NoDataStyle;
import nl.veerkracht.gis.core.style.classify.PaletteKind;
import nl.veerkracht.gis.ui.WidgetKeys;

/**
 * The "Categorieën" page: a categorized style (unique values). "Classificeren" lists the attribute's
 * distinct values with their counts, coloured from a palette; labels and colours are editable per row;
 * values without a category are drawn in one colour when "overige waarden" is on.
 */
final class CategoriesPage {

	private static final Object NO_DATA = new Object();
	private static final Object OTHERS = new Object();

	private final Composite page;
	private final FeatureCollection features;
	private final List<String> attributes;
	private final CategorizedDraft draft = new CategorizedDraft();
	private final Supplier<SimpleStyle> base;
	private final SwatchShape shape;
	private final Runnable changed;
	private final Combo attribute;
	private final PaletteList palettes;
	private final TableViewer viewer;
	private final Button others;
	private final ColourButton otherColour;
	private final Label status;
	private final List<Image> images = new ArrayList<>();

	CategoriesPage(Composite parent, FeatureCollection features, Supplier<SimpleStyle> base, SwatchShape shape,
			Runnable changed) {
		this.features = features;
		this.base = base;
		this.shape = shape;
		this.changed = changed;
		this.attributes = features.getSchema().getAttributes().stream().map(AttributeDescriptor::name).toList();
		page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(page);

		Composite settings = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(settings);
		GridDataFactory.fillDefaults().grab(false, true).applyTo(settings);
		new Label(settings, SWT.NONE).setText(StyleMessages.Categories_attribute);
		attribute = new Combo(settings, SWT.READ_ONLY);
		WidgetKeys.set(attribute, StyleKeys.CATEGORY_ATTRIBUTE);
		attribute.setItems(attributes.toArray(String[]::new));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(attribute);
		Button classify = new Button(settings, SWT.PUSH);
		classify.setText(StyleMessages.Categories_classify);
		WidgetKeys.set(classify, StyleKeys.CATEGORY_CLASSIFY);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(classify);
		Label paletteLabel = new Label(settings, SWT.NONE);
		paletteLabel.setText(StyleMessages.Classes_palette);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(paletteLabel);
		List<ColorBrewerPalette> qualitativeFirst = new ArrayList<>();
		for (ColorBrewerPalette palette : ColorBrewerPalette.values()) {
			if (palette.kind() == PaletteKind.QUALITATIVE) {
				qualitativeFirst.add(palette);
			}
		}
		for (ColorBrewerPalette palette : ColorBrewerPalette.values()) {
			if (!qualitativeFirst.contains(palette)) {
				qualitativeFirst.add(palette);
			}
		}
		palettes = new PaletteList(settings, StyleKeys.CATEGORY_PALETTE, qualitativeFirst, this::paletteChosen);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(370, 150).applyTo(palettes.control());
		others = new Button(settings, SWT.CHECK);
		others.setText(StyleMessages.Categories_others);
		WidgetKeys.set(others, StyleKeys.CATEGORY_OTHERS);
		otherColour = new ColourButton(settings, StyleKeys.CATEGORY_OTHER_COLOUR, StyleMessages.Categories_othersColour,
				this::othersChosen);
		others.addListener(SWT.Selection, e -> othersChosen());

		Composite result = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(result);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(result);
		viewer = new TableViewer(result, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		Table table = viewer.getTable();
		WidgetKeys.set(table, StyleKeys.CATEGORY_TABLE);
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
		column(StyleMessages.Categories_columnValue, 120, null).setLabelProvider(text(this::value));
		column(StyleMessages.Classes_columnLabel, 160, new TextCellEditing(viewer, CategorizedDraft.CategoryRow.class::isInstance, this::label, this::editLabel)).setLabelProvider(text(this::label));
		column(StyleMessages.Classes_columnCount, 60, null).setLabelProvider(text(this::count));
		GridDataFactory.fillDefaults().grab(true, true).hint(450, 260).applyTo(table);
		table.addListener(SWT.MouseDown, e -> {
			TableItem item = table.getItem(new Point(e.x, e.y));
			if (item != null && item.getBounds(0).contains(e.x, e.y)
					&& item.getData() instanceof CategorizedDraft.CategoryRow row) {
				chooseColour(row);
			}
		});
		table.addListener(SWT.Dispose, e -> disposeImages());
		status = new Label(result, SWT.WRAP);
		WidgetKeys.set(status, StyleKeys.CATEGORY_STATUS);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(status);

		classify.addListener(SWT.Selection, e -> classify());
	}

	Composite control() {
		return page;
	}

	/** @param style the layer's style if it is categorized, else {@code null} */
	void load(CategorizedStyle style) {
		palettes.select(draft.palette());
		if (style != null && attributes.contains(style.attribute())) {
			attribute.select(attributes.indexOf(style.attribute()));
			draft.load(style);
			draft.count(DistinctValues.of(features, style.attribute()));
		} else if (!attributes.isEmpty()) {
			attribute.select(0);
		}
		others.setSelection(draft.others());
		otherColour.setColour(draft.otherColour());
		palettes.setClassCount(Math.max(3, draft.rows().size()));
		refresh();
	}

	/** @return why the style cannot be built now, or {@code null} */
	String problem() {
		if (attributes.isEmpty()) {
			return StyleMessages.Categories_noAttribute;
		}
		return draft.rows().isEmpty() ? StyleMessages.Categories_notClassified : null;
	}

	/**
	 * Builds the style.
	 *
	 * @param symbol the symbol whose fill each category replaces
	 * @param labels the label settings, or {@code null}
	 * @return the categorized style
	 */
	CategorizedStyle build(SimpleStyle symbol, LabelStyle labels) {
		return draft.build(attribute.getText(), symbol, labels);
	}

	/** Shows the swatches again, e.g. after the outline changed. */
	void refreshSwatches() {
		refresh();
	}

	private void classify() {
		if (attribute.getSelectionIndex() < 0) {
			return;
		}
		DistinctValues values = DistinctValues.of(features, attribute.getText());
		palettes.setClassCount(Math.max(3, Math.min(values.values().size(), CategorizedDraft.MAX_CATEGORIES)));
		draft.setPalette(palettes.selection());
		draft.classify(values);
		others.setSelection(draft.others());
		refresh();
		changed.run();
	}

	private void paletteChosen() {
		draft.setPalette(palettes.selection());
		refresh();
		changed.run();
	}

	private void othersChosen() {
		draft.setOthers(others.getSelection(), otherColour.colour());
		refresh();
		changed.run();
	}

	private void refresh() {
		disposeImages();
		List<Object> rows = new ArrayList<>(draft.rows());
		if (draft.others()) {
			rows.add(OTHERS);
		}
		rows.add(NO_DATA);
		viewer.setInput(rows);
		status.setText(draft.rows().isEmpty() ? StyleMessages.Categories_hint
				: NLS.bind(StyleMessages.Categories_summary, draft.rows().size(), draft.distinct()));
		status.getParent().layout();
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
		Color colour = element instanceof CategorizedDraft.CategoryRow row ? row.colour
				: element == OTHERS ? draft.otherColour() : NoDataStyle.COLOUR;
		SimpleStyle symbol = base.get().withFill(colour);
		Image image = new Image(viewer.getTable().getDisplay(),
				(ImageDataProvider) zoom -> Swatches.symbol(symbol, shape, 40, 16, zoom / 100.0));
		images.add(image);
		return image;
	}

	private String value(Object element) {
		return element instanceof CategorizedDraft.CategoryRow row ? row.value : ""; //$NON-NLS-1$
	}

	private String label(Object element) {
		if (element instanceof CategorizedDraft.CategoryRow row) {
			return row.label;
		}
		return element == OTHERS ? CategorizedStyle.OTHER_LABEL : GraduatedStyle.NO_DATA_LABEL;
	}

	private String count(Object element) {
		if (element instanceof CategorizedDraft.CategoryRow row) {
			return Integer.toString(row.count);
		}
		return element == NO_DATA ? Integer.toString(draft.noData()) : ""; //$NON-NLS-1$
	}

	private void chooseColour(CategorizedDraft.CategoryRow row) {
		ColorDialog dialog = new ColorDialog(viewer.getTable().getShell());
		dialog.setText(StyleMessages.Classes_colourDialog);
		dialog.setRGB(new RGB(row.colour.getRed(), row.colour.getGreen(), row.colour.getBlue()));
		RGB rgb = dialog.open();
		if (rgb != null) {
			row.colour = new Color(rgb.red, rgb.green, rgb.blue);
			refresh();
			changed.run();
		}
	}

	private void disposeImages() {
		images.forEach(Image::dispose);
		images.clear();
	}

	private void editLabel(Object element, String text) {
		CategorizedDraft.CategoryRow row = (CategorizedDraft.CategoryRow) element;
		row.label = text.isBlank() ? row.value : text;
		viewer.update(element, null);
		changed.run();
	}
}
