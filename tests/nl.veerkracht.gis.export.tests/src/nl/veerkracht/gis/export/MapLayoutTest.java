package nl.veerkracht.gis.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

import nl.veerkracht.gis.core.render.decor.ScaleBar;

/** Where title, map, legend and attribution go on landscape and portrait pages. */
class MapLayoutTest {

	private final Graphics2D measuring = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();

	@Test
	void landscapeHasTheLegendRightOfTheMapAndTheAttributionAtTheBottom() throws Exception {
		MapLayout layout = MapLayout.of(new RotterdamMap().settings(PageSize.A4_LANDSCAPE), measuring);
		Rectangle2D page = layout.page();
		Rectangle2D map = layout.mapFrame();
		assertEquals(1122.5, page.getWidth(), 0.1);
		assertTrue(layout.titleArea().getMaxY() < map.getMinY(), "title above the map");
		assertTrue(layout.legendArea().getMinX() > map.getMaxX(), "legend right of the map");
		assertTrue(layout.legendArea().getMinY() >= map.getMinY());
		assertTrue(layout.attributionArea().getMinY() > map.getMaxY(), "attribution under the map");
		assertTrue(page.contains(layout.attributionArea()) && page.contains(map) && page.contains(layout.legendArea()));
		assertTrue(map.getWidth() > page.getWidth() * 0.6, "the map takes most of the page: " + map);
		assertEquals(1.0, layout.legendScale(), "the legend fits at its own size");
		assertEquals(Math.floor(map.getWidth()), map.getWidth(), "whole pixels");
		assertEquals((int) map.getWidth(), layout.viewport().getWidth());
	}

	@Test
	void portraitHasTheLegendUnderTheMap() throws Exception {
		MapLayout layout = MapLayout.of(new RotterdamMap().settings(PageSize.A4_PORTRAIT), measuring);
		assertTrue(layout.legendArea().getMinY() > layout.mapFrame().getMaxY(), "legend under the map");
		assertTrue(layout.attributionArea().getMinY() > layout.legendArea().getMaxY(), "attribution under the legend");
	}

	@Test
	void theWholeExtentIsShownCentred() throws Exception {
		RotterdamMap rotterdam = new RotterdamMap();
		MapExportSettings settings = rotterdam.settings(PageSize.A3_LANDSCAPE);
		MapLayout layout = MapLayout.of(settings, measuring);
		Envelope shown = layout.viewport().visibleEnvelope();
		Envelope asked = settings.extent();
		assertTrue(shown.contains(asked), shown + " contains " + asked);
		assertEquals(asked.centre().getX(), shown.centre().getX(), 1e-6);
		assertEquals(asked.centre().getY(), shown.centre().getY(), 1e-6);
		boolean fitsWidth = Math.abs(shown.getWidth() - asked.getWidth()) < 1e-6;
		boolean fitsHeight = Math.abs(shown.getHeight() - asked.getHeight()) < 1e-6;
		assertTrue(fitsWidth || fitsHeight, "one side fills the frame exactly");
	}

	@Test
	void leftOutDecorationsTakeNoRoom() throws Exception {
		MapExportSettings settings = new RotterdamMap().settings(PageSize.A4_LANDSCAPE).withTitle("  ")
				.withDecorations(Set.of());
		MapLayout layout = MapLayout.of(settings, measuring);
		assertNull(layout.titleArea());
		assertNull(layout.legendArea());
		assertNull(layout.attributionArea());
		assertNull(layout.scaleBar());
		assertNull(layout.northArrow());
		assertEquals(layout.margin(), layout.mapFrame().getY(), 1e-9, "the map starts at the top margin");
		assertEquals(layout.page().getWidth() - 2 * layout.margin(), layout.mapFrame().getWidth(), 1.0);
		assertNull(MapLayout.of(settings.withDecorations(EnumSet.of(Decoration.ATTRIBUTION)).withAttribution(" "),
				measuring).attributionArea(), "a blank attribution is left out");
	}

	@Test
	void scaleBarHasARoundLengthThatFitsAQuarterOfTheFrame() throws Exception {
		MapLayout layout = MapLayout.of(new RotterdamMap().settings(PageSize.A4_LANDSCAPE), measuring);
		ScaleBar bar = layout.scaleBar();
		assertEquals(ScaleBar.roundLength(bar.lengthMetres()), bar.lengthMetres(), 1e-9);
		assertTrue(bar.widthPixels() <= layout.mapFrame().getWidth() / 4 + 1e-9);
		assertTrue(bar.widthPixels() > layout.mapFrame().getWidth() / 10, "not needlessly short");
	}

	@Test
	void settingsRefuseAnEmptyExtentAndAbsurdResolutions() throws Exception {
		RotterdamMap rotterdam = new RotterdamMap();
		MapExportSettings settings = rotterdam.settings(PageSize.A4_PORTRAIT);
		assertThrows(IllegalArgumentException.class, () -> settings.withDpi(5));
		assertThrows(IllegalArgumentException.class, () -> settings.withDpi(5000));
		assertThrows(IllegalArgumentException.class, () -> new MapExportSettings(settings.layers(), settings.crs(),
				new Envelope(), settings.page(), 150, "", Set.of(), ""));
		assertThrows(IllegalArgumentException.class, () -> PageSize.ofPixels(0, 10, 96));
		assertEquals(2480, PageSize.A4_PORTRAIT.widthPixels(300), "A4 is 2480 pixels wide at 300 dpi");
	}
}
