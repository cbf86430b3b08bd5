package nl.veerkracht.gis.ui.style;

import java.util.Objects;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.render.decor.SwatchShape;
import nl.veerkracht.gis.core.style.CategorizedStyle;
import nl.veerkracht.gis.core.style.GraduatedStyle;
import nl.veerkracht.gis.core.style.LabelStyle;
import nl.veerkracht.gis.core.style.LayerStyle;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;
import nl.veerkracht.gis.core.style.StyleClass;
import nl.veerkracht.gis.ui.WidgetKeys;

/**
 * The style dialog ("Laagstijl") of a vector layer: a single symbol, categories (unique values) or classes
 * of a numeric attribute, labels, and the layer's opacity. "Toepassen" shows the style on the map and keeps
 * the dialog open, OK applies and closes, "Annuleren" (or closing the window) puts back the style and
 * opacity the layer had when the dialog opened.
 * <p>
 * The dialog is modal but does not block its caller: {@link #open()} returns at once, so the workbench
 * keeps painting the map behind it.
 */
public final class StyleDialog extends TitleAreaDialog {

	/** The id of the "Toepassen" button. */
	public static final int APPLY_ID = IDialogConstants.CLIENT_ID + 1;

	/** The family of the background jobs that compute classes, for tests to wait on. */
	public static final Object CLASSIFY_FAMILY = ClassifyJob.FAMILY;

	private static final int SINGLE = 0;
	private static final int CATEGORIES = 1;
	private static final int CLASSES = 2;

	private final MapContent content;
	private final VectorLayer layer;
	private final LayerStyle originalStyle;
	private final double originalOpacity;
	private Combo type;
	private Spinner layerOpacity;
	private SymbolPart symbol;
	private Composite stack;
	private StackLayout stackLayout;
	private Composite singlePage;
	private CategoriesPage categories;
	private ClassesPage classes;
	private LabelsPage labels;

	/**
	 * Creates the dialog for a layer.
	 *
	 * @param parent the shell the dialog belongs to
	 * @param content the map holding the layer
	 * @param layer the layer to style
	 */
	public StyleDialog(Shell parent, MapContent content, VectorLayer layer) {
		super(parent);
		this.content = Objects.requireNonNull(content, "content"); //$NON-NLS-1$
		this.layer = Objects.requireNonNull(layer, "layer"); //$NON-NLS-1$
		this.originalStyle = layer.getStyle();
		this.originalOpacity = layer.getOpacity();
		setBlockOnOpen(false);
		setHelpAvailable(false);
	}

	/** @return the layer being styled */
	public VectorLayer getLayer() {
		return layer;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(StyleMessages.Dialog_shellTitle, layer.getTitle()));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(StyleMessages.Dialog_title);
		setMessage(NLS.bind(StyleMessages.Dialog_message, layer.getTitle()));
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		FeatureCollection features = layer.getFeatures();
		SwatchShape shape = Swatches.shapeOf(layer);

		new Label(body, SWT.NONE).setText(StyleMessages.Dialog_type);
		type = new Combo(body, SWT.READ_ONLY);
		type.setItems(StyleMessages.Type_single, StyleMessages.Type_categories, StyleMessages.Type_classes);
		WidgetKeys.set(type, StyleKeys.TYPE);
		Label opacityLabel = new Label(body, SWT.NONE);
		opacityLabel.setText(StyleMessages.Dialog_layerOpacity);
		GridDataFactory.swtDefaults().align(SWT.END, SWT.CENTER).grab(true, false).applyTo(opacityLabel);
		layerOpacity = new Spinner(body, SWT.BORDER);
		layerOpacity.setValues((int) Math.round(originalOpacity * 100), 0, 100, 0, 5, 10);
		WidgetKeys.set(layerOpacity, StyleKeys.LAYER_OPACITY);

