package nl.veerkracht.scoring.ui.profile;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.LineStyle;

/**
 * Makes an SWTChart look like the rest of the workbench: the theme's dialog font for ticks and legend, its
 * bold variant for axis titles, the widget colours instead of SWTChart's blue defaults, a white plot with
 * light dotted grid lines, the legend below the plot and no chart title (the headings around a chart name
 * it). Used by the buurtprofiel and the Stadsbalans charts.
 */
public final class ChartStyle {

	private ChartStyle() {
	}

	/**
	 * Styles a chart and its axes.
	 *
	 * @param chart a chart with its default axes
	 */
	public static void apply(Chart chart) {
		Display display = chart.getDisplay();
		Font font = JFaceResources.getDialogFont();
		Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT);
		Color foreground = display.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND);
		chart.setBackground(chart.getParent().getBackground());
		chart.setBackgroundInPlotArea(display.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		chart.getTitle().setVisible(false);
		chart.getLegend().setPosition(SWT.BOTTOM);
		chart.getLegend().setFont(font);
		chart.getLegend().setForeground(foreground);
		chart.getLegend().setBackground(chart.getParent().getBackground());
		for (IAxis axis : chart.getAxisSet().getAxes()) {
			axis.getTitle().setFont(bold);
			axis.getTitle().setForeground(foreground);
			axis.getTick().setFont(font);
			axis.getTick().setForeground(foreground);
			axis.getGrid().setForeground(display.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
			axis.getGrid().setStyle(LineStyle.DOT);
		}
	}
}
