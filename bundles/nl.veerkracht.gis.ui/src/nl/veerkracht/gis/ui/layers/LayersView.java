package nl.veerkracht.gis.ui.layers;

import java.util.List;
import java.util.function.Function;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;

import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContentEvent;
import nl.veerkracht.gis.core.layer.MapContentListener;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.gis.ui.internal.Messages;
import nl.veerkracht.gis.ui.map.MapView;

/**
 * The Layers view: the layers of the map in the Map view, top layer first, each with a box for its
 * visibility and its legend (the symbol of a single-symbol layer on its own row; the classes or
 * categories of a classified layer below it, "geen gegevens" last). Its selection (of {@link Layer}s; a
 * legend entry stands for its layer) drives the layer commands: style, move up and down, zoom to layer,
 * remove. Double-clicking a layer or legend entry opens the style dialog.
 * <p>
 * The context menu has the id {@link #ID} ({@code popup:nl.veerkracht.gis.ui.layersView}) and a group
 * {@code additions} for contributed entries.
 */
public final class LayersView extends ViewPart {

	/** The view's id in {@code plugin.xml}, also the id of its context menu. */
	public static final String ID = "nl.veerkracht.gis.ui.layersView";

	/** The command that opens the style dialog of the selected layer. */
	public static final String EDIT_STYLE_COMMAND = "nl.veerkracht.gis.ui.commands.editStyle";

	private static final String CONTEXT_ID = "nl.veerkracht.gis.ui.contexts.layers";