		TabFolder tabs = new TabFolder(body, SWT.TOP);
		WidgetKeys.set(tabs, StyleKeys.TABS);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(tabs);
		Composite symbology = new Composite(tabs, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(symbology);
		symbol = new SymbolPart(symbology, this::symbolChanged);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(symbol.control());
		stack = new Composite(symbology, SWT.NONE);
		stackLayout = new StackLayout();
		stack.setLayout(stackLayout);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(stack);
		singlePage = new Composite(stack, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(singlePage);
		Label singleHint = new Label(singlePage, SWT.WRAP);
		singleHint.setText(StyleMessages.Dialog_singleHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(singleHint);
		categories = new CategoriesPage(stack, features, symbol::base, shape, this::update);
		classes = new ClassesPage(stack, features, symbol::base, shape, this::update);
		tab(tabs, StyleMessages.Dialog_symbologyTab, symbology);
		labels = new LabelsPage(tabs, features.getSchema(), this::update);
		tab(tabs, StyleMessages.Dialog_labelsTab, labels.control());

		load(originalStyle);
		type.addListener(SWT.Selection, e -> typeChosen());
		layerOpacity.addListener(SWT.Modify, e -> update());
		return area;
	}

	private static void tab(TabFolder tabs, String text, Control control) {
		TabItem item = new TabItem(tabs, SWT.NONE);
		item.setText(text);
		item.setControl(control);
	}

	private void load(LayerStyle style) {
		switch (style) {
			case SingleSymbolStyle single -> {
				symbol.load(single.symbol());
				type.select(SINGLE);
			}
			case CategorizedStyle categorized -> {
				symbol.load(categorized.categories().isEmpty() ? categorized.noDataSymbol()
						: categorized.categories().get(0).symbol());
				type.select(CATEGORIES);
			}
			case GraduatedStyle graduated -> {
				symbol.load(graduated.classes().stream().map(StyleClass::symbol).findFirst()
						.orElse(graduated.noDataSymbol()));
				type.select(CLASSES);
			}
		}
		categories.load(style instanceof CategorizedStyle categorized ? categorized : null);
		classes.load(style instanceof GraduatedStyle graduated ? graduated : null);
		labels.load(style.labels().orElse(null));
		showPage();
	}

	private void typeChosen() {
		showPage();
		update();
	}

	private void showPage() {
		int chosen = type.getSelectionIndex();
		stackLayout.topControl = switch (chosen) {
			case CATEGORIES -> categories.control();
			case CLASSES -> classes.control();
			default -> singlePage;
		};
		symbol.setFillFromClasses(chosen != SINGLE);
		stack.layout();
		if (chosen == CLASSES) {
			classes.activate();
		}
	}

	private void symbolChanged() {
		categories.refreshSwatches();
		classes.refreshSwatches();
		update();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button apply = createButton(parent, APPLY_ID, StyleMessages.Dialog_apply, false);
		WidgetKeys.set(apply, StyleKeys.APPLY);
		super.createButtonsForButtonBar(parent);
		update();
	}

	/** Enables the buttons and shows what is missing, after every change. */
	private void update() {
		if (type == null || getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		String problem = problem();
		if (type.getSelectionIndex() == CLASSES && classes.busy()) {
			setErrorMessage(null);
			setMessage(StyleMessages.Classes_busy, IMessageProvider.INFORMATION);
		} else {
			setMessage(NLS.bind(StyleMessages.Dialog_message, layer.getTitle()));
			setErrorMessage(problem);
		}
		getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
		getButton(APPLY_ID).setEnabled(problem == null);
	}

	private String problem() {
		String problem = switch (type.getSelectionIndex()) {
			case CATEGORIES -> categories.problem();
			case CLASSES -> classes.problem();
			default -> null;
		};
		return problem != null ? problem : labels.problem();
	}

	/**
	 * Returns the style as the dialog's controls set it.
	 *
	 * @return the style
	 * @throws IllegalStateException if the controls do not make a style yet (see the dialog's message)
	 */
	public LayerStyle style() {
		String problem = problem();
		if (problem != null) {
			throw new IllegalStateException(problem);
		}
		LabelStyle labelStyle = labels.labels();
		return switch (type.getSelectionIndex()) {
			case CATEGORIES -> categories.build(symbol.base(), labelStyle);
			case CLASSES -> classes.build(symbol.base(), labelStyle);
			default -> new SingleSymbolStyle(symbol.symbol(), labelStyle);
		};
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == APPLY_ID) {
			apply();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	@Override
	protected void okPressed() {
		if (apply()) {
			super.okPressed();
		}
	}

	@Override
	protected void cancelPressed() {
		restore();
		super.cancelPressed();
	}

	@Override
	protected void handleShellCloseEvent() {
		restore();
		super.handleShellCloseEvent();
	}

	private boolean apply() {
		if (problem() != null || content.indexOf(layer) < 0) {
			return false;
		}
		content.setStyle(layer, style());
		content.setOpacity(layer, layerOpacity.getSelection() / 100.0);
		return true;
	}

	private void restore() {
		if (content.indexOf(layer) >= 0) {
			content.setStyle(layer, originalStyle);
			content.setOpacity(layer, originalOpacity);
		}
	}
}
