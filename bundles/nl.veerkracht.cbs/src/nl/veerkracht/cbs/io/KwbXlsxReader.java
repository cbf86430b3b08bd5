package nl.veerkracht.cbs.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.veerkracht.cbs.catalogue.SourceFormat;
import nl.veerkracht.cbs.catalogue.Variable;
import nl.veerkracht.cbs.catalogue.VariableCatalogue;
import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.MissingReason;
import nl.veerkracht.cbs.data.Observation;
import nl.veerkracht.cbs.data.Region;
import nl.veerkracht.cbs.data.RegionCode;
import nl.veerkracht.cbs.internal.CbsNumbers;
import nl.veerkracht.gis.core.io.DataSourceException;

/**
 * Reads a CBS {@code kwb-YYYY.xlsx} (Kerncijfers wijken en buurten with short codes such as {@code a_inw},
 * {@code p_hh_lkk}, {@code a_soz_wb}) with Apache POI.
 * <p>
 * The sheet read is the first whose first row has a region-code column ({@code gwb_code_10} or
 * {@code gwb_code}); the region name is taken from {@code regio}. The file has no year column: the year is
 * taken from the file name ({@code kwb-2023}), else from the sheet name, else the read fails. Cells may
 * hold numbers or text; text is a number with decimal point or comma, or a CBS symbol ({@code .} not
 * (yet) published, unknown or secret; {@code x}; {@code -}), or empty.
 * <p>
 * OSGi: XMLBeans, which POI uses for the OOXML schema types, finds those types through the thread context
 * class loader. The reader therefore sets the context class loader to POI's own class loader (that of
 * {@link XSSFWorkbook}, whose wrapped bundle has {@code DynamicImport-Package: *}) while it opens and reads
 * the workbook, and restores it afterwards. POI also needs the log4j API (to initialise
 * {@code OPCPackage}) and commons-compress needs commons-lang3 (to open the zip), but their manifests
 * import these only optionally, so a Tycho test runtime or a product would leave them out. This bundle
 * therefore imports {@code org.apache.logging.log4j} and {@code org.apache.commons.lang3} itself,
 * although its own code uses neither.
 */
public final class KwbXlsxReader {

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");
	private static final List<String> CODE_COLUMNS = List.of("gwb_code_10", "gwb_code");
	private static final String NAME_COLUMN = "regio";

	private final VariableCatalogue catalogue;

	/**
	 * Creates a reader that maps columns through a catalogue.
	 *
	 * @param catalogue the variable catalogue
	 */
	public KwbXlsxReader(VariableCatalogue catalogue) {
		this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
	}

