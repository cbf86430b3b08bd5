package nl.veerkracht.gis.shapefile.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.h2gis.functions.io.dbf.internal.DbaseFileHeader;
import org.h2gis.functions.io.shp.internal.IndexFile;
import org.h2gis.functions.io.shp.internal.ShapefileHeader;
import org.h2gis.functions.io.shp.internal.ShapefileReader;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.feature.FeatureSchema;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.ProgressListener;
import nl.veerkracht.gis.core.io.ReadWarning;
import nl.veerkracht.gis.core.io.WarningSink;

/** Reads one shapefile (shp, shx, dbf, optional prj and cpg) with the H2GIS drivers; used once. */
public final class LayerReader {

	private static final int SHP_HEADER_BYTES = 100;
	private static final int SHX_RECORD_BYTES = 8;
	private static final int SHP_RECORD_HEADER_BYTES = 8;
	private static final int LANGUAGE_DRIVER_OFFSET = 29;
	private static final double RD_MIN_X = 0;
	private static final double RD_MAX_X = 300_000;
	private static final double RD_MIN_Y = 300_000;
	private static final double RD_MAX_Y = 650_000;

	private final Path shp;
	private final String displayName;
	private final WarningSink warnings;
	private final ProgressListener progress;
	private final GeometryFactory emptyGeometries = new GeometryFactory();

	/**
	 * @param shp         the {@code .shp}
	 * @param displayName the name warnings use, e.g. {@code wijken.shp} or {@code data.zip!wijken.shp}
	 * @param warnings    receives warnings
	 * @param progress    told of progress
	 */
	public LayerReader(Path shp, String displayName, WarningSink warnings, ProgressListener progress) {
		this.shp = shp;
		this.displayName = displayName;
		this.warnings = warnings;
		this.progress = progress;
	}

	/**
	 * @return the layer
	 * @throws DataSourceException when a part is missing, damaged or inconsistent
	 */
	public FeatureCollection read() throws DataSourceException {
		if (!Files.isRegularFile(shp)) {
			throw new DataSourceException(shp, "file not found", null);
		}
		ShapefileParts parts = new ShapefileParts(shp);
		Path shx = require(parts, "shx", "index");
		Path dbf = require(parts, "dbf", "attribute table");
		Optional<Path> prj = optional(parts, "prj");
		Optional<Path> cpg = optional(parts, "cpg");
		Charset encoding = encoding(dbf, cpg);

		ShapefileReader shapes = null;
		IndexFile index = null;
		DatedDbaseFileReader table = null;
		try (FileChannel dates = FileChannel.open(dbf, StandardOpenOption.READ)) {
			long shpSize = Files.size(shp);
			shapes = openShapes(shpSize);
			index = openIndex(shx);
			table = openTable(dbf, encoding);
			int count = index.getRecordCount();
			if (table.getRecordCount() != count) {
				throw new DataSourceException(dbf, "has " + table.getRecordCount() + " records but "
						+ shx.getFileName() + " indexes " + count + " shapes", null);
			}
			Crs crs = crs(prj, shapes.getHeader());
			DbfColumns columns = new DbfColumns(table, dates, dbf);
			List<Geometry> geometries = new ArrayList<>(count);
			List<Object[]> rows = new ArrayList<>(count);
			for (int record = 0; record < count; record++) {
				geometries.add(geometry(shapes, index, record, shpSize));
				rows.add(columns.row(record));
				if (!progress.progress(index.getOffset(record), shpSize)) {
					throw new CancellationException("Reading " + displayName + " was cancelled");
				}
			}
			return collection(parts.baseName(), columns, geometries, rows, crs);
		} catch (IOException | RuntimeException e) {
			if (e instanceof CancellationException cancelled) {
				throw cancelled;
			}
			throw new DataSourceException(shp, "cannot be read (" + e + ")", e);
		} finally {
			close(shapes, index, table);
		}
	}

	private Path require(ShapefileParts parts, String extension, String role) throws DataSourceException {
		Optional<Path> part = optional(parts, extension);
		if (part.isEmpty()) {
			throw new DataSourceException(shp, "the " + role + " of "
					+ parts.baseName() + ".shp is missing: expected " + parts.baseName() + "." + extension
					+ " beside it", null);
		}
		return part.get();
	}

