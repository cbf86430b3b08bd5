package nl.veerkracht.gis.ui.layers;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.ViewPart;

import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.MapContentListener;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.gis.ui.internal.Messages;
import nl.veerkracht.gis.ui.map.MapView;

/**
 * The Layers view: the layers of the map in the Map view, top layer first, with a checkbox
 * for visibility. Its selection (of {@link Layer}s) drives the layer commands: move up and
 * down, zoom to layer, remove.
 */
public final class LayersView extends ViewPart {

	/** The view's id in {@code plugin.xml}. */
	public static final String ID = "nl.veerkracht.gis.ui.layersView";

	private static final String CONTEXT_ID = "nl.veerkracht.gis.ui.contexts.layers";

	private CheckboxTableViewer viewer;
	private MapView mapView;
	private final MapContentListener refresher = event -> refreshAsync();
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
		parent.setLayout(new FillLayout());
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout columns = new TableColumnLayout();
		holder.setLayout(columns);
		viewer = CheckboxTableViewer.newCheckList(holder, SWT.MULTI | SWT.FULL_SELECTION);
		Table table = viewer.getTable();
		WidgetKeys.set(table, WidgetKeys.LAYERS_TABLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(false);
		addColumn(columns, Messages.LayersView_columnLayer, new ColumnWeightData(100, 120), Layer::getTitle);
		addColumn(columns, Messages.LayersView_columnFeatures, new ColumnPixelData(76), LayersView::featureCount);
		addColumn(columns, Messages.LayersView_columnCrs, new ColumnPixelData(92), LayersView::sourceCrs);
		viewer.setContentProvider(new TopFirstLayerContentProvider());
		viewer.setCheckStateProvider(new ICheckStateProvider() {
			@Override
			public boolean isChecked(Object element) {
				return ((Layer) element).isVisible();
			}

			@Override
			public boolean isGrayed(Object element) {
				return false;
			}
		});
		viewer.addCheckStateListener(event -> {
			if (mapView != null) {
				mapView.getMapContent().setVisible((Layer) event.getElement(), event.getChecked());
			}
		});
		viewer.addDoubleClickListener(event -> zoomToSelection());
		installDragAndDrop();
		getSite().setSelectionProvider(viewer);
		MenuManager menu = new MenuManager();
		table.setMenu(menu.createContextMenu(table));
		getSite().registerContextMenu(menu, viewer);
		getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
		getSite().getPage().addPartListener(mapTracker);
		follow((MapView) getSite().getPage().findView(MapView.ID));
	}

	private void installDragAndDrop() {
		LocalSelectionTransfer layers = LocalSelectionTransfer.getTransfer();
		viewer.addDragSupport(DND.DROP_MOVE, new Transfer[] { layers }, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				layers.setSelection(viewer.getStructuredSelection());
				event.doit = !viewer.getStructuredSelection().isEmpty();
			}

			@Override
			public void dragSetData(DragSourceEvent event) {
				event.data = layers.getSelection();
			}

			@Override
			public void dragFinished(DragSourceEvent event) {
				layers.setSelection(null);
			}
		});
		viewer.addDropSupport(DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_DEFAULT,
				new Transfer[] { layers, FileTransfer.getInstance() }, new LayerDropAdapter(viewer, () -> mapView));
	}

	private void addColumn(TableColumnLayout columns, String title, ColumnLayoutData width, Function<Layer, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		columns.setColumnData(column.getColumn(), width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Layer) element);
			}
		});
	}

	private static String featureCount(Layer layer) {
		return layer instanceof VectorLayer vector ? Integer.toString(vector.getFeatures().size()) : ""; //$NON-NLS-1$
	}

	private static String sourceCrs(Layer layer) {
		return layer instanceof VectorLayer vector ? vector.getFeatures().getCrs().code() : ""; //$NON-NLS-1$
	}

	private void follow(MapView view) {
		if (mapView != null) {
			mapView.getMapContent().removeListener(refresher);
		}
		mapView = view;
		if (view != null) {
			view.getMapContent().addListener(refresher);
			viewer.setInput(view.getMapContent());
		} else {
			viewer.setInput(null);
		}
		viewer.getTable().setToolTipText(view == null ? Messages.LayersView_noMap : null);
	}

	private void refreshAsync() {
		Display display = viewer.getControl().getDisplay();
		display.asyncExec(() -> {
			if (!viewer.getControl().isDisposed()) {
				viewer.refresh();
			}
		});
	}

	private void zoomToSelection() {
		if (mapView != null && viewer.getStructuredSelection().getFirstElement() instanceof Layer layer) {
			MapContent content = mapView.getMapContent();
			mapView.getMapCanvas().zoomTo(layer.getEnvelope(content.getCrs()));
		}
	}

	/** @return the map whose layers are shown, or {@code null} when there is no Map view */
	public MapView getMapView() {
		return mapView;
	}

	/** @return the selected layers, top first */
	public List<Layer> getSelectedLayers() {
		IStructuredSelection selection = viewer.getStructuredSelection();
		return selection.stream().filter(Layer.class::isInstance).map(Layer.class::cast).toList();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(mapTracker);
		if (mapView != null) {
			mapView.getMapContent().removeListener(refresher);
		}
		super.dispose();
	}
}
