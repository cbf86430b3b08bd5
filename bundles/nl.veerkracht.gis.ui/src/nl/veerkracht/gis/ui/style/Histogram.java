package nl.veerkracht.gis.ui.style;

import java.awt.Color;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import nl.veerkracht.gis.core.style.classify.Classification;
import nl.veerkracht.gis.ui.WidgetKeys;

/**
 * A histogram of an attribute's values, each bar in the colour of its class, with a line at every class
 * break, so that the analyst sees how the breaks divide the data.
 */
final class Histogram {

	private static final int BINS = 40;
	private static final int MARGIN = 4;

	private final Canvas canvas;
	private double[] sorted = new double[0];
	private Classification classification;
	private List<Color> colours = List.of();

	Histogram(Composite parent) {
		canvas = new Canvas(parent, SWT.BORDER | SWT.DOUBLE_BUFFERED);
		WidgetKeys.set(canvas, StyleKeys.CLASS_HISTOGRAM);
		canvas.setToolTipText(StyleMessages.Classes_histogramTooltip);
		canvas.addPaintListener(e -> paint(e.gc));
	}

	Canvas control() {
		return canvas;
	}

	/**
	 * Shows values and classes.
	 *
	 * @param ascending the values that are numbers, ascending
	 * @param newClassification the classes, or {@code null}
	 * @param classColours the colour of each class
	 */
	void show(double[] ascending, Classification newClassification, List<Color> classColours) {
		sorted = ascending;
		classification = newClassification;
		colours = classColours;
		canvas.redraw();
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(area);
		if (sorted.length == 0) {
			return;
		}
		double min = sorted[0];
		double max = sorted[sorted.length - 1];
		double width = max > min ? max - min : 1;
		int[] counts = new int[BINS];
		for (double value : sorted) {
			counts[Math.min(BINS - 1, (int) ((value - min) / width * BINS))]++;
		}
		int highest = 1;
		for (int count : counts) {
			highest = Math.max(highest, count);
		}
		int textHeight = gc.getFontMetrics().getHeight();
		int plotWidth = area.width - 2 * MARGIN;
		int plotHeight = area.height - 2 * MARGIN - textHeight;
		int baseline = MARGIN + plotHeight;
		for (int bin = 0; bin < BINS; bin++) {
			int x0 = MARGIN + bin * plotWidth / BINS;
			int x1 = MARGIN + (bin + 1) * plotWidth / BINS;
			int barHeight = (int) Math.round((double) counts[bin] / highest * plotHeight);
			double centre = min + (bin + 0.5) * width / BINS;
			fill(gc, colourAt(centre));
			gc.fillRectangle(x0, baseline - barHeight, Math.max(1, x1 - x0 - 1), barHeight);
		}
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		gc.drawLine(MARGIN, baseline, MARGIN + plotWidth, baseline);
		if (classification != null) {
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
			double[] breaks = classification.breaks();
			for (int i = 0; i < breaks.length - 1; i++) {
				int x = MARGIN + (int) Math.round((breaks[i] - min) / width * plotWidth);
				gc.drawLine(x, MARGIN, x, baseline);
			}
		}
		NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("nl-NL")); //$NON-NLS-1$
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
		gc.drawText(format.format(min), MARGIN, baseline + 1, true);
		String maxText = format.format(max);
		Point extent = gc.textExtent(maxText);
		gc.drawText(maxText, MARGIN + plotWidth - extent.x, baseline + 1, true);
	}

	private Color colourAt(double value) {
		if (classification == null || colours.isEmpty()) {
			return new Color(0x99, 0x99, 0x99);
		}
		int c = classification.classOf(value);
		return c >= 0 && c < colours.size() ? colours.get(c) : new Color(0x99, 0x99, 0x99);
	}

	private void fill(GC gc, Color colour) {
		org.eclipse.swt.graphics.Color swt = new org.eclipse.swt.graphics.Color(
				new RGB(colour.getRed(), colour.getGreen(), colour.getBlue()));
		gc.setBackground(swt);
	}
}
