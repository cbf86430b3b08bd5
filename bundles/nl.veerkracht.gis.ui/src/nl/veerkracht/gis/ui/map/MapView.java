package nl.veerkracht.gis.ui.map;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.State;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.RadioState;
import org.eclipse.ui.part.ViewPart;

import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.MapContentEvent;
import nl.veerkracht.gis.core.layer.MapContentListener;
import nl.veerkracht.gis.ui.open.LayerOpener;

/**
 * The Map view: one map (its {@link MapContent}) drawn on a {@link MapCanvas}. Drag to pan,
 * wheel to zoom around the cursor; the status line shows the cursor position in the map CRS
 * (RD New by default) and the scale. GeoJSON files dropped on the map open as layers.
 * <p>
 * The left mouse button works with the chosen {@link MapToolKind tool} (pan, zoom box, identify).
 * The view's selection is the selected features of the map, as {@link
 * nl.veerkracht.gis.ui.identify.IdentifiedFeature}s, which the Properties view shows. Its context menu
 * ({@code popup:nl.veerkracht.gis.ui.mapView}) and key bindings (context {@value #CONTEXT_ID}) come from
 * {@code plugin.xml}.
 */
public final class MapView extends ViewPart {

	/** The view's id in {@code plugin.xml}. */
	public static final String ID = "nl.veerkracht.gis.ui.mapView";

	/** The command that chooses the map tool; its radio state holds the {@link MapToolKind#id()}. */
	public static final String TOOL_COMMAND = "nl.veerkracht.gis.ui.commands.mapTool"; //$NON-NLS-1$

	/** The context active while the Map view is, for the map's key bindings. */
	public static final String CONTEXT_ID = "nl.veerkracht.gis.ui.contexts.map"; //$NON-NLS-1$

	private final MapContent content = new MapContent();

