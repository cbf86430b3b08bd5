package nl.veerkracht.stad.ui.results;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.format.DutchNumbers;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.stad.BuurtYear;
import nl.veerkracht.stad.ComparisonResult;
import nl.veerkracht.stad.ScenarioOutcome;
import nl.veerkracht.stad.WaterbedEffect;
import nl.veerkracht.stad.ui.StadsbalansResult;

/**
 * The small-multiple maps: one map per scenario of the projected class of every buurt in the chosen year, all
 * with the same classes, colours and extent, a title above each and one legend below. The buurten of a waterbed
 * effect in that year are outlined, the selected buurt is outlined in every map; hovering names a buurt with its
 * class and vulnerable share, a click selects it. Drawn antialiased from the buurt geometries, whose screen
 * paths are cached for the current canvas size.
 */
final class ScenarioMaps {

	private static final int GAP = 8;
	private static final int TITLE = 22;
	private static final int LEGEND = 46;
	private static final int LEGEND_LINE = 20;
	private static final int MARGIN = 4;
	private static final GeometryFactory GEOMETRIES = new GeometryFactory();

	/**
	 * A buurt to draw.
	 *
	 * @param code     its code
	 * @param name     its name
	 * @param geometry its geometry in the map CRS
	 * @param index    its position in the comparison's input, -1 when it is not simulated
	 */
	private record MapBuurt(String code, String name, Geometry geometry, int index) {
	}

	private final Canvas canvas;
	private final Consumer<String> onSelect;
	private final Color outline = new Color(0x63, 0x63, 0x63);
	private final Color waterbed = new Color(ResultColours.WATERBED);
	private final Color selectedColour = new Color(ResultColours.SELECTED);
	private final Color white = new Color(0xFF, 0xFF, 0xFF);
	private final List<MapBuurt> buurten = new ArrayList<>();
	private ComparisonResult comparison;
	private Envelope extent;
	private double xFactor = 1;
	private int year;
	private String selected;
	private Path[][] paths = new Path[0][];
	private Point pathSize;
	private String hovered;

