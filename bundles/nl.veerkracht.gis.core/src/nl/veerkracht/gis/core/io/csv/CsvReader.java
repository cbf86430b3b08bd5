package nl.veerkracht.gis.core.io.csv;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.AttributeType;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.feature.FeatureSchema;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.ProgressListener;

/**
 * Reads a CSV file as an attribute table: a {@link FeatureCollection} whose features all have an empty
 * geometry. Stateless and thread-safe.
 * <ul>
 * <li><b>Encoding</b>: UTF-8 with or without byte order mark; a file that is not valid UTF-8 is read as
 * windows-1252 (what Dutch Excel writes).</li>
 * <li><b>Delimiter</b>: {@code ;}, tab or {@code ,}, whichever splits the first records into the same,
 * largest number of cells. Values may be quoted with {@code "}.</li>
 * <li><b>Header</b>: the first record names the columns unless one of its cells is a number; then the
 * columns are named {@code column1}, {@code column2}, ... Blank names become {@code columnN}, repeated
 * names get {@code _N}.</li>
 * <li><b>Values</b> are trimmed. Empty cells and the CBS symbols {@code .}, {@code x} and {@code -} are
 * missing ({@code null}, never 0). Numbers are INTEGER (Long) or REAL (Double); with the delimiter
 * {@code ;} a decimal comma ({@code 12,5}) is read as well as a decimal point; thousands separators are
 * not numbers. Numbers with a leading zero ({@code 03080000}) are codes and stay text. {@code true} and
 * {@code false} are BOOLEAN.</li>
 * <li><b>Types</b> are inferred per column as in the GeoJSON reader: all integers INTEGER, integers and
 * decimals REAL, any other mix STRING; a column without values STRING.</li>
 * </ul>
 * Feature ids are the 1-based data row numbers. The table's CRS is {@link Crs#RD_NEW}, the workbench
 * default; it has no meaning since no feature has a location.
 */
public final class CsvReader {

	private static final char[] DELIMITERS = { ';', '\t', ',' };
	private static final int SAMPLE_RECORDS = 20;

	private final Geometry noLocation = new GeometryFactory().createGeometryCollection();

	/**
	 * Reads a CSV file.
	 *
	 * @param file the file
	 * @return the table, named after the file
	 * @throws DataSourceException when the file cannot be read or is malformed
	 */
	public FeatureCollection read(Path file) throws DataSourceException {
		return read(file, ProgressListener.NONE);
	}

