package nl.veerkracht.scoring.ui.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;

import nl.veerkracht.gis.core.format.DutchNumbers;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.run.BuurtProfile;
import nl.veerkracht.scoring.run.ClassStability;

/**
 * The robustness of a buurt's class: how many of the perturbed weight samples kept it (fragile below the
 * threshold, said so in words), and a bar of the classes the samples fell in, in the map's class colours
 * from veerkrachtig to zeer kwetsbaar, with the share of each.
 */
final class RobustnessSection {

	private static final int BAR_HEIGHT = 26;
	private static final int BAR_MAX_WIDTH = 640;

	private final Label summary;
	private final Canvas bar;
	private final Label distribution;
	private final Map<Klasse, Color> colours = KlasseColours.all();
	private ClassStability stability;

	/**
	 * Creates the section's content.
	 *
	 * @param parent the profile's content
	 */
	RobustnessSection(Composite parent) {
		summary = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(summary);
		bar = WidgetKeys.set(new Canvas(parent, SWT.DOUBLE_BUFFERED), ProfileWidgetKeys.DISTRIBUTION);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, BAR_HEIGHT).indent(0, 4).applyTo(bar);
		bar.addListener(SWT.Paint, this::paint);
		distribution = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(distribution);
	}

	/**
	 * Shows a buurt.
	 *
	 * @param profile the profile
	 */
	void show(BuurtProfile profile) {
		if (profile.hasNoData()) {
			stability = null;
			summary.setText(ProfileMessages.Robustness_noData);
			summary.setForeground(null);
			distribution.setText(""); //$NON-NLS-1$
			bar.redraw();
			return;
		}
		stability = profile.stability();
		String text = NLS.bind(ProfileMessages.Robustness_summary, new Object[] { stability.klasse().label(),
				DutchNumbers.percent(stability.stability()), DutchNumbers.integer(stability.samples()),
				DutchNumbers.percent(stability.spread()) });
		summary.setText(stability.fragile() ? text + " " + ProfileMessages.Robustness_fragile : text); //$NON-NLS-1$
		summary.setForeground(stability.fragile() ? summary.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
		List<String> parts = new ArrayList<>();
		for (Klasse klasse : Klasse.values()) {
			int count = stability.counts().getOrDefault(klasse, 0);
			if (count > 0) {
				parts.add(NLS.bind(ProfileMessages.Robustness_part, new Object[] { klasse.label(),
						DutchNumbers.percentOneDecimal(stability.share(klasse)), DutchNumbers.integer(count) }));
			}
		}
		distribution.setText(NLS.bind(ProfileMessages.Robustness_distribution, String.join(" \u00b7 ", parts))); //$NON-NLS-1$
		bar.redraw();
	}

	private void paint(Event event) {
		GC gc = event.gc;
		Rectangle area = bar.getClientArea();
		int width = Math.min(area.width - 1, BAR_MAX_WIDTH);
		if (stability == null || width <= 0) {
			return;
		}
		int x = 0;
		int done = 0;
		for (Klasse klasse : Klasse.values()) {
			int count = stability.counts().getOrDefault(klasse, 0);
			if (count == 0) {
				continue;
			}
			done += count;
			int end = (int) Math.round(width * (double) done / stability.samples());
			gc.setBackground(colours.get(klasse));
			gc.fillRectangle(x, 0, end - x, area.height - 1);
			String share = DutchNumbers.percent(stability.share(klasse));
			Point extent = gc.textExtent(share);
			if (extent.x + 6 < end - x) {
				gc.setForeground(textOn(klasse));
				gc.drawText(share, x + (end - x - extent.x) / 2, (area.height - extent.y) / 2, true);
			}
			if (klasse == stability.klasse()) {
				gc.setForeground(bar.getDisplay().getSystemColor(SWT.COLOR_BLACK));
				gc.setLineWidth(2);
				gc.drawRectangle(x + 1, 1, end - x - 2, area.height - 3);
				gc.setLineWidth(1);
			}
			x = end;
		}
		gc.setForeground(bar.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		gc.drawRectangle(0, 0, width, area.height - 1);
	}

	private Color textOn(Klasse klasse) {
		boolean dark = klasse == Klasse.VEERKRACHTIG || klasse == Klasse.ZEER_KWETSBAAR;
		return bar.getDisplay().getSystemColor(dark ? SWT.COLOR_WHITE : SWT.COLOR_BLACK);
	}
}