	private TreeViewer viewer;
	private LayerImages images;
	private MapView mapView;
	private boolean pressedOnBox;
	private final MapContentListener refresher = this::refreshAsync;
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
		TreeColumnLayout columns = new TreeColumnLayout();
		holder.setLayout(columns);
		viewer = new TreeViewer(holder, SWT.MULTI | SWT.FULL_SELECTION);
		images = new LayerImages(holder.getDisplay());
		Tree tree = viewer.getTree();
		WidgetKeys.set(tree, WidgetKeys.LAYERS_TABLE);
		tree.setHeaderVisible(true);
		tree.setLinesVisible(false);
		addColumn(columns, Messages.LayersView_columnLayer, new ColumnWeightData(100, 140), LayersView::title, true);
		addColumn(columns, Messages.LayersView_columnFeatures, new ColumnPixelData(72), LayersView::featureCount, false);
		addColumn(columns, Messages.LayersView_columnCrs, new ColumnPixelData(86), LayersView::sourceCrs, false);
		viewer.setContentProvider(new LayerTreeContentProvider());
		viewer.setUseHashlookup(true);
		tree.addListener(SWT.MouseDown, this::toggleOnBox);
		tree.addListener(SWT.KeyDown, this::toggleOnSpace);
		viewer.addDoubleClickListener(event -> {
			if (!pressedOnBox) {
				editStyle();
			}
		});
		installDragAndDrop();
		LayerSelectionProvider selection = new LayerSelectionProvider(viewer);
		getSite().setSelectionProvider(selection);
		MenuManager menu = new MenuManager();
		tree.setMenu(menu.createContextMenu(tree));
		getSite().registerContextMenu(ID, menu, selection);
		getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
		getSite().getPage().addPartListener(mapTracker);
		tree.addListener(SWT.Dispose, e -> images.dispose());
		follow((MapView) getSite().getPage().findView(MapView.ID));
	}

	private void installDragAndDrop() {
		LocalSelectionTransfer layers = LocalSelectionTransfer.getTransfer();
		viewer.addDragSupport(DND.DROP_MOVE, new Transfer[] { layers }, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				layers.setSelection(viewer.getStructuredSelection());
				event.doit = viewer.getStructuredSelection().getFirstElement() instanceof Layer;
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

	private void addColumn(TreeColumnLayout columns, String title, ColumnLayoutData width, Function<Object, String> text,
			boolean withImage) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		columns.setColumnData(column.getColumn(), width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public Image getImage(Object element) {
				if (!withImage) {
					return null;
				}
				return element instanceof LegendItem item ? images.legend(item) : images.layer((Layer) element);
			}
		});
	}

	private static String title(Object element) {
		return element instanceof LegendItem item ? item.entry().label() : ((Layer) element).getTitle();
	}

	private static String featureCount(Object element) {
		return element instanceof VectorLayer vector ? Integer.toString(vector.getFeatures().size()) : ""; //$NON-NLS-1$
	}

	private static String sourceCrs(Object element) {
		return element instanceof VectorLayer vector ? vector.getFeatures().getCrs().code() : ""; //$NON-NLS-1$
	}

	/** A press on a layer's visibility box shows or hides the layer. */
	private void toggleOnBox(Event event) {
		pressedOnBox = false;
		if (event.button != 1) {
			return;
		}
		TreeItem item = viewer.getTree().getItem(new Point(event.x, event.y));
		if (item != null && item.getData() instanceof Layer layer) {
			Rectangle image = item.getImageBounds(0);
			if (event.x >= image.x && event.x < image.x + LayerImages.BOX_WIDTH && event.y >= image.y
					&& event.y < image.y + image.height) {
				pressedOnBox = true;
				setVisible(List.of(layer), !layer.isVisible());
			}
		}
	}

	/** Space shows or hides the selected layers, as it toggles a check box. */
	private void toggleOnSpace(Event event) {
		if (event.character == ' ') {
			List<Layer> layers = getSelectedLayers();
			if (!layers.isEmpty()) {
				setVisible(layers, !layers.get(0).isVisible());
				event.doit = false;
			}
		}
	}

	private void setVisible(List<Layer> layers, boolean visible) {
		if (mapView != null) {
			for (Layer layer : layers) {
				mapView.getMapContent().setVisible(layer, visible);
			}
		}
	}

	private void editStyle() {
		if (getSelectedLayers().isEmpty()) {
			return;
		}
		try {
			getSite().getService(IHandlerService.class).executeCommand(EDIT_STYLE_COMMAND, null);
		} catch (CommandException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	private void follow(MapView view) {
		if (mapView != null) {
			mapView.getMapContent().removeListener(refresher);
		}
		mapView = view;
		images.startRefresh();
		if (view != null) {
			view.getMapContent().addListener(refresher);
			viewer.setInput(view.getMapContent());
			for (Layer layer : view.getMapContent().layers()) {
				viewer.setExpandedState(layer, LayerTreeContentProvider.hasLegend(layer));
			}
		} else {
			viewer.setInput(null);
		}
		images.endRefresh();
		viewer.getTree().setToolTipText(view == null ? Messages.LayersView_noMap : null);
	}

	private void refreshAsync(MapContentEvent event) {
		Display display = viewer.getControl().getDisplay();
		display.asyncExec(() -> {
			if (!viewer.getControl().isDisposed()) {
				images.startRefresh();
				viewer.refresh();
				images.endRefresh();
				expandLegend(event);
			}
		});
	}

	/** Shows the legend of a layer that is added with, or given, a classified style. */
	private void expandLegend(MapContentEvent event) {
		boolean styled = event.kind() == MapContentEvent.Kind.STYLE_CHANGED
				|| event.kind() == MapContentEvent.Kind.LAYER_ADDED;
		Layer layer = event.layer();
		if (styled && layer != null && LayerTreeContentProvider.hasLegend(layer)
				&& event.source().indexOf(layer) >= 0) {
			viewer.setExpandedState(layer, true);
		}
	}

	/** @return the map whose layers are shown, or {@code null} when there is no Map view */
	public MapView getMapView() {
		return mapView;
	}

	/** @return the selected layers, top first; a selected legend entry stands for its layer */
	public List<Layer> getSelectedLayers() {
		IStructuredSelection selection = (IStructuredSelection) getSite().getSelectionProvider().getSelection();
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
