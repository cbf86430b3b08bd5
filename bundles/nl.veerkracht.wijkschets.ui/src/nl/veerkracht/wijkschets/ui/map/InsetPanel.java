package nl.veerkracht.wijkschets.ui.map;

import java.awt.image.BufferedImage;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.locationtech.jts.geom.Coordinate;

import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContentListener;
import nl.veerkracht.gis.core.render.MapRenderer;
import nl.veerkracht.gis.core.render.Viewport;
import nl.veerkracht.gis.core.style.LegendEntry;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.ui.WidgetKeys;

/**
 * The inset of the {@link WijkMap}: the whole signal map with the area outlined, drawn in the background
 * whenever its size or the classes change, with a title and a compact legend of the classes below it. Use
 * on the UI thread.
 */
final class InsetPanel {

	private static final int PAD = 6;

	private final Canvas canvas;
	private final LocalResourceManager resources;
	private final MapContentListener contentListener = event -> Display.getDefault().asyncExec(this::render);
	private WijkMapFraming framing;
	private String title = ""; //$NON-NLS-1$
	private boolean largeType;
	private Image image;
	private Job renderJob;
	private int renderVersion;

	InsetPanel(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
		WidgetKeys.set(canvas, MapWidgetKeys.INSET);
		resources = new LocalResourceManager(JFaceResources.getResources(), canvas);
		canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.Resize, e -> render());
		canvas.addDisposeListener(e -> disposed());
	}

	Canvas getControl() {
		return canvas;
	}

	void setFraming(WijkMapFraming newFraming, String newTitle) {
		if (framing != null) {
			framing.insetMap().removeListener(contentListener);
		}
		framing = newFraming;
		title = newTitle;
		if (framing != null) {
			framing.insetMap().addListener(contentListener);
		}
		render();
	}

	void setTitle(String newTitle) {
		title = newTitle;
		canvas.redraw();
	}

	void setLargeType(boolean large) {
		largeType = large;
		render();
	}

	/** @return the pixel area of the inset map inside the panel */
	Rectangle mapArea() {
		Rectangle client = canvas.getClientArea();
		int top = PAD + lineHeight(titleFont()) + PAD / 2;
		int legendHeight = legendHeight(client.width);
		int height = Math.max(client.height - top - legendHeight - PAD, 1);
		return new Rectangle(PAD, top, Math.max(client.width - 2 * PAD, 1), height);
	}

	/**
	 * @param width the width the panel may take
	 * @return the size the panel wants at that width: the title, the map in the gemeente's proportions and the legend
	 */
	Point preferredSize(int width) {
		double aspect = 0.8;
		if (framing != null && framing.insetEnvelope().getWidth() > 0) {
			aspect = framing.insetEnvelope().getHeight() / framing.insetEnvelope().getWidth();
		}
		// as high as the gemeente is for its width, within reason
		int mapHeight = (int) Math.round((width - 2 * PAD) * Math.max(0.4, Math.min(aspect, 1.0)));
		return new Point(width, PAD + lineHeight(titleFont()) + PAD / 2 + mapHeight + legendHeight(width) + PAD);
	}

	private int legendHeight(int panelWidth) {
		int entries = framing == null ? 0 : framing.legend().size();
		int columns = legendColumns(panelWidth);
		int rows = (entries + columns - 1) / columns;
		return PAD + rows * (lineHeight(legendFont()) + 3);
	}

	/** @return two columns when the longest class name fits in half the panel, else one */
	private int legendColumns(int panelWidth) {
		if (framing == null) {
			return 1;
		}
		GC gc = new GC(canvas);
		try {
			gc.setFont(legendFont());
			int widest = 0;
			for (LegendEntry entry : framing.legend()) {
				widest = Math.max(widest, gc.textExtent(entry.label()).x);
			}
			int swatch = gc.getFontMetrics().getHeight() + 8;
			return 2 * (widest + swatch) + 12 <= panelWidth - 2 * PAD ? 2 : 1;
		} finally {
			gc.dispose();
		}
	}

	private int lineHeight(Font font) {
		GC gc = new GC(canvas);
		try {
			gc.setFont(font);
			return gc.getFontMetrics().getHeight();
		} finally {
			gc.dispose();
		}
	}

	private Font titleFont() {
		FontDescriptor base = FontDescriptor.createFrom(JFaceResources.getDialogFont());
		int height = base.getFontData()[0].getHeight();
		return resources.create(base.setHeight(largeType ? Math.round(height * 1.6f) : height).setStyle(SWT.BOLD));
	}

	private Font legendFont() {
		FontDescriptor base = FontDescriptor.createFrom(JFaceResources.getDialogFont());
		int height = base.getFontData()[0].getHeight();
		return resources.create(base.setHeight(largeType ? Math.round(height * 1.5f) : Math.max(height - 1, 7)));
	}

	private void render() {
		if (canvas.isDisposed()) {
			return;
		}
		canvas.redraw();
		if (renderJob != null) {
			renderJob.cancel();
		}
		Rectangle area = mapArea();
		if (framing == null || area.width < 4 || area.height < 4) {
			return;
		}
		int version = ++renderVersion;
		Viewport viewport = new Viewport(WijkMapFraming.MAP_CRS, new Coordinate(155_000, 463_000), 100, area.width,
				area.height).zoomToEnvelope(framing.insetEnvelope(), 0.03);
		List<Layer> layers = framing.insetMap().layers();
		Display display = canvas.getDisplay();
		renderJob = Job.create(MapMessages.WijkMap_insetJob, (IProgressMonitor monitor) -> {
			BufferedImage rendered = new MapRenderer().renderToImage(viewport, layers);
			ImageData data = toImageData(rendered);
			if (!monitor.isCanceled()) {
				display.asyncExec(() -> show(version, data));
			}
			return Status.OK_STATUS;
		});
		renderJob.setSystem(true);
		renderJob.schedule();
	}

	private void show(int version, ImageData data) {
		if (canvas.isDisposed() || version != renderVersion) {
			return;
		}
		if (image != null) {
			image.dispose();
		}
		image = new Image(canvas.getDisplay(), data);
		canvas.redraw();
	}

	private static ImageData toImageData(BufferedImage rendered) {
		int width = rendered.getWidth();
		int height = rendered.getHeight();
		ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		int[] row = new int[width];
		for (int y = 0; y < height; y++) {
			rendered.getRGB(0, y, width, 1, row, 0, width);
			for (int x = 0; x < width; x++) {
				int argb = row[x];
				int alpha = (argb >>> 24) & 0xFF;
				// composed over white, as the map is shown
				int red = blend((argb >> 16) & 0xFF, alpha);
				int green = blend((argb >> 8) & 0xFF, alpha);
				int blue = blend(argb & 0xFF, alpha);
				row[x] = (red << 16) | (green << 8) | blue;
			}
			data.setPixels(0, y, width, row, 0);
		}
		return data;
	}

	private static int blend(int channel, int alpha) {
		return (channel * alpha + 255 * (255 - alpha)) / 255;
	}

	private void paint(GC gc) {
		Rectangle client = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(client);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		gc.setFont(titleFont());
		gc.drawText(title, PAD, PAD, true);
		Rectangle area = mapArea();
		if (image != null && !image.isDisposed()) {
			gc.drawImage(image, area.x, area.y);
		}
		paintLegend(gc, area.y + area.height + PAD);
	}

	private void paintLegend(GC gc, int top) {
		if (framing == null) {
			return;
		}
		gc.setFont(legendFont());
		int line = gc.getFontMetrics().getHeight();
		int swatch = Math.max(line - 4, 8);
		int columns = legendColumns(canvas.getClientArea().width);
		int columnWidth = (canvas.getClientArea().width - 2 * PAD) / columns;
		List<LegendEntry> entries = framing.legend();
		int rows = (entries.size() + columns - 1) / columns;
		for (int i = 0; i < entries.size(); i++) {
			LegendEntry entry = entries.get(i);
			int x = PAD + (i / rows) * columnWidth;
			int y = top + (i % rows) * (line + 3);
			paintSwatch(gc, entry.symbol(), x, y + (line - swatch) / 2, swatch);
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
			gc.drawText(entry.label(), x + swatch + 5, y, true);
		}
	}

	private void paintSwatch(GC gc, SimpleStyle symbol, int x, int y, int size) {
		if (symbol.fill() != null) {
			java.awt.Color fill = symbol.fill();
			double opacity = symbol.opacity();
			RGB rgb = new RGB(blend(fill.getRed(), (int) Math.round(opacity * 255)),
					blend(fill.getGreen(), (int) Math.round(opacity * 255)), blend(fill.getBlue(), (int) Math.round(opacity * 255)));
			Color colour = new Color(rgb);
			gc.setBackground(colour);
			gc.fillRectangle(x, y, size, size);
		}
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		gc.drawRectangle(x, y, size, size);
	}

	private void disposed() {
		if (renderJob != null) {
			renderJob.cancel();
		}
		if (framing != null) {
			framing.insetMap().removeListener(contentListener);
		}
		if (image != null) {
			image.dispose();
		}
	}
}
