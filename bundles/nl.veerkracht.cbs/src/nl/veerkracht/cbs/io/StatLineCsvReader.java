package nl.veerkracht.cbs.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.cbs.catalogue.SourceFormat;
import nl.veerkracht.cbs.catalogue.Variable;
import nl.veerkracht.cbs.catalogue.VariableCatalogue;
import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.MissingReason;
import nl.veerkracht.cbs.data.Observation;
import nl.veerkracht.cbs.data.Region;
import nl.veerkracht.cbs.data.RegionCode;
import nl.veerkracht.cbs.internal.CbsNumbers;
import nl.veerkracht.cbs.internal.DelimitedLine;
import nl.veerkracht.cbs.internal.TextDecoding;
import nl.veerkracht.gis.core.io.DataSourceException;

/**
 * Reads a StatLine "CSV met statistische symbolen" export of Kerncijfers wijken en buurten.
 * <p>
 * Layout: {@code ;}-separated; a title and an "Onderwerp" line, then a row of column names (with
 * {@code |} prefixes that show StatLine's nesting) that contains {@code Codering} and {@code Jaar}, then a
 * row of units ({@code aantal}, {@code %}, {@code x 1 000 euro}, ...), then one row per region. The first
 * cell of a region row is its name. The encoding is detected: UTF-8 with or without BOM, else windows-1252.
 * <p>
 * A column is read as a catalogue variable only if its name is in the catalogue's {@code statline} column
 * <em>and</em> its unit row matches that variable's unit. A known name with another unit (for example
 * one-person households as a count where the catalogue also knows it as a percentage, or a unit the
 * catalogue does not know) is matched to the variable of that unit if there is one, and skipped with a
 * warning otherwise: units are never mixed. Cells {@code .}, {@code x}, {@code -} and empty cells become
 * missing values with their {@link MissingReason}.
 */
public final class StatLineCsvReader {

	private static final char DELIMITER = ';';
	private static final String CODE_COLUMN = "codering";
	private static final String YEAR_COLUMN = "jaar";

	private final VariableCatalogue catalogue;

	/**
	 * Creates a reader that maps columns through a catalogue.
	 *
	 * @param catalogue the variable catalogue
	 */
	public StatLineCsvReader(VariableCatalogue catalogue) {
		this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
	}