	/**
	 * Shows the Map view of a window, opening it when needed, without taking the focus from the part
	 * the user is working in (a wizard or command that adds layers calls this).
	 *
	 * @param window the workbench window
	 * @return the Map view
	 * @throws IllegalStateException when the window has no page or the view cannot be created
	 */
	public static MapView show(IWorkbenchWindow window) {
		IWorkbenchPage page = window.getActivePage();
		if (page == null) {
			throw new IllegalStateException("The window has no active page to show the map in"); //$NON-NLS-1$
		}
		try {
			return (MapView) page.showView(ID, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}
	private MapCanvas map;
	private MapSelectionProvider selectionProvider;
	private Point menuLocation;
	private final MapContentListener selectionUpdater = event -> {
		if (event.kind() == MapContentEvent.Kind.SELECTION_CHANGED || event.kind() == MapContentEvent.Kind.LAYER_REMOVED
				|| event.kind() == MapContentEvent.Kind.FEATURES_CHANGED) {
			refreshSelection();
		}
	};
	private String notice = ""; //$NON-NLS-1$
	private Set<Layer> noticeLayers = Set.of();
	private final MapContentListener noticeUpdater = event -> {
		if (map != null && !map.getControl().isDisposed()) {
			map.getControl().getDisplay().asyncExec(() -> {
				if (!map.getControl().isDisposed()) {
					updateNotice();
				}
			});
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		map = new MapCanvas(parent, content);
		StatusLineCoordinates coordinates = new StatusLineCoordinates(getViewSite().getActionBars().getStatusLineManager());
		coordinates.install(map);
		installDropTarget();
		content.addListener(noticeUpdater);
		selectionProvider = new MapSelectionProvider(content);
		getSite().setSelectionProvider(selectionProvider);
		content.addListener(selectionUpdater);
		installContextMenu();
		getSite().getService(IContextService.class).activateContext(CONTEXT_ID);
		chooseToolOfCommandState();
	}

	private void installContextMenu() {
		MenuManager menu = new MenuManager();
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		Canvas canvas = map.getControl();
		canvas.addListener(SWT.MenuDetect, event -> menuLocation = canvas.toControl(event.x, event.y));
		canvas.setMenu(menu.createContextMenu(canvas));
		getSite().registerContextMenu(menu, selectionProvider);
	}

	private void chooseToolOfCommandState() {
		State state = getSite().getService(ICommandService.class).getCommand(TOOL_COMMAND).getState(RadioState.STATE_ID);
		if (state != null && state.getValue() instanceof String id) {
			MapToolKind.forId(id).ifPresent(map::setTool);
		}
	}

	private void refreshSelection() {
		if (map == null || map.getControl().isDisposed()) {
			return;
		}
		Display display = map.getControl().getDisplay();
		if (Display.getCurrent() == display) {
			selectionProvider.refresh();
			return;
		}
		display.asyncExec(() -> {
			if (!map.getControl().isDisposed()) {
				selectionProvider.refresh();
			}
		});
	}

	/**
	 * Returns where the map's context menu was last opened, so that a command from that menu can act
	 * on the spot clicked (Identify there).
	 *
	 * @return the pixel of the canvas, or {@code null} if the menu has not been opened
	 */
	public Point getMenuLocation() {
		return menuLocation;
	}

	@Override
	public void dispose() {
		content.removeListener(noticeUpdater);
		content.removeListener(selectionUpdater);
		super.dispose();
	}

	private void installDropTarget() {
		DropTarget target = new DropTarget(map.getControl(), DND.DROP_COPY | DND.DROP_DEFAULT | DND.DROP_LINK);
		target.setTransfer(new Transfer[] { FileTransfer.getInstance() });
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragEnter(DropTargetEvent event) {
				if (event.detail == DND.DROP_DEFAULT || event.detail == DND.DROP_MOVE) {
					event.detail = DND.DROP_COPY;
				}
			}

			@Override
			public void drop(DropTargetEvent event) {
				if (event.data instanceof String[] names) {
					List<Path> files = new ArrayList<>();
					for (String name : names) {
						files.add(Path.of(name));
					}
					LayerOpener.open(MapView.this, files);
				}
			}
		});
	}

	@Override
	public void setFocus() {
		map.getControl().setFocus();
	}

	/** @return the map shown by this view; thread-safe */
	public MapContent getMapContent() {
		return content;
	}

	/** @return the canvas; use on the UI thread only */
	public MapCanvas getMapCanvas() {
		return map;
	}

	/**
	 * Adds a layer on top of the map. Call on the UI thread.
	 *
	 * @param layer  the layer
	 * @param zoomTo whether to zoom to the layer's extent
	 */
	public void addLayer(Layer layer, boolean zoomTo) {
		content.addLayer(layer);
		if (zoomTo) {
			map.zoomTo(layer.getEnvelope(content.getCrs()));
		}
	}

	/**
	 * Shows a short notice above the map for as long as any of the given layers is in it, for
	 * example that the data shown is invented. Call on the UI thread.
	 *
	 * @param text   the notice
	 * @param layers the layers the notice is about
	 */
	public void setNotice(String text, Collection<? extends Layer> layers) {
		notice = text;
		noticeLayers = Set.copyOf(layers);
		updateNotice();
	}

	/**
	 * Tells whether a layer is one the map's notice speaks of (e.g. the invented demo layers).
	 *
	 * @param layer a layer
	 * @return whether the notice set with {@link #setNotice} covers it
	 */
	public boolean isNoticeLayer(Layer layer) {
		return noticeLayers.contains(layer);
	}

	/**
	 * Returns the notice text set with {@link #setNotice}, whether or not it is shown now.
	 *
	 * @return the notice, empty if none was set
	 */
	public String getNotice() {
		return notice;
	}

	private void updateNotice() {
		boolean shown = content.layers().stream().anyMatch(noticeLayers::contains);
		setContentDescription(shown ? notice : ""); //$NON-NLS-1$
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == MapContent.class) {
			return adapter.cast(content);
		}
		return super.getAdapter(adapter);
	}
}
