package nl.veerkracht.gis.ui.map;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.ImageData;

import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.render.MapRenderer;
import nl.veerkracht.gis.core.render.Viewport;
import nl.veerkracht.gis.ui.internal.ImageDataConverter;
import nl.veerkracht.gis.ui.internal.Messages;

/**
 * Draws one frame of a map in the background with the core Java2D renderer. The UI thread
 * never waits for it: the finished frame is handed to a callback, which must itself move to the
 * UI thread. A cancelled job delivers nothing.
 */
final class MapRenderJob extends Job {

	/** Family of all map render jobs, for tests and for waiting in shutdown. */
	static final Object FAMILY = MapRenderJob.class;

	private final Viewport viewport;
	private final List<Layer> layers;
	private final BiConsumer<Viewport, ImageData> onFrame;

	MapRenderJob(Viewport viewport, List<Layer> layers, BiConsumer<Viewport, ImageData> onFrame) {
		super(Messages.MapView_renderJob);
		this.viewport = viewport;
		this.layers = layers;
		this.onFrame = onFrame;
		setSystem(true);
		setPriority(INTERACTIVE);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		BufferedImage image = new BufferedImage(viewport.getWidth(), viewport.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			new MapRenderer().render(graphics, viewport, layers, monitor::isCanceled);
		} finally {
			graphics.dispose();
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		onFrame.accept(viewport, ImageDataConverter.toImageData(image));
		return Status.OK_STATUS;
	}
}
