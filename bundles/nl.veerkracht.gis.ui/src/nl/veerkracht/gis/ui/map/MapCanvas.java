package nl.veerkracht.gis.ui.map;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.MapContentListener;
import nl.veerkracht.gis.core.render.Viewport;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.gis.ui.internal.Messages;

/**
 * An SWT canvas that shows a {@link MapContent}. Frames are drawn by the core renderer in
 * background jobs; meanwhile the canvas keeps showing the last complete frame, moved and
 * scaled to the current viewport, so panning and zooming answer at once. All methods must be
 * called on the UI thread.
 */
public final class MapCanvas {

	private static final double ZOOM_STEP = 1.25;
	private static final int WHEEL_RENDER_DELAY_MS = 150;

	private final Canvas canvas;
	private final MapContent content;
	private final MapOverlayPainter overlay;
	private final ListenerList<ViewportListener> viewportListeners = new ListenerList<>();
	/** Bumped on every change of the map's content, from whatever thread made it. */
	private final AtomicInteger contentVersion = new AtomicInteger();
	private final MapContentListener contentListener = event -> {
		contentVersion.incrementAndGet();
		asyncRender();
	};
	private Viewport viewport;
	private Image frame;
	private Viewport frameViewport;
	private int frameContentVersion = -1;
	private MapRenderJob renderJob;
	private boolean extentChosen;
	private final MapNavigation navigation = new MapNavigation(this);
	private final ViewportHistory history = new ViewportHistory();

