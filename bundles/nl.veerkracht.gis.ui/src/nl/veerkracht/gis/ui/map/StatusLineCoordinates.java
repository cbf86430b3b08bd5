package nl.veerkracht.gis.ui.map;

import java.text.NumberFormat;
import java.util.Locale;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.locationtech.jts.geom.Coordinate;

import nl.veerkracht.gis.core.render.MapScale;
import nl.veerkracht.gis.core.render.Viewport;
import nl.veerkracht.gis.ui.internal.Messages;

/**
 * Shows the map coordinates under the cursor and the map scale in the status line, in the
 * map's CRS (RD New metres by default), formatted the Dutch way. The scale is the one the scale bar and
 * the labels' scale ranges use ({@link MapScale#denominator}).
 */
final class StatusLineCoordinates {

	private final IStatusLineManager statusLine;
	private final NumberFormat metres = NumberFormat.getNumberInstance(Locale.forLanguageTag("nl-NL"));
	private final NumberFormat scale = NumberFormat.getIntegerInstance(Locale.forLanguageTag("nl-NL"));
	private String position = "";

	StatusLineCoordinates(IStatusLineManager statusLine) {
		this.statusLine = statusLine;
		metres.setMinimumFractionDigits(1);
		metres.setMaximumFractionDigits(1);
	}

	void install(MapCanvas map) {
		map.getControl().addListener(SWT.MouseMove, event -> {
			position = formatPosition(map.getViewport(), map.toMap(event.x, event.y));
			show(map.getViewport());
		});
		map.getControl().addListener(SWT.MouseExit, event -> {
			position = "";
			show(map.getViewport());
		});
		map.addViewportListener(this::show);
	}

	private String formatPosition(Viewport viewport, Coordinate world) {
		return NLS.bind(Messages.StatusLine_position,
				new Object[] { viewport.getCrs().name(), metres.format(world.x), metres.format(world.y) });
	}

	private void show(Viewport viewport) {
		long denominator = Math.round(MapScale.denominator(viewport));
		String scaleText = NLS.bind(Messages.StatusLine_scale, scale.format(denominator));
		statusLine.setMessage(position.isEmpty() ? scaleText : position + "   " + scaleText);
	}
}