	/**
	 * Reads a file.
	 *
	 * @param file the CSV file
	 * @return the regions, observations and warnings
	 * @throws DataSourceException if the file cannot be read or is not a StatLine KWB export; the message
	 *         names the line and column (cell number) of the fault
	 */
	public CbsData read(Path file) throws DataSourceException {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new DataSourceException(file, "cannot read the file (" + e + ")", e);
		}
		List<String> lines = TextDecoding.decode(bytes).text().lines().toList();
		int headerIndex = findHeader(file, lines);
		List<String> names = split(file, lines, headerIndex);
		if (headerIndex + 1 >= lines.size()) {
			throw new DataSourceException(file, headerIndex + 2, 0, "the unit row after the column names is missing", null);
		}
		List<String> units = split(file, lines, headerIndex + 1);
		int codeColumn = indexOf(names, CODE_COLUMN);
		int yearColumn = indexOf(names, YEAR_COLUMN);
		CbsData.Builder data = new CbsData.Builder();
		Map<Integer, Variable> columns = mapColumns(file, names, units, Math.max(codeColumn, yearColumn), data);
		int regionRows = 0;
		for (int index = headerIndex + 2; index < lines.size(); index++) {
			List<String> cells = split(file, lines, index);
			if (cells.stream().allMatch(String::isBlank)) {
				continue;
			}
			int lineNumber = index + 1;
			if (cells.size() != names.size()) {
				throw new DataSourceException(file, lineNumber, 0, "the row has " + cells.size()
						+ " cells but the header has " + names.size() + " (truncated or garbled file?)", null);
			}
			RegionCode region = RegionCode.parse(cells.get(codeColumn)).orElseThrow(() -> new DataSourceException(file,
					lineNumber, codeColumn + 1, "'" + cells.get(codeColumn) + "' in column Codering is not a GM, WK or BU code",
					null));
			int year = parseYear(file, lineNumber, yearColumn, cells.get(yearColumn));
			data.addRegion(new Region(region, cells.get(0)));
			for (Map.Entry<Integer, Variable> column : columns.entrySet()) {
				int cell = column.getKey();
				String source = file.getFileName() + ", line " + lineNumber + ", column " + (cell + 1) + " '"
						+ VariableCatalogue.columnKey(names.get(cell)) + "'";
				if (!data.add(observation(file, lineNumber, cell, cells.get(cell).strip(), region, column.getValue(), year,
						source))) {
					throw new DataSourceException(file, lineNumber, codeColumn + 1,
							"region " + region + " occurs twice for " + year, null);
				}
			}
			regionRows++;
		}
		if (regionRows == 0) {
			throw new DataSourceException(file, headerIndex + 3, 0, "the file has a header but no region rows", null);
		}
		return data.build();
	}

	private static int findHeader(Path file, List<String> lines) throws DataSourceException {
		for (int index = 0; index < lines.size() && index < 20; index++) {
			List<String> cells = DelimitedLine.split(lines.get(index), DELIMITER);
			if (indexOf(cells, CODE_COLUMN) >= 0 && indexOf(cells, YEAR_COLUMN) >= 0) {
				return index;
			}
		}
		throw new DataSourceException(file, "no header row with the columns 'Codering' and 'Jaar' in the first 20 lines;"
				+ " not a StatLine export of Kerncijfers wijken en buurten", null);
	}

	private static List<String> split(Path file, List<String> lines, int index) throws DataSourceException {
		try {
			return DelimitedLine.split(lines.get(index), DELIMITER);
		} catch (IllegalArgumentException e) {
			throw new DataSourceException(file, index + 1, 0, e.getMessage(), e);
		}
	}

	private static int indexOf(List<String> cells, String columnKey) {
		for (int i = 0; i < cells.size(); i++) {
			if (VariableCatalogue.columnKey(cells.get(i)).equals(columnKey)) {
				return i;
			}
		}
		return -1;
	}

	private Map<Integer, Variable> mapColumns(Path file, List<String> names, List<String> units, int firstDataColumn,
			CbsData.Builder data) {
		Map<Integer, Variable> columns = new LinkedHashMap<>();
		Map<String, Integer> used = new LinkedHashMap<>();
		int unknown = 0;
		for (int cell = 0; cell < names.size(); cell++) {
			String key = VariableCatalogue.columnKey(names.get(cell));
			if (cell <= firstDataColumn && !key.startsWith("indelingswijziging")) {
				continue;
			}
			List<Variable> candidates = catalogue.variablesForColumn(SourceFormat.STATLINE_CSV, names.get(cell));
			String unit = cell < units.size() ? units.get(cell).strip() : "";
			Optional<Variable> match = candidates.stream().filter(v -> v.unit().matchesStatLineText(unit)).findFirst();
			if (candidates.isEmpty()) {
				unknown++;
			} else if (match.isEmpty()) {
				data.warn(file.getFileName() + ", column " + (cell + 1) + " '" + key + "' has unit '" + unit
						+ "', but the catalogue knows it only as " + candidates.stream().map(v -> v.id() + " [" + v.unit() + "]").toList()
						+ "; column skipped so that units are not mixed");
			} else if (used.containsKey(match.get().id())) {
				data.warn(file.getFileName() + ", column " + (cell + 1) + " '" + key + "' maps to " + match.get().id()
						+ " like column " + (used.get(match.get().id()) + 1) + "; only the first is read");
			} else {
				used.put(match.get().id(), cell);
				columns.put(cell, match.get());
			}
		}
		if (unknown > 0) {
			data.warn(file.getFileName() + ": " + unknown + " columns are not in the variable catalogue and were not read");
		}
		return columns;
	}

	private static int parseYear(Path file, int lineNumber, int yearColumn, String text) throws DataSourceException {
		String year = text.strip();
		if (!year.matches("(19|20)\\d\\d")) {
			throw new DataSourceException(file, lineNumber, yearColumn + 1, "'" + text + "' in column Jaar is not a year", null);
		}
		return Integer.parseInt(year);
	}

	private static Observation observation(Path file, int lineNumber, int cell, String text, RegionCode region,
			Variable variable, int year, String source) throws DataSourceException {
		Optional<MissingReason> symbol = CbsNumbers.symbol(text);
		if (symbol.isPresent()) {
			return Observation.missing(region, variable.id(), year, symbol.get(), source);
		}
		double value = CbsNumbers.parse(text).orElseThrow(() -> new DataSourceException(file, lineNumber, cell + 1,
				"'" + text + "' is neither a number nor a CBS symbol (. x -) for " + variable.id(), null));
		return Observation.measured(region, variable.id(), year, value, source);
	}

	/**
	 * Tells whether some lines look like a StatLine Kerncijfers export (used to recognise files).
	 *
	 * @param firstLines the first lines of a file
	 * @return {@code true} if one of them is a header with {@code Codering} and {@code Jaar}
	 */
	static boolean looksLikeStatLine(List<String> firstLines) {
		List<String> lines = new ArrayList<>(firstLines);
		for (String line : lines) {
			List<String> cells;
			try {
				cells = DelimitedLine.split(line, DELIMITER);
			} catch (IllegalArgumentException garbled) {
				continue;
			}
			if (indexOf(cells, CODE_COLUMN) >= 0 && indexOf(cells, YEAR_COLUMN) >= 0) {
				return true;
			}
		}
		return false;
	}
}