	/**
	 * Creates the canvas.
	 *
	 * @param parent  the composite to create the canvas in
	 * @param content the map to show; the canvas listens to it until disposed
	 */
	public MapCanvas(Composite parent, MapContent content) {
		this.content = content;
		this.canvas = new Canvas(parent, SWT.NO_BACKGROUND | SWT.DOUBLE_BUFFERED);
		WidgetKeys.set(canvas, WidgetKeys.MAP_CANVAS);
		this.overlay = new MapOverlayPainter(canvas);
		this.viewport = new Viewport(content.getCrs(), new Coordinate(155_000, 463_000), 100, 1, 1);
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.Resize, e -> resized());
		canvas.addDisposeListener(e -> disposed());
		navigation.install(canvas);
		content.addListener(contentListener);
	}

	/** @return the SWT control, for layout, menus and drag and drop */
	public Canvas getControl() {
		return canvas;
	}

	/** @return the map shown */
	public MapContent getContent() {
		return content;
	}

	/** @return the current viewport (what part of the world is shown at which scale) */
	public Viewport getViewport() {
		return viewport;
	}

	/**
	 * Shows another part of the map and draws it in the background.
	 *
	 * @param newViewport the viewport; its pixel size is adapted to the canvas
	 */
	public void setViewport(Viewport newViewport) {
		moveTo(newViewport);
		requestRender(0);
	}

	/**
	 * Zooms so that the envelope (in map coordinates) fills the canvas with a small margin.
	 *
	 * @param envelope the area to show; ignored when null or empty
	 */
	public void zoomTo(Envelope envelope) {
		if (envelope == null || envelope.isNull()) {
			return;
		}
		extentChosen = true;
		setViewport(viewport.zoomToEnvelope(envelope, 0.05));
	}

	/**
	 * Shows exactly a box (in map coordinates), as far as the canvas's aspect ratio allows, as after
	 * dragging a zoom box.
	 *
	 * @param box the area to show; ignored when null or empty
	 */
	public void zoomToExactly(Envelope box) {
		if (box == null || box.isNull()) {
			return;
		}
		extentChosen = true;
		setViewport(viewport.zoomToEnvelope(box, 0));
	}

	/**
	 * Zooms in or out around a pixel of the canvas and draws the new frame at once.
	 *
	 * @param factor the magnification, 2 for twice the detail, 0.5 for half
	 * @param x pixel column of the point that stays in place
	 * @param y pixel row of the point that stays in place
	 */
	public void zoomBy(double factor, int x, int y) {
		extentChosen = true;
		setViewport(viewport.zoomAround(factor, x, y));
	}

	/**
	 * Zooms in or out around the middle of the canvas.
	 *
	 * @param factor the magnification, 2 for twice the detail, 0.5 for half
	 */
	public void zoomBy(double factor) {
		zoomBy(factor, viewport.getWidth() / 2, viewport.getHeight() / 2);
	}

	/** @return the tool the left mouse button works with */
	public MapToolKind getTool() {
		return navigation.getTool();
	}

	/**
	 * Chooses the tool the left mouse button works with; a gesture in progress is dropped.
	 *
	 * @param tool the tool
	 */
	public void setTool(MapToolKind tool) {
		navigation.setTool(tool);
	}

	/** @return whether there is an extent to go back to */
	public boolean hasPreviousExtent() {
		return history.hasPrevious();
	}

	/** @return whether there is an extent to go forward to, after going back */
	public boolean hasNextExtent() {
		return history.hasNext();
	}

	/** Goes back to the extent shown before the current one, if any. */
	public void showPreviousExtent() {
		history.back().ifPresent(this::setViewport);
	}

	/** Goes forward to the extent left by {@link #showPreviousExtent()}, if any. */
	public void showNextExtent() {
		history.forward().ifPresent(this::setViewport);
	}

	/** Zooms to the combined extent of all layers of the map. */
	public void zoomToFullExtent() {
		zoomTo(content.getEnvelope());
	}

	/**
	 * Converts a pixel of the canvas into map coordinates.
	 *
	 * @param x pixel column
	 * @param y pixel row
	 * @return the map coordinate under that pixel, in the map CRS
	 */
	public Coordinate toMap(int x, int y) {
		return viewport.toWorld(x, y);
	}

	/** @return whether the frame on screen was drawn for exactly the current viewport */
	public boolean isFrameCurrent() {
		return frame != null && frameViewport == viewport && frameContentVersion == contentVersion.get();
	}

	/** @param listener told of every viewport change, on the UI thread */
	public void addViewportListener(ViewportListener listener) {
		viewportListeners.add(listener);
	}

	/** @param listener the listener to remove */
	public void removeViewportListener(ViewportListener listener) {
		viewportListeners.remove(listener);
	}

	/** Moves the view by a number of pixels without drawing a new frame yet (during a drag). */
	void panBy(int dx, int dy, Viewport from) {
		moveTo(from.pan(dx, dy));
	}

	/** Zooms in (clicks &gt; 0) or out around a pixel, drawing the new frame after a short pause. */
	void zoomAround(int clicks, int x, int y) {
		double factor = Math.pow(ZOOM_STEP, clicks);
		extentChosen = true;
		moveTo(viewport.zoomAround(factor, x, y));
		requestRender(WHEEL_RENDER_DELAY_MS);
	}

	/** Draws a new frame for the current viewport in the background. */
	void requestRender(long delayMs) {
		if (canvas.isDisposed()) {
			return;
		}
		if (renderJob != null) {
			renderJob.cancel();
		}
		if (viewport.getWidth() < 2 || viewport.getHeight() < 2) {
			return;
		}
		int version = contentVersion.get();
		List<Layer> layers = content.layers();
		Display display = canvas.getDisplay();
		renderJob = new MapRenderJob(viewport, layers, (vp, data) -> display.asyncExec(() -> showFrame(vp, version, data)));
		renderJob.schedule(delayMs);
	}

	private void asyncRender() {
		Display display = canvas.getDisplay();
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			if (!canvas.isDisposed()) {
				if (!extentChosen && !content.layers().isEmpty()) {
					zoomToFullExtent();
				} else {
					requestRender(0);
				}
			}
		});
	}

	private void moveTo(Viewport newViewport) {
		Rectangle area = canvas.getClientArea();
		viewport = newViewport.resize(Math.max(area.width, 1), Math.max(area.height, 1));
		canvas.redraw();
		for (ViewportListener listener : viewportListeners) {
			listener.viewportChanged(viewport);
		}
	}

	private void showFrame(Viewport renderedFor, int version, ImageData data) {
		if (canvas.isDisposed()) {
			return;
		}
		if (frame != null) {
			frame.dispose();
		}
		frame = new Image(canvas.getDisplay(), data);
		frameViewport = renderedFor;
		frameContentVersion = version;
		if (!content.layers().isEmpty()) {
			history.record(renderedFor);
		}
		canvas.redraw();
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		Color background = canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE);
		gc.setBackground(background);
		gc.fillRectangle(area);
		if (frame != null && !frame.isDisposed()) {
			drawFrame(gc);
		}
		navigation.paint(gc);
		overlay.paint(gc, viewport, !content.layers().isEmpty());
		if (content.layers().isEmpty()) {
			drawEmptyHint(gc, area);
		}
	}

	/** Draws the last frame where its world extent lies in the current viewport. */
	private void drawFrame(GC gc) {
		Envelope world = frameViewport.visibleEnvelope();
		Point topLeft = toPixel(new Coordinate(world.getMinX(), world.getMaxY()));
		Point bottomRight = toPixel(new Coordinate(world.getMaxX(), world.getMinY()));
		Rectangle source = frame.getBounds();
		int width = bottomRight.x - topLeft.x;
		int height = bottomRight.y - topLeft.y;
		if (width <= 0 || height <= 0) {
			return;
		}
		if (width == source.width && height == source.height) {
			gc.drawImage(frame, topLeft.x, topLeft.y);
		} else {
			gc.drawImage(frame, 0, 0, source.width, source.height, topLeft.x, topLeft.y, width, height);
		}
	}

	private Point toPixel(Coordinate world) {
		java.awt.geom.Point2D pixel = viewport.toScreen(world);
		return new Point((int) Math.round(pixel.getX()), (int) Math.round(pixel.getY()));
	}

	private void drawEmptyHint(GC gc, Rectangle area) {
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		Point extent = gc.textExtent(Messages.MapView_empty);
		gc.drawText(Messages.MapView_empty, (area.width - extent.x) / 2, (area.height - extent.y) / 2, true);
	}

	private void resized() {
		moveTo(viewport);
		if (!extentChosen && !content.layers().isEmpty()) {
			zoomToFullExtent();
		} else {
			requestRender(WHEEL_RENDER_DELAY_MS);
		}
	}

	private void disposed() {
		content.removeListener(contentListener);
		if (renderJob != null) {
			renderJob.cancel();
		}
		if (frame != null) {
			frame.dispose();
		}
	}
}
