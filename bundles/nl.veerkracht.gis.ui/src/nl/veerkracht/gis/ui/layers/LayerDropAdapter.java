package nl.veerkracht.gis.ui.layers;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.TransferData;

import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.ui.map.MapView;
import nl.veerkracht.gis.ui.open.LayerOpener;

/**
 * Drops on the Layers view: a layer dragged onto another takes that layer's place in the drawing
 * order; files dragged from the file manager open as new layers.
 */
final class LayerDropAdapter extends ViewerDropAdapter {

	private final Supplier<MapView> mapView;

	LayerDropAdapter(Viewer viewer, Supplier<MapView> mapView) {
		super(viewer);
		this.mapView = mapView;
		setFeedbackEnabled(false);
	}

	@Override
	public boolean validateDrop(Object target, int operation, TransferData type) {
		if (mapView.get() == null) {
			return false;
		}
		if (FileTransfer.getInstance().isSupportedType(type)) {
			return true;
		}
		return layerOf(target) != null && LocalSelectionTransfer.getTransfer().isSupportedType(type);
	}

	@Override
	public boolean performDrop(Object data) {
		MapView view = mapView.get();
		if (view == null) {
			return false;
		}
		if (data instanceof String[] files) {
			LayerOpener.open(view, Arrays.stream(files).map(Path::of).toList());
			return true;
		}
		return data instanceof IStructuredSelection selection && selection.getFirstElement() instanceof Layer dragged
				&& layerOf(getCurrentTarget()) instanceof Layer target && reorder(view.getMapContent(), dragged, target);
	}

	/** A drop on a legend entry is a drop on its layer. */
	private static Layer layerOf(Object target) {
		return target instanceof LegendItem item ? item.layer() : target instanceof Layer layer ? layer : null;
	}

	private static boolean reorder(MapContent content, Layer dragged, Layer target) {
		int index = content.indexOf(target);
		return index >= 0 && content.moveTo(dragged, index);
	}
}
