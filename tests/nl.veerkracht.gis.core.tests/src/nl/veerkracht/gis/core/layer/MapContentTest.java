package nl.veerkracht.gis.core.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.feature.FeatureSchema;
import nl.veerkracht.gis.core.layer.MapContentEvent.Kind;
import nl.veerkracht.gis.core.style.DefaultStyles;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;

class MapContentTest {

	private final MapContent map = new MapContent();
	private final List<MapContentEvent> events = new ArrayList<>();
	private VectorLayer bottom;
	private VectorLayer middle;
	private VectorLayer top;

	@BeforeEach
	void createLayers() {
		bottom = pointLayer("bottom", 155000, 463000);
		middle = pointLayer("middle", 156000, 464000);
		top = pointLayer("top", 150000, 460000);
		map.addLayer(bottom);
		map.addLayer(middle);
		map.addLayer(top);
		map.addListener(events::add);
	}

	@Test
	void defaultCrsIsRdNewAndLayersAreAddedOnTop() {
		assertEquals(Crs.RD_NEW, map.getCrs());
		assertEquals(List.of(bottom, middle, top), map.layers());
		assertEquals(2, map.indexOf(top));
		assertEquals(new Envelope(150000, 156000, 460000, 464000), map.getEnvelope());
	}

	@Test
	void snapshotIsImmutableAndUnaffectedByLaterChanges() {
		List<Layer> snapshot = map.layers();
		map.removeLayer(middle);
		assertEquals(3, snapshot.size());
		assertEquals(List.of(bottom, top), map.layers());
		assertThrows(UnsupportedOperationException.class, () -> snapshot.remove(0));
	}

	@Test
	void moveUpAndDownChangeTheDrawingOrder() {
		assertTrue(map.moveUp(bottom));
		assertEquals(List.of(middle, bottom, top), map.layers());
		assertFalse(map.moveUp(top));
		assertTrue(map.moveDown(top));
		assertEquals(List.of(middle, top, bottom), map.layers());
		assertFalse(map.moveDown(middle));
		assertEquals(List.of(new MapContentEvent(map, Kind.LAYER_MOVED, bottom),
				new MapContentEvent(map, Kind.LAYER_MOVED, top)), events);
	}

	@Test
	void moveToShiftsTheLayersInBetween() {
		assertTrue(map.moveTo(top, 0));
		assertEquals(List.of(top, bottom, middle), map.layers());
		assertTrue(map.moveTo(top, 2));
		assertEquals(List.of(bottom, middle, top), map.layers());
		assertFalse(map.moveTo(top, 2));
		assertThrows(IndexOutOfBoundsException.class, () -> map.moveTo(top, 3));
		assertThrows(IllegalArgumentException.class, () -> map.moveTo(pointLayer("stranger", 0, 0), 0));
		assertEquals(List.of(new MapContentEvent(map, Kind.LAYER_MOVED, top),
				new MapContentEvent(map, Kind.LAYER_MOVED, top)), events);
	}

	@Test
	void addAtIndexAndRemoveFireEvents() {
		VectorLayer inserted = pointLayer("inserted", 0, 0);
		map.addLayer(0, inserted);
		assertEquals(inserted, map.layers().get(0));
		assertTrue(map.removeLayer(middle));
		assertFalse(map.removeLayer(middle));
		assertEquals(List.of(new MapContentEvent(map, Kind.LAYER_ADDED, inserted),
				new MapContentEvent(map, Kind.LAYER_REMOVED, middle)), events);
		assertThrows(IllegalArgumentException.class, () -> map.addLayer(top));
	}

	@Test
	void propertyChangesFireEventsOnlyWhenSomethingChanges() {
		map.setVisible(middle, false);
		map.setVisible(middle, false);
		SingleSymbolStyle blue = SingleSymbolStyle.of(SimpleStyle.defaults().withFill(Color.BLUE));
		map.setStyle(top, blue);
		map.setOpacity(bottom, 0.5);
		map.setTitle(bottom, "Wijken");
		map.setCrs(Crs.WEB_MERCATOR);
		map.setCrs(Crs.WEB_MERCATOR);
		assertFalse(middle.isVisible());
		assertEquals(blue, top.getStyle());
		assertEquals(0.5, bottom.getOpacity());
		assertEquals("Wijken", bottom.getTitle());
		assertEquals(Crs.WEB_MERCATOR, map.getCrs());
		assertEquals(List.of(Kind.VISIBILITY_CHANGED, Kind.STYLE_CHANGED, Kind.OPACITY_CHANGED, Kind.TITLE_CHANGED,
				Kind.CRS_CHANGED), events.stream().map(MapContentEvent::kind).toList());
		assertNull(events.get(4).layer());
		assertEquals(middle, events.get(0).layer());
	}

	@Test
	void changingALayerOfAnotherMapIsRejected() {
		VectorLayer stranger = pointLayer("stranger", 0, 0);
		assertThrows(IllegalArgumentException.class, () -> map.setVisible(stranger, false));
		assertThrows(IllegalArgumentException.class, () -> map.moveUp(stranger));
		assertThrows(IllegalArgumentException.class, () -> map.setOpacity(top, 2));
		assertTrue(events.isEmpty());
	}

	@Test
	void removedListenerIsNotCalled() {
		MapContent other = new MapContent(Crs.WGS84);
		List<MapContentEvent> received = new ArrayList<>();
		MapContentListener listener = received::add;
		other.addListener(listener);
		other.addLayer(bottom);
		other.removeListener(listener);
		other.removeLayer(bottom);
		assertEquals(1, received.size());
		assertEquals(other, received.get(0).source());
	}

	@Test
	void replacedFeaturesKeepTheLayerAndCarryTheSelectionOverById() {
		GeometryFactory factory = new GeometryFactory();
		FeatureSchema schema = new FeatureSchema("moved", List.of());
		Feature one = new Feature("1", factory.createPoint(new Coordinate(140000, 450000)), schema, new Object[0]);
		Feature two = new Feature("2", factory.createPoint(new Coordinate(141000, 451000)), schema, new Object[0]);
		map.setSelection(middle, middle.getFeatures().getFeatures());
		events.clear();

		map.setFeatures(middle, new FeatureCollection(schema, List.of(one, two), Crs.RD_NEW));

		assertEquals(List.of(bottom, middle, top), map.layers());
		assertEquals(List.of(one, two), middle.getFeatures().getFeatures());
		assertEquals(1, middle.getSelection().size());
		assertTrue(middle.getSelection().contains(one), "the feature with the previously selected id is selected");
		assertEquals(List.of(Kind.FEATURES_CHANGED), events.stream().map(MapContentEvent::kind).toList());
		assertEquals(new Envelope(140000, 141000, 450000, 451000), middle.getEnvelope(Crs.RD_NEW),
				"the reprojection cache is rebuilt from the new features");
		assertThrows(IllegalArgumentException.class, () -> new MapContent().setFeatures(middle,
				new FeatureCollection(schema, List.of(one), Crs.RD_NEW)));
	}

	private static VectorLayer pointLayer(String title, double x, double y) {
		GeometryFactory factory = new GeometryFactory();
		FeatureSchema schema = new FeatureSchema(title, List.of());
		Feature feature = new Feature("1", factory.createPoint(new Coordinate(x, y)), schema, new Object[0]);
		return new VectorLayer(title, new FeatureCollection(schema, List.of(feature), Crs.RD_NEW), null,
				DefaultStyles.next(0));
	}
}
