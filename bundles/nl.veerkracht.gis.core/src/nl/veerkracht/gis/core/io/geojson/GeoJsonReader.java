package nl.veerkracht.gis.core.io.geojson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CancellationException;

import org.locationtech.jts.geom.GeometryFactory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.internal.CountingInputStream;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.ProgressListener;

/**
 * Reads GeoJSON files (RFC 7946) into a {@link FeatureCollection} by streaming, without building a JSON
 * tree.
 * <p>
 * The top-level object may be a FeatureCollection, a single Feature or a bare geometry. Properties become
 * typed attributes whose types are inferred across all features. The CRS is taken from the legacy
 * {@code "crs"} member when present (wherever it appears at the top level) and is {@link Crs#WGS84}
 * otherwise. Feature ids come from the {@code "id"} member, or are the 1-based position of the feature.
 * Files with a UTF-8 byte order mark are accepted. Instances are immutable and may be shared between
 * threads.
 */
public final class GeoJsonReader {

	private static final JsonFactory JSON_FACTORY = new JsonFactory();

	private final GeometryFactory geometryFactory;

	/** Creates a reader that builds geometries with a default {@link GeometryFactory}. */
	public GeoJsonReader() {
		this(new GeometryFactory());
	}

	/**
	 * Creates a reader that builds all geometries with the given factory.
	 *
	 * @param geometryFactory the factory shared by all geometries read
	 */
	public GeoJsonReader(GeometryFactory geometryFactory) {
		this.geometryFactory = Objects.requireNonNull(geometryFactory, "geometryFactory");
	}

	/**
	 * Reads a GeoJSON file.
	 *
	 * @param file the file
	 * @return the features, named after the file
	 * @throws DataSourceException if the file cannot be read, is not valid JSON or not valid GeoJSON; the
	 *         message names the file and, where known, the line and column of the fault
	 */
	public FeatureCollection read(Path file) throws DataSourceException {
		return read(file, ProgressListener.NONE);
	}

	/**
	 * Reads a GeoJSON file, reporting progress after each feature of a FeatureCollection.
	 *
	 * @param file the file
	 * @param listener receives the number of bytes read and may cancel the read
	 * @return the features, named after the file
	 * @throws DataSourceException if the file cannot be read, is not valid JSON or not valid GeoJSON; the
	 *         message names the file and, where known, the line and column of the fault
	 * @throws CancellationException if the listener cancelled the read
	 */
	public FeatureCollection read(Path file, ProgressListener listener) throws DataSourceException {
		Objects.requireNonNull(listener, "listener");
		long totalBytes = sizeOf(file);
		try (InputStream fileStream = Files.newInputStream(file)) {
			return read(fileStream, file, totalBytes, listener);
		} catch (IOException e) {
			throw new DataSourceException(file, "cannot read the file (" + e + ")", e);
		}
	}

	/**
	 * Reads a GeoJSON document from a stream that is not a file, for example an HTTP response body held in
	 * memory.
	 *
	 * @param in the document; it is closed when read
	 * @param documentName a file-like name for the document (no directory separators), for example
	 *        {@code "buurten-page-2.json"}; it names the schema and is the {@link DataSourceException#getFile()
	 *        path} of errors, but is never opened
	 * @return the features, named after the document
	 * @throws DataSourceException if the stream cannot be read, is not valid JSON or not valid GeoJSON; the
	 *         message names the document and, where known, the line and column of the fault
	 */
	public FeatureCollection read(InputStream in, String documentName) throws DataSourceException {
		Objects.requireNonNull(in, "in");
		return read(in, Path.of(documentName), -1, ProgressListener.NONE);
	}

	private FeatureCollection read(InputStream in, Path file, long totalBytes, ProgressListener listener)
			throws DataSourceException {
		try (CountingInputStream counter = new CountingInputStream(in);
				JsonParser parser = JSON_FACTORY.createParser(counter)) {
			Runnable afterEachFeature = () -> {
				if (!listener.progress(counter.getCount(), totalBytes)) {
					throw new CancellationException("Reading " + file.getFileName() + " was cancelled");
				}
			};
			return new GeoJsonDocumentParser(parser, JSON_FACTORY, geometryFactory, afterEachFeature)
					.parse(schemaName(file));
		} catch (JsonProcessingException e) {
			throw syntaxFault(file, e);
		} catch (GeoJsonFormatException e) {
			throw new DataSourceException(file, e.line(), e.column(), e.getMessage(), e);
		} catch (IOException e) {
			throw new DataSourceException(file, "cannot read the file (" + e + ")", e);
		}
	}

	private static DataSourceException syntaxFault(Path file, JsonProcessingException e) {
		JsonLocation location = e.getLocation();
		return location == null
				? new DataSourceException(file, e.getOriginalMessage(), e)
				: new DataSourceException(file, location.getLineNr(), location.getColumnNr(), e.getOriginalMessage(), e);
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		} catch (IOException unknownSize) {
			return -1;
		}
	}

	private static String schemaName(Path file) {
		String name = String.valueOf(file.getFileName());
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
