package nl.veerkracht.gis.core.feature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

import nl.veerkracht.gis.core.crs.Crs;

class FeatureModelTest {

	private final GeometryFactory factory = new GeometryFactory();
	private final FeatureSchema schema = new FeatureSchema("buurten", List.of(
			new AttributeDescriptor("buurtcode", AttributeType.STRING),
			new AttributeDescriptor("aant_inw", AttributeType.INTEGER),
			new AttributeDescriptor("p_eenp_hh", AttributeType.REAL)));

	@Test
	void schemaLooksUpAttributesByName() {
		assertEquals(1, schema.indexOf("aant_inw"));
		assertEquals(-1, schema.indexOf("missing"));
		assertEquals(AttributeType.REAL, schema.attribute("p_eenp_hh").orElseThrow().type());
		assertTrue(schema.attribute("missing").isEmpty());
		assertEquals(3, schema.size());
	}

	@Test
	void schemaRejectsDuplicateNames() {
		List<AttributeDescriptor> duplicates = List.of(new AttributeDescriptor("a", AttributeType.STRING),
				new AttributeDescriptor("a", AttributeType.INTEGER));
		assertThrows(IllegalArgumentException.class, () -> new FeatureSchema("x", duplicates));
	}

	@Test
	void attributeTypesMapToJavaTypes() {
		assertEquals(Long.class, AttributeType.INTEGER.javaType());
		assertEquals(Double.class, AttributeType.REAL.javaType());
		assertEquals(String.class, AttributeType.STRING.javaType());
		assertEquals(Boolean.class, AttributeType.BOOLEAN.javaType());
	}

	@Test
	void featureReturnsValuesByNameAndIndex() {
		Feature feature = new Feature("1", factory.createPoint(new Coordinate(1, 2)), schema,
				new Object[] {"BU05990110", 4321L, null});
		assertEquals("BU05990110", feature.getAttribute("buurtcode"));
		assertEquals(4321L, feature.getAttribute(1));
		assertNull(feature.getAttribute("p_eenp_hh"));
		assertThrows(IllegalArgumentException.class, () -> feature.getAttribute("missing"));
	}

	@Test
	void featureCopiesItsValues() {
		Object[] values = {"BU1", 1L, 0.5};
		Feature feature = new Feature("1", factory.createPoint(new Coordinate(1, 2)), schema, values);
		values[0] = "changed";
		assertEquals("BU1", feature.getAttribute(0));
	}

	@Test
	void featureRejectsValuesOfTheWrongType() {
		Object[] wrongType = {"BU1", 1, 0.5};
		assertThrows(IllegalArgumentException.class,
				() -> new Feature("1", factory.createPoint(new Coordinate(1, 2)), schema, wrongType));
		Object[] tooFew = {"BU1"};
		assertThrows(IllegalArgumentException.class,
				() -> new Feature("1", factory.createPoint(new Coordinate(1, 2)), schema, tooFew));
	}

	@Test
	void collectionComputesEnvelopeOfAllFeatures() {
		Feature a = new Feature("a", factory.createPoint(new Coordinate(1, 2)), schema, new Object[3]);
		Feature b = new Feature("b", factory.createPoint(new Coordinate(5, -3)), schema, new Object[3]);
		Feature unlocated = new Feature("c", factory.createGeometryCollection(), schema, new Object[3]);
		FeatureCollection collection = new FeatureCollection(schema, List.of(a, b, unlocated), Crs.RD_NEW);
		assertEquals(new Envelope(1, 5, -3, 2), collection.getEnvelope());
		assertEquals(3, collection.size());
		assertEquals(Crs.RD_NEW, collection.getCrs());
		assertThrows(UnsupportedOperationException.class, () -> collection.getFeatures().add(a));
	}

	@Test
	void collectionRejectsFeaturesOfAnotherSchema() {
		FeatureSchema other = new FeatureSchema("other", List.of());
		Feature foreign = new Feature("x", factory.createPoint(new Coordinate(0, 0)), other, new Object[0]);
		assertThrows(IllegalArgumentException.class,
				() -> new FeatureCollection(schema, List.of(foreign), Crs.WGS84));
	}
}
