package nl.veerkracht.gis.core.io.geojson;

import static nl.veerkracht.gis.core.io.geojson.GeoJsonFiles.collection;
import static nl.veerkracht.gis.core.io.geojson.GeoJsonFiles.pointFeature;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.AttributeType;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;

class GeoJsonSchemaInferenceTest {

	@TempDir
	Path folder;

	private FeatureCollection collection;

	@BeforeEach
	void readMixedProperties() throws Exception {
		Path file = GeoJsonFiles.write(folder, "mixed.geojson", collection(
				pointFeature("{'count': 1, 'share': 1, 'name': 'a', 'flag': true, 'code': 12, 'extra': {'x': [1, 2]}}"),
				pointFeature("{'count': 2, 'share': 2.5, 'name': null, 'flag': false, 'code': 'BU12'}"),
				pointFeature("{'count': -99995, 'share': 3, 'code': 7.5, 'onlyNull': null, 'list': [1, 'a']}"),
				pointFeature("null")));
		collection = new GeoJsonReader().read(file);
	}

	@Test
	void typesAreInferredAcrossAllFeatures() {
		assertEquals("mixed", collection.getSchema().getName());
		assertEquals(List.of(
				new AttributeDescriptor("count", AttributeType.INTEGER),
				new AttributeDescriptor("share", AttributeType.REAL),
				new AttributeDescriptor("name", AttributeType.STRING),
				new AttributeDescriptor("flag", AttributeType.BOOLEAN),
				new AttributeDescriptor("code", AttributeType.STRING),
				new AttributeDescriptor("extra", AttributeType.STRING),
				new AttributeDescriptor("onlyNull", AttributeType.STRING),
				new AttributeDescriptor("list", AttributeType.STRING)),
				collection.getSchema().getAttributes());
	}

	@Test
	void valuesAreConvertedToTheColumnType() {
		List<Feature> features = collection.getFeatures();
		assertEquals(-99995L, features.get(2).getAttribute("count"));
		assertEquals(1.0, features.get(0).getAttribute("share"));
		assertEquals(2.5, features.get(1).getAttribute("share"));
		assertEquals(Boolean.FALSE, features.get(1).getAttribute("flag"));
		assertEquals("12", features.get(0).getAttribute("code"));
		assertEquals("BU12", features.get(1).getAttribute("code"));
		assertEquals("7.5", features.get(2).getAttribute("code"));
	}

	@Test
	void nestedValuesBecomeJsonText() {
		assertEquals("{\"x\":[1,2]}", collection.getFeatures().get(0).getAttribute("extra"));
		assertEquals("[1,\"a\"]", collection.getFeatures().get(2).getAttribute("list"));
	}

	@Test
	void absentAndNullPropertiesAreNull() {
		List<Feature> features = collection.getFeatures();
		assertNull(features.get(1).getAttribute("name"));
		assertNull(features.get(1).getAttribute("extra"));
		assertNull(features.get(0).getAttribute("list"));
		for (AttributeDescriptor attribute : collection.getSchema().getAttributes()) {
			assertNull(features.get(3).getAttribute(attribute.name()), attribute::name);
		}
	}

	@Test
	void idsComeFromIdMemberOrPosition() throws Exception {
		Path file = GeoJsonFiles.write(folder, "ids.geojson", collection(
				"{'type': 'Feature', 'id': 'buurt-7', 'geometry': null, 'properties': {}}",
				"{'type': 'Feature', 'id': 42, 'geometry': null, 'properties': {}}",
				"{'type': 'Feature', 'geometry': null, 'properties': {}}"));
		List<Feature> features = new GeoJsonReader().read(file).getFeatures();
		assertEquals("buurt-7", features.get(0).getId());
		assertEquals("42", features.get(1).getId());
		assertEquals("3", features.get(2).getId());
	}
}