	private static Optional<Path> optional(ShapefileParts parts, String extension) {
		try {
			return parts.find(extension);
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	private Charset encoding(Path dbf, Optional<Path> cpg) throws DataSourceException {
		if (cpg.isPresent()) {
			String text = readText(cpg.get());
			Optional<Charset> named = DbfEncoding.fromCpg(text);
			if (named.isPresent()) {
				return named.get();
			}
			warn(cpg.get().getFileName() + " names an unknown character set '" + text.strip()
					+ "'; it is ignored");
		}
		try (FileChannel channel = FileChannel.open(dbf, StandardOpenOption.READ)) {
			ByteBuffer header = ByteBuffer.allocate(LANGUAGE_DRIVER_OFFSET + 1);
			channel.read(header, 0);
			if (header.position() > LANGUAGE_DRIVER_OFFSET && header.get(LANGUAGE_DRIVER_OFFSET) != 0) {
				return null;
			}
		} catch (IOException e) {
			throw new DataSourceException(dbf, "cannot be read (" + e + ")", e);
		}
		warn("no .cpg and no code page in the .dbf: the text is read as " + DbfEncoding.DEFAULT.name());
		return DbfEncoding.DEFAULT;
	}

	private ShapefileReader openShapes(long shpSize) throws IOException, DataSourceException {
		if (shpSize < SHP_HEADER_BYTES) {
			throw new DataSourceException(shp, "is truncated: " + shpSize + " bytes, shorter than the "
					+ SHP_HEADER_BYTES + "-byte header", null);
		}
		ShapefileReader reader = new ShapefileReader(FileChannel.open(shp, StandardOpenOption.READ));
		long declared = 2L * reader.getHeader().getFileLength();
		if (declared > shpSize) {
			reader.close();
			throw new DataSourceException(shp, "is truncated: its header declares " + declared
					+ " bytes but the file has " + shpSize, null);
		}
		return reader;
	}

	private static IndexFile openIndex(Path shx) throws IOException, DataSourceException {
		long size = Files.size(shx);
		if (size < SHP_HEADER_BYTES) {
			throw new DataSourceException(shx, "is truncated: " + size + " bytes, shorter than the "
					+ SHP_HEADER_BYTES + "-byte header", null);
		}
		IndexFile index = new IndexFile(FileChannel.open(shx, StandardOpenOption.READ));
		long needed = SHP_HEADER_BYTES + (long) SHX_RECORD_BYTES * index.getRecordCount();
		if (needed > size) {
			index.close();
			throw new DataSourceException(shx, "is truncated: it should hold " + index.getRecordCount()
					+ " records (" + needed + " bytes) but has " + size + " bytes", null);
		}
		return index;
	}

	private static DatedDbaseFileReader openTable(Path dbf, Charset encoding) throws IOException, DataSourceException {
		long size = Files.size(dbf);
		if (size < 32) {
			throw new DataSourceException(dbf, "is truncated: " + size + " bytes, shorter than a dBase header",
					null);
		}
		DatedDbaseFileReader table = new DatedDbaseFileReader(FileChannel.open(dbf, StandardOpenOption.READ),
				encoding == null ? null : encoding.name());
		DbaseFileHeader header = table.getHeader();
		long needed = header.getHeaderLength() + (long) header.getNumRecords() * header.getRecordLength();
		if (needed > size) {
			int records = header.getNumRecords();
			table.close();
			throw new DataSourceException(dbf, "is truncated: it should hold " + records + " records ("
					+ needed + " bytes) but has " + size + " bytes", null);
		}
		return table;
	}

	private Crs crs(Optional<Path> prj, ShapefileHeader header) throws DataSourceException {
		if (prj.isPresent()) {
			String wkt = readText(prj.get());
			return PrjCrs.recognise(wkt).orElseThrow(() -> new DataSourceException(prj.get(),
					"unsupported coordinate reference system '" + PrjCrs.name(wkt).orElse(wkt.strip())
							+ "'; supported: RD New, WGS 84, Web Mercator, ETRS89 (UTM 31N/32N), Amersfoort,"
							+ " or any WKT with an EPSG authority",
					null));
		}
		boolean rdExtent = header.minX() >= RD_MIN_X && header.maxX() <= RD_MAX_X && header.minY() >= RD_MIN_Y
				&& header.maxY() <= RD_MAX_Y;
		if (!rdExtent) {
			throw new DataSourceException(shp, "no .prj: the coordinate reference system is unknown (the extent "
					+ header.minX() + ", " + header.minY() + " - " + header.maxX() + ", " + header.maxY()
					+ " is not unambiguously RD New); add the .prj that belongs to this shapefile", null);
		}
		warn("no .prj: the coordinates lie in the Dutch RD grid, so " + Crs.RD_NEW
				+ " is assumed; add the .prj if this is wrong");
		return Crs.RD_NEW;
	}

	private Geometry geometry(ShapefileReader shapes, IndexFile index, int record, long shpSize)
			throws IOException, DataSourceException {
		long offset = index.getOffset(record);
		long end = offset + SHP_RECORD_HEADER_BYTES + 2L * index.getContentLength(record);
		if (offset < SHP_HEADER_BYTES || end > shpSize) {
			throw new DataSourceException(shp, "is truncated or damaged at shape " + (record + 1) + ": it lies at"
					+ " bytes " + offset + "-" + end + " but the file has " + shpSize + " bytes", null);
		}
		Geometry geometry = shapes.geomAt((int) offset);
		return geometry == null ? emptyGeometries.createGeometryCollection() : geometry;
	}

	private FeatureCollection collection(String name, DbfColumns columns, List<Geometry> geometries,
			List<Object[]> rows, Crs crs) {
		List<AttributeDescriptor> attributes = columns.attributes();
		FeatureSchema schema = new FeatureSchema(name, attributes);
		List<Feature> features = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			features.add(new Feature(String.valueOf(i + 1), geometries.get(i), schema, columns.complete(rows.get(i))));
		}
		return new FeatureCollection(schema, features, crs);
	}

	private String readText(Path file) throws DataSourceException {
		try {
			return Files.readString(file, StandardCharsets.ISO_8859_1);
		} catch (NoSuchFileException e) {
			throw new DataSourceException(file, "file not found", e);
		} catch (IOException e) {
			throw new DataSourceException(file, "cannot be read (" + e + ")", e);
		}
	}

	private void warn(String message) {
		warnings.warn(new ReadWarning(displayName, message));
	}

	private static void close(ShapefileReader shapes, IndexFile index, DatedDbaseFileReader table) {
		try {
			if (shapes != null) {
				shapes.close();
			}
			if (index != null) {
				index.close();
			}
			if (table != null) {
				table.close();
			}
		} catch (IOException ignored) {
			// read-only channels: nothing is lost when closing fails
		}
	}
}
