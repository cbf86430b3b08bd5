package nl.veerkracht.gis.ui.table;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.MapContentEvent;
import nl.veerkracht.gis.core.layer.MapContentListener;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.select.SelectionExtent;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.gis.ui.internal.Messages;
import nl.veerkracht.gis.ui.layers.LayersView;
import nl.veerkracht.gis.ui.map.MapView;

/**
 * The Attributentabel view: the features of one layer of the map as rows. The layer is the one
 * selected in the Layers view, or chosen in the view's own list. Rows sort by a click on a column
 * header, filter on a text in any column and, if asked, on the selection; the row selection is the
 * map's selection, both ways: selected rows are highlighted on the map, features selected on the map
 * are selected and scrolled into view here. Ctrl+C copies the selected rows as tab-separated values.
 */
public final class AttributeTableView extends ViewPart {

	/** The view's id in {@code plugin.xml}. */
	public static final String ID = "nl.veerkracht.gis.ui.table"; //$NON-NLS-1$

	/** The context active while the view is, for its key bindings. */
	public static final String CONTEXT_ID = "nl.veerkracht.gis.ui.contexts.table"; //$NON-NLS-1$

	private static final int FILTER_DELAY_MS = 250;

	private final List<VectorLayer> choices = new ArrayList<>();
	private final TableSelectionProvider selectionProvider = new TableSelectionProvider();
	private Combo layerChoice;
	private Text filterText;
	private Button onlySelection;
	private Label status;
	private AttributeTable table;
	private MapView mapView;
	private Runnable pendingFilter;

