package nl.veerkracht.gis.core.io.geojson;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.GeometryFactory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.crs.UnknownCrsException;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.feature.FeatureSchema;

/**
 * Streams one GeoJSON document (a FeatureCollection, a Feature or a bare geometry) into a
 * {@link FeatureCollection}. Top-level members may appear in any order, so the legacy "crs" member may
 * follow "features". Single use.
 */
final class GeoJsonDocumentParser {

	private static final String ROOT_CONTEXT = "feature 1";

	private final JsonParser parser;
	private final GeometryFactory geometryFactory;
	private final GeometryParser geometryParser;
	private final Runnable afterEachFeature;
	private final PropertyTable collectionProperties;
	private final PropertyTable rootProperties;
	private final List<PendingFeature> features = new ArrayList<>();
	private final PendingFeature rootFeature = new PendingFeature();
	private final GeometryMembers rootGeometry = new GeometryMembers();
	private boolean hasFeaturesMember;
	private Crs crs = Crs.WGS84;

	/**
	 * Creates a parser for one document.
	 *
	 * @param afterEachFeature called after each feature of a collection, for progress and cancellation
	 */
	GeoJsonDocumentParser(JsonParser parser, JsonFactory jsonFactory, GeometryFactory geometryFactory,
			Runnable afterEachFeature) {
		this.parser = parser;
		this.geometryFactory = geometryFactory;
		this.geometryParser = new GeometryParser(geometryFactory);
		this.afterEachFeature = afterEachFeature;
		this.collectionProperties = new PropertyTable(jsonFactory);
		this.rootProperties = new PropertyTable(jsonFactory);
	}