	/**
	 * @param parent   where the maps go
	 * @param onSelect told the code of a buurt the user clicks
	 */
	ScenarioMaps(Composite parent, Consumer<String> onSelect) {
		this.onSelect = onSelect;
		canvas = WidgetKeys.set(new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND), nl.veerkracht.stad.ui.StadsbalansWidgetKeys.MAPS);
		canvas.addListener(SWT.Paint, event -> paint(event.gc));
		canvas.addListener(SWT.Resize, event -> canvas.redraw());
		canvas.addListener(SWT.MouseMove, this::hover);
		canvas.addListener(SWT.MouseExit, event -> {
			hovered = null;
			canvas.setToolTipText(null);
		});
		canvas.addListener(SWT.MouseUp, event -> {
			if (event.button == 1) {
				MapBuurt buurt = buurtAt(event.x, event.y);
				if (buurt != null && buurt.index() >= 0) {
					onSelect.accept(buurt.code());
				}
			}
		});
		canvas.addListener(SWT.Dispose, event -> disposePaths());
	}

	/** @return the canvas */
	Canvas control() {
		return canvas;
	}

	/**
	 * Shows a result.
	 *
	 * @param result    the result with its buurt features
	 * @param shownYear the year to show
	 */
	void show(StadsbalansResult result, int shownYear) {
		comparison = result.comparison();
		year = shownYear;
		selected = null;
		buurten.clear();
		extent = new Envelope();
		Envelope all = new Envelope();
		for (Feature feature : result.buurten().getFeatures()) {
			Object code = feature.getAttribute(result.codeAttribute());
			Geometry geometry = feature.getGeometry();
			if (code == null || geometry == null || geometry.isEmpty()) {
				continue;
			}
			int index = comparison.input().indexOf(code.toString());
			String name = index >= 0 ? comparison.buurtName(code.toString()) : code.toString();
			buurten.add(new MapBuurt(code.toString(), name, geometry, index));
			all.expandToInclude(geometry.getEnvelopeInternal());
			if (index >= 0) {
				extent.expandToInclude(geometry.getEnvelopeInternal());
			}
		}
		if (extent.isNull()) {
			extent = all;
		}
		boolean geographic = result.buurten().getCrs() != null && result.buurten().getCrs().isGeographic();
		xFactor = geographic && !extent.isNull() ? Math.cos(Math.toRadians((extent.getMinY() + extent.getMaxY()) / 2)) : 1;
		disposePaths();
		canvas.redraw();
	}

	/** @param shownYear the year to show */
	void setYear(int shownYear) {
		year = shownYear;
		hovered = null;
		canvas.redraw();
	}

	/** @param code the buurt to outline as selected, or null */
	void select(String code) {
		selected = code;
		canvas.redraw();
	}

	/**
	 * @param scenario the position of a scenario's map
	 * @param code     a buurt code
	 * @return where the buurt's interior point is drawn, in display coordinates, or null when it is not drawn
	 */
	Point locate(int scenario, String code) {
		for (MapBuurt buurt : buurten) {
			if (buurt.code().equals(code)) {
				Coordinate inside = buurt.geometry().getInteriorPoint().getCoordinate();
				Rectangle map = mapArea(scenario);
				double[] pixel = toPixel(inside, map.width, map.height);
				return canvas.toDisplay(map.x + (int) Math.round(pixel[0]), map.y + (int) Math.round(pixel[1]));
			}
		}
		return null;
	}

	private int count() {
		return comparison == null ? 0 : comparison.outcomes().size();
	}

	/** The number of map columns at which the maps are drawn largest: wide cities stack, tall ones sit side by side. */
	private int columns() {
		int n = Math.max(1, count());
		if (extent == null || extent.isNull()) {
			return n;
		}
		Rectangle client = canvas.getClientArea();
		int best = 1;
		double bestScale = -1;
		for (int columns = 1; columns <= n; columns++) {
			int rows = (int) Math.ceil(n / (double) columns);
			int width = (client.width - GAP * (columns + 1)) / columns;
			int height = (client.height - LEGEND - GAP * rows) / rows - TITLE;
			double scale = width > 2 * MARGIN && height > 2 * MARGIN ? scale(width, height) : 0;
			if (scale > bestScale * 1.0001) {
				best = columns;
				bestScale = scale;
			}
		}
		return best;
	}

	/** The area of a scenario's map (below its title), in canvas pixels. */
	private Rectangle mapArea(int scenario) {
		Rectangle client = canvas.getClientArea();
		int columns = columns();
		int rows = (int) Math.ceil(count() / (double) columns);
		int width = (client.width - GAP * (columns + 1)) / columns;
		int height = (client.height - LEGEND - GAP * rows) / Math.max(1, rows) - TITLE;
		int column = scenario % columns;
		int row = scenario / columns;
		return new Rectangle(GAP + column * (width + GAP), GAP / 2 + row * (height + TITLE + GAP) + TITLE, Math.max(1, width),
				Math.max(1, height));
	}

	private double scale(int width, int height) {
		double worldWidth = Math.max(extent.getWidth() * xFactor, 1e-12);
		double worldHeight = Math.max(extent.getHeight(), 1e-12);
		return Math.min((width - 2 * MARGIN) / worldWidth, (height - 2 * MARGIN) / worldHeight);
	}

	private double[] toPixel(Coordinate world, int width, int height) {
		double scale = scale(width, height);
		double offsetX = (width - extent.getWidth() * xFactor * scale) / 2;
		double offsetY = (height - extent.getHeight() * scale) / 2;
		return new double[] { offsetX + (world.x - extent.getMinX()) * xFactor * scale,
				offsetY + (extent.getMaxY() - world.y) * scale };
	}

	private Coordinate toWorld(double x, double y, int width, int height) {
		double scale = scale(width, height);
		double offsetX = (width - extent.getWidth() * xFactor * scale) / 2;
		double offsetY = (height - extent.getHeight() * scale) / 2;
		return new Coordinate(extent.getMinX() + (x - offsetX) / (xFactor * scale), extent.getMaxY() - (y - offsetY) / scale);
	}

	private void paint(GC gc) {
		Rectangle client = canvas.getClientArea();
		gc.setBackground(white);
		gc.fillRectangle(client);
		if (comparison == null || extent == null || extent.isNull()) {
			return;
		}
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		gc.setFillRule(SWT.FILL_EVEN_ODD);
		ensurePaths(new Point(client.width, client.height));
		List<ScenarioOutcome> outcomes = comparison.outcomes();
		for (int s = 0; s < outcomes.size(); s++) {
			paintMap(gc, s, outcomes.get(s));
		}
		paintLegend(gc, client);
	}

	private void paintMap(GC gc, int s, ScenarioOutcome outcome) {
		Rectangle map = mapArea(s);
		gc.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DIALOG_FONT));
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		String title = NLS.bind(ResultsMessages.Maps_title, outcome.scenario().name(), Integer.toString(year));
		Point extentOfTitle = gc.textExtent(title);
		gc.drawText(title, map.x + Math.max(0, (map.width - extentOfTitle.x) / 2), map.y - TITLE + 2, true);
		List<BuurtYear> states = outcome.central().year(year);
		Set<String> tipping = new HashSet<>();
		for (WaterbedEffect effect : outcome.waterbed(year)) {
			tipping.add(effect.buurtCode());
		}
		Path[] own = paths[s];
		gc.setClipping(map.x, map.y, map.width, map.height);
		try {
			gc.setLineWidth(1);
			for (int i = 0; i < buurten.size(); i++) {
				MapBuurt buurt = buurten.get(i);
				Klasse klasse = buurt.index() < 0 ? Klasse.GEEN_GEGEVENS : states.get(buurt.index()).klasse();
				gc.setBackground(ResultColours.klasseColour(klasse));
				gc.fillPath(own[i]);
				gc.setForeground(outline);
				gc.setAlpha(110);
				gc.drawPath(own[i]);
				gc.setAlpha(255);
			}
			gc.setForeground(waterbed);
			gc.setLineWidth(3);
			for (int i = 0; i < buurten.size(); i++) {
				if (tipping.contains(buurten.get(i).code())) {
					gc.drawPath(own[i]);
				}
			}
			for (int i = 0; i < buurten.size(); i++) {
				if (buurten.get(i).code().equals(selected)) {
					gc.setLineWidth(5);
					gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
					gc.drawPath(own[i]);
					gc.setLineWidth(2);
					gc.setForeground(selectedColour);
					gc.drawPath(own[i]);
				}
			}
			gc.setLineWidth(1);
		} finally {
			gc.setClipping((Rectangle) null);
		}
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		gc.drawRectangle(map.x, map.y, map.width - 1, map.height - 1);
	}

	/**
	 * The legend under the maps: the classes, then the outline of a waterbed effect and of the selected buurt,
	 * flowing over two lines.
	 */
	private void paintLegend(GC gc, Rectangle client) {
		gc.setFont(JFaceResources.getDialogFont());
		int[] at = { GAP, client.height - LEGEND + 6 };
		for (Klasse klasse : Klasse.values()) {
			int x = place(gc, at, klasse.label(), client.width);
			gc.setBackground(ResultColours.klasseColour(klasse));
			gc.fillRectangle(x, at[1], 14, 14);
			gc.setForeground(outline);
			gc.drawRectangle(x, at[1], 14, 14);
		}
		int x = place(gc, at, NLS.bind(ResultsMessages.Maps_legendWaterbed, Integer.toString(year)), client.width);
		gc.setForeground(waterbed);
		gc.setLineWidth(3);
		gc.drawRectangle(x + 1, at[1] + 1, 12, 12);
		x = place(gc, at, ResultsMessages.Maps_legendSelected, client.width);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		gc.setLineWidth(4);
		gc.drawRectangle(x + 1, at[1] + 1, 12, 12);
		gc.setLineWidth(2);
		gc.setForeground(selectedColour);
		gc.drawRectangle(x + 1, at[1] + 1, 12, 12);
		gc.setLineWidth(1);
	}

	/**
	 * Places one legend entry (a 14 px symbol and its label) at the pen, on the next line when it does not fit,
	 * and draws its label.
	 *
	 * @param at the pen: x and y, moved past the entry
	 * @return the x of the entry's symbol
	 */
	private int place(GC gc, int[] at, String label, int width) {
		int entry = 19 + gc.textExtent(label).x;
		if (at[0] > GAP && at[0] + entry > width - GAP) {
			at[0] = GAP;
			at[1] += LEGEND_LINE;
		}
		int x = at[0];
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		gc.drawText(label, x + 19, at[1], true);
		at[0] += entry + 12;
		return x;
	}

	/** Builds the screen paths of every map for a canvas size, unless they are built for it already. */
	private void ensurePaths(Point size) {
		if (size.equals(pathSize) && paths.length == count()) {
			return;
		}
		disposePaths();
		paths = new Path[count()][];
		for (int s = 0; s < paths.length; s++) {
			Rectangle map = mapArea(s);
			paths[s] = new Path[buurten.size()];
			for (int i = 0; i < buurten.size(); i++) {
				paths[s][i] = path(buurten.get(i).geometry(), map);
			}
		}
		pathSize = size;
	}

	private Path path(Geometry geometry, Rectangle map) {
		Path path = new Path(canvas.getDisplay());
		for (int g = 0; g < geometry.getNumGeometries(); g++) {
			if (geometry.getGeometryN(g) instanceof Polygon polygon) {
				ring(path, polygon.getExteriorRing(), map);
				for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
					ring(path, polygon.getInteriorRingN(h), map);
				}
			}
		}
		return path;
	}

	private void ring(Path path, LineString ring, Rectangle map) {
		Coordinate[] coordinates = ring.getCoordinates();
		if (coordinates.length < 3) {
			return;
		}
		double[] start = toPixel(coordinates[0], map.width, map.height);
		path.moveTo((float) (map.x + start[0]), (float) (map.y + start[1]));
		double lastX = start[0];
		double lastY = start[1];
		for (int i = 1; i < coordinates.length; i++) {
			double[] pixel = toPixel(coordinates[i], map.width, map.height);
			if (Math.abs(pixel[0] - lastX) + Math.abs(pixel[1] - lastY) >= 0.5 || i == coordinates.length - 1) {
				path.lineTo((float) (map.x + pixel[0]), (float) (map.y + pixel[1]));
				lastX = pixel[0];
				lastY = pixel[1];
			}
		}
		path.close();
	}

	private void disposePaths() {
		for (Path[] map : paths) {
			for (Path path : map) {
				path.dispose();
			}
		}
		paths = new Path[0][];
		pathSize = null;
	}

	private MapBuurt buurtAt(int x, int y) {
		for (int s = 0; s < count(); s++) {
			Rectangle map = mapArea(s);
			if (map.contains(x, y)) {
				Coordinate world = toWorld(x - map.x, y - map.y, map.width, map.height);
				org.locationtech.jts.geom.Point point = GEOMETRIES.createPoint(world);
				for (MapBuurt buurt : buurten) {
					if (buurt.geometry().getEnvelopeInternal().contains(world) && buurt.geometry().covers(point)) {
						return buurt;
					}
				}
				return null;
			}
		}
		return null;
	}

	private int scenarioAt(int x, int y) {
		for (int s = 0; s < count(); s++) {
			if (mapArea(s).contains(x, y)) {
				return s;
			}
		}
		return -1;
	}

	private void hover(Event event) {
		if (comparison == null) {
			return;
		}
		MapBuurt buurt = buurtAt(event.x, event.y);
		int scenario = scenarioAt(event.x, event.y);
		String key = buurt == null ? null : scenario + "/" + buurt.code(); //$NON-NLS-1$
		if (key == null ? hovered == null : key.equals(hovered)) {
			return;
		}
		hovered = key;
		if (buurt == null) {
			canvas.setToolTipText(null);
		} else if (buurt.index() < 0) {
			canvas.setToolTipText(NLS.bind(ResultsMessages.Maps_tipNoData, buurt.name()));
		} else {
			ScenarioOutcome outcome = comparison.outcomes().get(scenario);
			BuurtYear state = outcome.central().year(year).get(buurt.index());
			canvas.setToolTipText(NLS.bind(ResultsMessages.Maps_tip, new Object[] { buurt.name(), buurt.code(),
					outcome.scenario().name(), state.klasse().label(), DutchNumbers.percentOneDecimal(state.vulnerableShare()) }));
		}
	}
}