	/**
	 * Reads a file.
	 *
	 * @param file the xlsx file
	 * @return the regions, observations and warnings
	 * @throws DataSourceException if the file is not an xlsx workbook, has no kwb sheet, no year, or a cell
	 *         that is neither a number nor a CBS symbol; the message names the sheet and cell
	 */
	public CbsData read(Path file) throws DataSourceException {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(XSSFWorkbook.class.getClassLoader());
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
				XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
			return read(file, workbook);
		} catch (InvalidFormatException | POIXMLException | OpenXML4JRuntimeException | IllegalArgumentException e) {
			throw new DataSourceException(file, "not a readable xlsx workbook (" + e.getMessage() + ")", e);
		} catch (IOException e) {
			throw new DataSourceException(file, "cannot read the file (" + e + ")", e);
		} finally {
			thread.setContextClassLoader(previous);
		}
	}

	private CbsData read(Path file, XSSFWorkbook workbook) throws DataSourceException {
		List<String> sheetNames = new ArrayList<>();
		for (Sheet sheet : workbook) {
			sheetNames.add(sheet.getSheetName());
			Map<String, Integer> header = header(sheet);
			Optional<String> codeColumn = CODE_COLUMNS.stream().filter(header::containsKey).findFirst();
			if (codeColumn.isPresent()) {
				int year = year(file, sheet).orElseThrow(() -> new DataSourceException(file,
						"no year in the file name or the sheet name '" + sheet.getSheetName() + "' (expected e.g. kwb-2024)",
						null));
				return read(file, sheet, header, header.get(codeColumn.get()), year);
			}
		}
		throw new DataSourceException(file, "no sheet with a kwb header row (a column " + CODE_COLUMNS.get(0) + " or "
				+ CODE_COLUMNS.get(1) + " in row 1); sheets: " + sheetNames, null);
	}

	private static Map<String, Integer> header(Sheet sheet) {
		Map<String, Integer> header = new LinkedHashMap<>();
		Row row = sheet.getRow(sheet.getFirstRowNum());
		if (row == null) {
			return header;
		}
		for (Cell cell : row) {
			if (cell.getCellType() == CellType.STRING) {
				header.putIfAbsent(cell.getStringCellValue().strip(), cell.getColumnIndex());
			}
		}
		return header;
	}

	private static OptionalInt year(Path file, Sheet sheet) {
		for (String text : List.of(String.valueOf(file.getFileName()), sheet.getSheetName())) {
			Matcher matcher = YEAR.matcher(text);
			if (matcher.find()) {
				return OptionalInt.of(Integer.parseInt(matcher.group(1)));
			}
		}
		return OptionalInt.empty();
	}

	private CbsData read(Path file, Sheet sheet, Map<String, Integer> header, int codeColumn, int year)
			throws DataSourceException {
		CbsData.Builder data = new CbsData.Builder();
		Map<Integer, Variable> columns = new LinkedHashMap<>();
		int unknown = 0;
		for (Map.Entry<String, Integer> column : header.entrySet()) {
			List<Variable> variables = catalogue.variablesForColumn(SourceFormat.KWB_XLSX, column.getKey());
			if (variables.isEmpty()) {
				unknown++;
			} else {
				columns.put(column.getValue(), variables.get(0));
			}
		}
		if (columns.isEmpty()) {
			throw new DataSourceException(file, "sheet '" + sheet.getSheetName()
					+ "' has none of the catalogue's kwb columns (a_inw, a_hh, ...)", null);
		}
		if (unknown > 0) {
			data.warn(file.getFileName() + ": " + unknown + " columns are not in the variable catalogue and were not read");
		}
		Integer nameColumn = header.get(NAME_COLUMN);
		int regions = 0;
		for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null || isEmpty(row)) {
				continue;
			}
			String codeText = text(row.getCell(codeColumn));
			RegionCode region = RegionCode.parse(codeText).orElseThrow(() -> new DataSourceException(file,
					position(sheet, row.getRowNum(), codeColumn) + ": '" + codeText + "' is not a GM, WK or BU code", null));
			data.addRegion(new Region(region, nameColumn == null ? "" : text(row.getCell(nameColumn))));
			for (Map.Entry<Integer, Variable> column : columns.entrySet()) {
				String position = position(sheet, row.getRowNum(), column.getKey());
				if (!data.add(observation(file, row.getCell(column.getKey()), region, column.getValue(), year, position))) {
					throw new DataSourceException(file, position + ": region " + region + " occurs twice", null);
				}
			}
			regions++;
		}
		if (regions == 0) {
			throw new DataSourceException(file, "sheet '" + sheet.getSheetName() + "' has a header but no region rows", null);
		}
		return data.build();
	}

	private static boolean isEmpty(Row row) {
		for (Cell cell : row) {
			if (cell.getCellType() != CellType.BLANK && !text(cell).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		return switch (cell.getCellType()) {
			case STRING -> cell.getStringCellValue().strip();
			case NUMERIC -> {
				double value = cell.getNumericCellValue();
				yield value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
			}
			default -> "";
		};
	}

	private static Observation observation(Path file, Cell cell, RegionCode region, Variable variable, int year,
			String position) throws DataSourceException {
		String source = file.getFileName() + ", " + position;
		if (cell == null || cell.getCellType() == CellType.BLANK) {
			return Observation.missing(region, variable.id(), year, MissingReason.BLANK, source);
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			return Observation.measured(region, variable.id(), year, cell.getNumericCellValue(), source);
		}
		if (cell.getCellType() != CellType.STRING) {
			throw new DataSourceException(file, position + ": a " + cell.getCellType()
					+ " cell where a number or CBS symbol was expected for " + variable.id(), null);
		}
		String text = cell.getStringCellValue().strip();
		Optional<MissingReason> symbol = CbsNumbers.symbol(text);
		if (symbol.isPresent()) {
			return Observation.missing(region, variable.id(), year, symbol.get(), source);
		}
		double value = CbsNumbers.parse(text).orElseThrow(() -> new DataSourceException(file,
				position + ": '" + text + "' is neither a number nor a CBS symbol (. x -) for " + variable.id(), null));
		return Observation.measured(region, variable.id(), year, value, source);
	}

	private static String position(Sheet sheet, int rowIndex, int columnIndex) {
		return "sheet '" + sheet.getSheetName() + "', cell " + new CellReference(rowIndex, columnIndex).formatAsString();
	}
}
