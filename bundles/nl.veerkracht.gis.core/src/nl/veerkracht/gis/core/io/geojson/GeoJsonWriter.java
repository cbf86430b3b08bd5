package nl.veerkracht.gis.core.io.geojson;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;

import org.locationtech.jts.geom.Geometry;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.crs.CrsTransform;
import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.ProgressListener;
import nl.veerkracht.gis.core.io.SafeFileWrite;

/**
 * Writes a {@link FeatureCollection} as a GeoJSON FeatureCollection by streaming, feature by feature.
 * <p>
 * By default the output follows RFC 7946: coordinates are WGS 84 longitude/latitude, so layers in another
 * CRS are reprojected, and there is no {@code crs} member. {@link #keepingCrs()} instead writes the
 * coordinates unchanged with the legacy (GeoJSON 2008) {@code crs} member naming the EPSG code, which
 * GDAL, QGIS and the {@link GeoJsonReader} understand; it is not RFC 7946. Numbers are written exactly
 * (the shortest decimal form that reads back as the same double; NaN and infinities, which JSON cannot
 * hold, become null), missing values are {@code null}, features without a location get
 * {@code "geometry": null}, ids that are canonical integers are written as numbers and other ids as
 * strings, and the layer name is written as the foreign member {@code "name"} (as GDAL does). Ring
 * orientation is kept as it is. Z values, when present, are kept.
 * <p>
 * The file is written to a hidden temporary file beside the target and moved into place when complete,
 * so a failed or cancelled write leaves the target as it was. Instances are immutable and may be shared
 * between threads.
 */
public final class GeoJsonWriter {

	private static final JsonFactory JSON_FACTORY = new JsonFactory();
	private static final int REPORT_INTERVAL = 64;

	private final boolean keepCrs;

	/** Creates a writer of RFC 7946 GeoJSON (WGS 84, reprojecting when needed). */
	public GeoJsonWriter() {
		this(false);
	}

	private GeoJsonWriter(boolean keepCrs) {
		this.keepCrs = keepCrs;
	}

	/**
	 * Returns a writer that keeps the layer's CRS (e.g. RD New) and names it in the legacy {@code crs}
	 * member instead of reprojecting to WGS 84. The output is not RFC 7946.
	 *
	 * @return the writer
	 */
	public static GeoJsonWriter keepingCrs() {
		return new GeoJsonWriter(true);
	}

	/**
	 * Writes a layer, replacing the file when it exists.
	 *
	 * @param file     the file
	 * @param layer    the layer
	 * @param progress told the number of features written so far and the total, and asked whether to go on
	 * @throws DataSourceException   when the file cannot be written or a geometry cannot be reprojected; the
	 *                               message names the file and the problem
	 * @throws CancellationException when the listener cancelled; the target is then unchanged
	 */
	public void write(Path file, FeatureCollection layer, ProgressListener progress) throws DataSourceException {
		Objects.requireNonNull(layer, "layer");
		Objects.requireNonNull(progress, "progress");
		SafeFileWrite.write(file, temporary -> {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				write(out, layer, file, progress);
			}
		});
	}

	private void write(OutputStream out, FeatureCollection layer, Path file, ProgressListener progress)
			throws IOException, DataSourceException {
		CrsTransform transform = new CrsTransform(layer.getCrs(), keepCrs ? layer.getCrs() : Crs.WGS84);
		List<AttributeDescriptor> attributes = layer.getSchema().getAttributes();
		GeoJsonGeometryWriter geometryWriter = new GeoJsonGeometryWriter();
		long total = layer.size();
		long done = 0;
		try (JsonGenerator json = JSON_FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
			json.writeStartObject();
			json.writeStringField("type", "FeatureCollection");
			json.writeStringField("name", layer.getSchema().getName());
			if (keepCrs) {
				writeLegacyCrs(json, layer.getCrs());
			}
			json.writeArrayFieldStart("features");
			for (Feature feature : layer.getFeatures()) {
				writeFeature(json, feature, attributes, reproject(transform, feature, file), geometryWriter);
				done++;
				if ((done % REPORT_INTERVAL == 0 || done == total) && !progress.progress(done, total)) {
					throw new CancellationException("Writing " + file.getFileName() + " was cancelled");
				}
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		if (total == 0 && !progress.progress(0, 0)) {
			throw new CancellationException("Writing " + file.getFileName() + " was cancelled");
		}
	}

	private static Geometry reproject(CrsTransform transform, Feature feature, Path file) throws DataSourceException {
		try {
			return transform.transform(feature.getGeometry());
		} catch (IllegalArgumentException e) {
			throw new DataSourceException(file, "feature " + feature.getId() + ": " + e.getMessage(), e);
		}
	}

	private static void writeLegacyCrs(JsonGenerator json, Crs crs) throws IOException {
		json.writeObjectFieldStart("crs");
		json.writeStringField("type", "name");
		json.writeObjectFieldStart("properties");
		json.writeStringField("name", "urn:ogc:def:crs:EPSG::" + crs.epsgCode());
		json.writeEndObject();
		json.writeEndObject();
	}

	private static void writeFeature(JsonGenerator json, Feature feature, List<AttributeDescriptor> attributes,
			Geometry geometry, GeoJsonGeometryWriter geometryWriter) throws IOException {
		json.writeStartObject();
		json.writeStringField("type", "Feature");
		writeId(json, feature.getId());
		json.writeObjectFieldStart("properties");
		for (int i = 0; i < attributes.size(); i++) {
			json.writeFieldName(attributes.get(i).name());
			writeValue(json, feature.getAttribute(i));
		}
		json.writeEndObject();
		json.writeFieldName("geometry");
		geometryWriter.write(json, geometry);
		json.writeEndObject();
	}

	private static void writeId(JsonGenerator json, String id) throws IOException {
		try {
			long number = Long.parseLong(id);
			if (String.valueOf(number).equals(id)) {
				json.writeNumberField("id", number);
				return;
			}
		} catch (NumberFormatException notAnInteger) {
			// written as a string below
		}
		json.writeStringField("id", id);
	}

	private static void writeValue(JsonGenerator json, Object value) throws IOException {
		switch (value) {
			case null -> json.writeNull();
			case Long number -> json.writeNumber(number.longValue());
			case Double number -> GeoJsonGeometryWriter.writeDouble(json, number);
			case Boolean truth -> json.writeBoolean(truth);
			default -> json.writeString(value.toString());
		}
	}
}