	FeatureCollection parse(String schemaName) throws IOException, GeoJsonFormatException {
		if (parser.nextToken() != JsonToken.START_OBJECT) {
			throw new GeoJsonFormatException("expected a GeoJSON object but found " + GeometryParser.describe(parser),
					parser.currentTokenLocation());
		}
		JsonLocation rootStart = parser.currentTokenLocation();
		String type = null;
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			switch (name) {
				case "type" -> type = GeometryParser.readType(parser, "top-level object");
				case "features" -> readFeatures();
				case "crs" -> crs = readCrs();
				default -> {
					if (!readFeatureMember(name, rootFeature, rootProperties, ROOT_CONTEXT)
							&& !geometryParser.readMember(parser, name, rootGeometry, "geometry")) {
						parser.skipChildren();
					}
				}
			}
		}
		if (parser.nextToken() != null) {
			throw new GeoJsonFormatException("unexpected content after the end of the GeoJSON object",
					parser.currentTokenLocation());
		}
		return toCollection(type, rootStart, schemaName);
	}

	private FeatureCollection toCollection(String type, JsonLocation rootStart, String schemaName)
			throws GeoJsonFormatException {
		if (type == null) {
			throw new GeoJsonFormatException("the top-level object has no 'type' member; it is not GeoJSON",
					rootStart);
		}
		if (type.equals("FeatureCollection")) {
			if (!hasFeaturesMember) {
				throw new GeoJsonFormatException("FeatureCollection has no 'features' member", rootStart);
			}
			return collect(features, collectionProperties, schemaName);
		}
		if (type.equals("Feature")) {
			return collect(List.of(rootFeature), rootProperties, schemaName);
		}
		if (GeometryAssembler.isGeometryType(type)) {
			rootGeometry.type = type;
			rootFeature.geometry = geometryParser.build(rootGeometry, rootStart, "geometry");
			return collect(List.of(rootFeature), rootProperties, schemaName);
		}
		throw new GeoJsonFormatException("unsupported GeoJSON type '" + type + "'", rootStart);
	}

	private FeatureCollection collect(List<PendingFeature> pending, PropertyTable properties, String schemaName) {
		FeatureSchema schema = properties.schema(schemaName);
		List<Feature> result = new ArrayList<>(pending.size());
		for (int i = 0; i < pending.size(); i++) {
			PendingFeature feature = pending.get(i);
			String id = feature.id == null ? String.valueOf(i + 1) : feature.id;
			result.add(new Feature(id, feature.geometry == null ? geometryFactory.createGeometryCollection()
					: feature.geometry, schema, properties.complete(feature.values)));
		}
		return new FeatureCollection(schema, result, crs);
	}

	private void readFeatures() throws IOException, GeoJsonFormatException {
		if (parser.currentToken() != JsonToken.START_ARRAY) {
			throw new GeoJsonFormatException("'features' must be an array, found " + GeometryParser.describe(parser),
					parser.currentTokenLocation());
		}
		hasFeaturesMember = true;
		while (parser.nextToken() != JsonToken.END_ARRAY) {
			features.add(readFeature("feature " + (features.size() + 1)));
			afterEachFeature.run();
		}
	}

	private PendingFeature readFeature(String context) throws IOException, GeoJsonFormatException {
		if (parser.currentToken() != JsonToken.START_OBJECT) {
			throw new GeoJsonFormatException(context + ": expected a Feature object but found "
					+ GeometryParser.describe(parser), parser.currentTokenLocation());
		}
		PendingFeature feature = new PendingFeature();
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			if (name.equals("type")) {
				String type = GeometryParser.readType(parser, context);
				if (!type.equals("Feature")) {
					throw new GeoJsonFormatException(context + ": expected type 'Feature' but found '" + type + "'",
							parser.currentTokenLocation());
				}
			} else if (!readFeatureMember(name, feature, collectionProperties, context)) {
				parser.skipChildren();
			}
		}
		return feature;
	}

	/**
	 * Reads the "id", "geometry" or "properties" member at the current value token.
	 *
	 * @return false if the member is none of these, leaving the value unread
	 */
	private boolean readFeatureMember(String name, PendingFeature feature, PropertyTable properties, String context)
			throws IOException, GeoJsonFormatException {
		switch (name) {
			case "id" -> feature.id = readId(context);
			case "geometry" -> feature.geometry = geometryParser.parse(parser, context);
			case "properties" -> feature.values = properties.readRow(parser, context);
			default -> {
				return false;
			}
		}
		return true;
	}

	private String readId(String context) throws IOException, GeoJsonFormatException {
		return switch (parser.currentToken()) {
			case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getText();
			case VALUE_NULL -> null;
			default -> throw new GeoJsonFormatException(context + ": 'id' must be a string or a number, found "
					+ GeometryParser.describe(parser), parser.currentTokenLocation());
		};
	}

	/** Reads the legacy (GeoJSON 2008) crs member: null, or {"type": "name", "properties": {"name": ...}}. */
	private Crs readCrs() throws IOException, GeoJsonFormatException {
		JsonLocation start = parser.currentTokenLocation();
		if (parser.currentToken() == JsonToken.VALUE_NULL) {
			return Crs.WGS84;
		}
		if (parser.currentToken() != JsonToken.START_OBJECT) {
			throw new GeoJsonFormatException("'crs' must be an object, found " + GeometryParser.describe(parser),
					start);
		}
		String type = null;
		String name = null;
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String member = parser.currentName();
			parser.nextToken();
			if (member.equals("type")) {
				type = GeometryParser.readType(parser, "crs");
			} else if (member.equals("properties") && parser.currentToken() == JsonToken.START_OBJECT) {
				name = readCrsName();
			} else {
				parser.skipChildren();
			}
		}
		if (!"name".equals(type) || name == null) {
			throw new GeoJsonFormatException("unsupported 'crs' member: only {\"type\": \"name\", \"properties\": "
					+ "{\"name\": ...}} is supported", start);
		}
		try {
			return Crs.forCode(name);
		} catch (UnknownCrsException e) {
			throw new GeoJsonFormatException(e.getMessage(), start);
		}
	}

	private String readCrsName() throws IOException {
		String name = null;
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String member = parser.currentName();
			parser.nextToken();
			if (member.equals("name") && parser.currentToken() == JsonToken.VALUE_STRING) {
				name = parser.getText();
			} else {
				parser.skipChildren();
			}
		}
		return name;
	}
}