	private final MapContentListener mapListener = event -> {
		if (table != null && !table.getTable().isDisposed()) {
			Display display = table.getTable().getDisplay();
			if (Display.getCurrent() == display) {
				mapChanged(event);
			} else {
				display.asyncExec(() -> mapChanged(event));
			}
		}
	};
	private final ISelectionListener layersListener = (IWorkbenchPart part, ISelection selection) -> {
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof VectorLayer layer) {
			showLayer(layer);
		}
	};
	private final IPartListener2 mapTracker = new IPartListener2() {
		@Override
		public void partOpened(IWorkbenchPartReference ref) {
			if (ref.getPart(false) instanceof MapView view) {
				follow(view);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == mapView) {
				follow(null);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(5).margins(4, 4).applyTo(parent);
		new Label(parent, SWT.NONE).setText(Messages.Table_layer);
		layerChoice = WidgetKeys.set(new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN), WidgetKeys.ATTRIBUTE_TABLE_LAYER);
		GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).applyTo(layerChoice);
		layerChoice.addListener(SWT.Selection, event -> chooseLayer());
		filterText = WidgetKeys.set(new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), WidgetKeys.ATTRIBUTE_TABLE_FILTER);
		filterText.setMessage(Messages.Table_filterHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(filterText);
		filterText.addListener(SWT.Modify, event -> scheduleFilter());
		onlySelection = WidgetKeys.set(new Button(parent, SWT.CHECK), WidgetKeys.ATTRIBUTE_TABLE_ONLY_SELECTION);
		onlySelection.setText(Messages.Table_onlySelection);
		onlySelection.addListener(SWT.Selection, event -> applyFilter());
		status = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.CENTER).applyTo(status);

		table = new AttributeTable(parent, this::userSelected);
		GridDataFactory.fillDefaults().grab(true, true).span(5, 1).applyTo(table.getTable());
		table.getTable().addListener(SWT.DefaultSelection, event -> zoomToSelection());

		getSite().setSelectionProvider(selectionProvider);
		installContextMenu();
		installHandlers();
		getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
		getSite().getPage().addPartListener(mapTracker);
		getSite().getPage().addPostSelectionListener(LayersView.ID, layersListener);
		follow((MapView) getSite().getPage().findView(MapView.ID));
		LayersView layers = (LayersView) getSite().getPage().findView(LayersView.ID);
		if (layers != null && layers.getSelectedLayers().size() == 1 && layers.getSelectedLayers().get(0) instanceof VectorLayer layer) {
			showLayer(layer);
		}
	}

	private void installContextMenu() {
		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		Table widget = table.getTable();
		widget.setMenu(menu.createContextMenu(widget));
		getSite().registerContextMenu(menu, selectionProvider);
	}

	private void installHandlers() {
		IHandlerService handlers = getSite().getService(IHandlerService.class);
		handlers.activateHandler(IWorkbenchCommandConstants.EDIT_COPY, new AbstractHandler() {
			@Override
			public Object execute(ExecutionEvent event) {
				copySelectedRows();
				return null;
			}
		});
		handlers.activateHandler(IWorkbenchCommandConstants.EDIT_SELECT_ALL, new AbstractHandler() {
			@Override
			public Object execute(ExecutionEvent event) {
				table.selectAll();
				return null;
			}
		});
	}

	/**
	 * Shows the features of a layer of the map.
	 *
	 * @param layer a vector layer of the map in the Map view
	 */
	public void showLayer(VectorLayer layer) {
		if (layer == table.getLayer()) {
			return;
		}
		refreshChoices();
		int index = choices.indexOf(layer);
		if (index < 0) {
			return;
		}
		layerChoice.select(index);
		table.show(layer);
		applyFilter();
	}

	/** @return the layer shown, or {@code null} */
	public VectorLayer getLayer() {
		return table.getLayer();
	}

	/**
	 * Returns the feature shown in a row, in the current order and filter.
	 *
	 * @param row the row, from 0
	 * @return the feature
	 * @throws IndexOutOfBoundsException if there is no such row
	 */
	public Feature getFeatureOfRow(int row) {
		return table.getRows().get(row);
	}

	/** @return the features of the selected rows, top row first */
	public List<Feature> getSelectedFeatures() {
		return table.selectedFeatures();
	}

	/** Copies the selected rows to the clipboard as tab-separated values with a header line. */
	public void copySelectedRows() {
		if (table.getLayer() == null) {
			return;
		}
		String tsv = RowsAsTsv.of(table.getPresentation(), table.selectedFeatures());
		Clipboard clipboard = new Clipboard(table.getTable().getDisplay());
		try {
			clipboard.setContents(new Object[] { tsv }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	private void chooseLayer() {
		int index = layerChoice.getSelectionIndex();
		if (index >= 0 && index < choices.size()) {
			table.show(choices.get(index));
			applyFilter();
		}
	}

	private void scheduleFilter() {
		if (pendingFilter != null) {
			table.getTable().getDisplay().timerExec(-1, pendingFilter);
		}
		pendingFilter = () -> {
			pendingFilter = null;
			if (!table.getTable().isDisposed()) {
				applyFilter();
			}
		};
		table.getTable().getDisplay().timerExec(FILTER_DELAY_MS, pendingFilter);
	}

	private void applyFilter() {
		table.filter(filterText.getText(), onlySelection.getSelection());
		table.selectFromLayer(true);
		updateStatus();
	}

	private void userSelected(List<Feature> features) {
		VectorLayer layer = table.getLayer();
		if (mapView != null && layer != null && mapView.getMapContent().layers().contains(layer)) {
			mapView.getMapContent().setSelection(layer, features);
		}
		selectionProvider.set(layer, features);
		updateStatus();
	}

	private void mapChanged(MapContentEvent event) {
		if (table.getTable().isDisposed()) {
			return;
		}
		switch (event.kind()) {
		case SELECTION_CHANGED -> {
			if (event.layer() == table.getLayer()) {
				if (onlySelection.getSelection()) {
					table.filter(filterText.getText(), true);
				}
				table.selectFromLayer(true);
				selectionProvider.set(table.getLayer(), table.selectedFeatures());
				updateStatus();
			}
		}
		case FEATURES_CHANGED -> {
			if (event.layer() == table.getLayer()) {
				table.reload();
				applyFilter();
				selectionProvider.set(table.getLayer(), table.selectedFeatures());
				updateStatus();
			}
		}
		case LAYER_REMOVED -> {
			if (event.layer() == table.getLayer()) {
				table.show(null);
				selectionProvider.set(null, List.of());
			}
			refreshChoices();
			showTopLayerIfNone();
		}
		case LAYER_ADDED -> {
			refreshChoices();
			showTopLayerIfNone();
		}
		case LAYER_MOVED, TITLE_CHANGED -> refreshChoices();
		default -> {
			// styles, visibility and opacity do not change the table
		}
		}
	}

	private void follow(MapView view) {
		if (mapView != null) {
			mapView.getMapContent().removeListener(mapListener);
		}
		mapView = view;
		if (view != null) {
			view.getMapContent().addListener(mapListener);
		} else {
			table.show(null);
		}
		refreshChoices();
		showTopLayerIfNone();
	}

	private void showTopLayerIfNone() {
		if (table.getLayer() == null && !choices.isEmpty()) {
			layerChoice.select(0);
			chooseLayer();
		}
	}

	private void refreshChoices() {
		choices.clear();
		if (mapView != null) {
			MapContent content = mapView.getMapContent();
			List<Layer> layers = content.layers();
			for (int i = layers.size() - 1; i >= 0; i--) {
				if (layers.get(i) instanceof VectorLayer vector) {
					choices.add(vector);
				}
			}
		}
		layerChoice.setItems(choices.stream().map(Layer::getTitle).toArray(String[]::new));
		int index = choices.indexOf(table.getLayer());
		if (index >= 0) {
			layerChoice.select(index);
		}
		updateStatus();
	}

	private void updateStatus() {
		VectorLayer layer = table.getLayer();
		if (layer == null) {
			status.setText(Messages.Table_noLayer);
			status.getParent().layout(new Control[] { status });
			return;
		}
		status.setText(NLS.bind(Messages.Table_status, new Object[] { table.getRows().size(),
				table.getRows().featureCount(), layer.getSelection().size() }));
		status.getParent().layout(new Control[] { status });
	}

	private void zoomToSelection() {
		if (mapView != null) {
			mapView.getMapCanvas().zoomTo(SelectionExtent.of(mapView.getMapContent()));
		}
	}

	@Override
	public void setFocus() {
		table.getTable().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(mapTracker);
		getSite().getPage().removePostSelectionListener(LayersView.ID, layersListener);
		if (mapView != null) {
			mapView.getMapContent().removeListener(mapListener);
		}
		super.dispose();
	}
}