	/**
	 * Reads a CSV file, reporting progress after each record.
	 *
	 * @param file     the file
	 * @param progress told of progress, and asked whether to go on
	 * @return the table, named after the file
	 * @throws DataSourceException when the file cannot be read or is malformed; the message names the line
	 * @throws CancellationException when the listener cancelled the read
	 */
	public FeatureCollection read(Path file, ProgressListener progress) throws DataSourceException {
		Objects.requireNonNull(progress, "progress");
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new DataSourceException(file, "cannot read the file (" + e + ")", e);
		}
		CsvText text = CsvText.decode(bytes);
		try {
			char delimiter = detectDelimiter(text.text());
			List<CsvRecords.CsvRecord> records = new ArrayList<>();
			CsvRecords reader = new CsvRecords(text.text(), delimiter);
			double bytesPerChar = text.text().isEmpty() ? 1 : (double) bytes.length / text.text().length();
			for (CsvRecords.CsvRecord record = reader.next(); record != null; record = reader.next()) {
				records.add(record);
				if (!progress.progress((long) (record.end() * bytesPerChar), bytes.length)) {
					throw new CancellationException("Reading " + file.getFileName() + " was cancelled");
				}
			}
			if (records.isEmpty()) {
				throw new DataSourceException(file, "the file holds no table", null);
			}
			return table(file, records, new CsvValues(delimiter == ';'));
		} catch (CsvRecords.UnclosedQuoteException e) {
			throw new DataSourceException(file, e.line, 0, e.getMessage(), e);
		}
	}

	/**
	 * @param file a CSV file
	 * @return the character set {@link #read} decodes it with
	 * @throws DataSourceException when the file cannot be read
	 */
	public Charset detectCharset(Path file) throws DataSourceException {
		try {
			return CsvText.decode(Files.readAllBytes(file)).charset();
		} catch (IOException e) {
			throw new DataSourceException(file, "cannot read the file (" + e + ")", e);
		}
	}

	private static char detectDelimiter(String text) throws CsvRecords.UnclosedQuoteException {
		char best = ',';
		int bestCells = 0;
		boolean bestConsistent = false;
		for (char delimiter : DELIMITERS) {
			CsvRecords records = new CsvRecords(text, delimiter);
			Set<Integer> counts = new HashSet<>();
			int first = 0;
			for (int i = 0; i < SAMPLE_RECORDS; i++) {
				CsvRecords.CsvRecord record;
				try {
					record = records.next();
				} catch (CsvRecords.UnclosedQuoteException e) {
					break;
				}
				if (record == null) {
					break;
				}
				if (i == 0) {
					first = record.cells().size();
				}
				counts.add(record.cells().size());
			}
			boolean consistent = counts.size() == 1 && first > 1;
			if ((consistent && !bestConsistent) || (consistent == bestConsistent && first > bestCells)) {
				best = delimiter;
				bestCells = first;
				bestConsistent = consistent;
			}
		}
		return best;
	}

	private FeatureCollection table(Path file, List<CsvRecords.CsvRecord> records, CsvValues values)
			throws DataSourceException {
		List<String> first = records.get(0).cells();
		boolean header = first.stream().map(values::parse).noneMatch(v -> v instanceof Number);
		List<String> names = columnNames(first, header);
		int columns = names.size();
		List<AttributeType> types = new ArrayList<>();
		for (int i = 0; i < columns; i++) {
			types.add(null);
		}
		List<Object[]> rows = new ArrayList<>();
		for (CsvRecords.CsvRecord record : records.subList(header ? 1 : 0, records.size())) {
			List<String> cells = record.cells();
			for (int i = columns; i < cells.size(); i++) {
				if (!cells.get(i).isBlank()) {
					throw new DataSourceException(file, record.line(), 0, "this row has " + cells.size()
							+ " values but the table has " + columns + " columns", null);
				}
			}
			Object[] row = new Object[columns];
			for (int i = 0; i < columns && i < cells.size(); i++) {
				row[i] = values.parse(cells.get(i));
				types.set(i, AttributeType.widen(types.get(i), AttributeType.of(row[i])));
			}
			rows.add(row);
		}
		List<AttributeDescriptor> attributes = new ArrayList<>();
		for (int i = 0; i < columns; i++) {
			attributes.add(new AttributeDescriptor(names.get(i), types.get(i) == null ? AttributeType.STRING
					: types.get(i)));
		}
		FeatureSchema schema = new FeatureSchema(baseName(file), attributes);
		List<Feature> features = new ArrayList<>(rows.size());
		for (int r = 0; r < rows.size(); r++) {
			features.add(new Feature(String.valueOf(r + 1), noLocation, schema, convert(rows.get(r), attributes,
					records.get(r + (header ? 1 : 0)).cells())));
		}
		return new FeatureCollection(schema, features, Crs.RD_NEW);
	}

	private static Object[] convert(Object[] row, List<AttributeDescriptor> attributes, List<String> cells) {
		Object[] result = row.clone();
		for (int i = 0; i < result.length; i++) {
			AttributeType type = attributes.get(i).type();
			if (result[i] == null || type.accepts(result[i])) {
				continue;
			}
			result[i] = type == AttributeType.REAL ? (Object) ((Number) result[i]).doubleValue() : cells.get(i).strip();
		}
		return result;
	}

	private static List<String> columnNames(List<String> first, boolean header) {
		List<String> names = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < first.size(); i++) {
			String name = header ? first.get(i).strip() : "";
			if (name.isEmpty()) {
				name = "column" + (i + 1);
			}
			String unique = name;
			for (int n = 2; !seen.add(unique.toLowerCase(Locale.ROOT)); n++) {
				unique = name + "_" + n;
			}
			names.add(unique);
		}
		return names;
	}

	private static String baseName(Path file) {
		String name = String.valueOf(file.getFileName());
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
