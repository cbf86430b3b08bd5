package nl.veerkracht.cbs.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.veerkracht.cbs.internal.DelimitedLine;

/**
 * The catalogue of CBS variables, read from a comma-separated resource (the bundled {@code catalogue.csv}
 * by default). Each row is one {@link Variable}; its source columns say what the variable is called in
 * each {@link SourceFormat}. Lookups by column name ignore case and surrounding spaces, and for StatLine
 * also the {@code |} indentation prefixes of its headers.
 * <p>
 * One StatLine header may belong to several variables that differ only in unit (the count and the
 * percentage of one-person households); a reader then picks the variable whose unit matches the header's
 * unit row, and skips the column with a warning if none does, so that units are never mixed.
 */
public final class VariableCatalogue {

	private static final String RESOURCE = "catalogue.csv";
	private static final String ALTERNATIVES = "\\s*\\|\\s*";

	private final Map<String, Variable> byId;
	private final Map<SourceFormat, Map<String, List<Variable>>> byColumn = new EnumMap<>(SourceFormat.class);

	private VariableCatalogue(Collection<Variable> variables) {
		Map<String, Variable> ids = new LinkedHashMap<>();
		for (Variable variable : variables) {
			if (ids.put(variable.id(), variable) != null) {
				throw new IllegalArgumentException("Variable id " + variable.id() + " occurs twice in the catalogue");
			}
			variable.sourceColumns().forEach((format, names) -> names.forEach(name -> byColumn
					.computeIfAbsent(format, f -> new HashMap<>())
					.computeIfAbsent(columnKey(name), n -> new ArrayList<>()).add(variable)));
		}
		for (Variable variable : variables) {
			variable.derivation().ifPresent(rule -> {
				requireCount(ids, variable, rule.numeratorId());
				requireCount(ids, variable, rule.denominatorId());
			});
		}
		this.byId = ids;
	}

	private static void requireCount(Map<String, Variable> ids, Variable derived, String inputId) {
		Variable input = ids.get(inputId);
		if (input == null || input.unit() != Unit.COUNT) {
			throw new IllegalArgumentException("Derivation of " + derived.id() + " needs count variable " + inputId
					+ ", which the catalogue " + (input == null ? "does not have" : "has in unit " + input.unit()));
		}
	}

	/**
	 * Returns the catalogue bundled with this plug-in.
	 *
	 * @return the standard catalogue
	 * @throws IllegalStateException if the bundled resource is missing or malformed (a build fault)
	 */
	public static VariableCatalogue standard() {
		try (InputStream in = VariableCatalogue.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The bundled " + RESOURCE + " is missing");
			}
			return parse(in);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read the bundled " + RESOURCE, e);
		}
	}

	/**
	 * Parses a catalogue. Lines starting with {@code #} are comments; the first other line is the header,
	 * which must contain {@code id}, {@code unit}, {@code label_nl}, {@code label_en}, {@code derive} and may
	 * contain one column per {@link SourceFormat#catalogueColumn()}.
	 *
	 * @param in the UTF-8 encoded catalogue
	 * @return the catalogue
	 * @throws IOException if the stream cannot be read
	 * @throws IllegalArgumentException if a row is malformed; the message names the line
	 */
	public static VariableCatalogue parse(InputStream in) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		List<Variable> variables = new ArrayList<>();
		Map<String, Integer> header = null;
		int lineNumber = 0;
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			lineNumber++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			List<String> cells = DelimitedLine.split(line, ',');
			if (header == null) {
				header = new HashMap<>();
				for (int i = 0; i < cells.size(); i++) {
					header.put(cells.get(i).trim(), i);
				}
				continue;
			}
			variables.add(parseRow(header, cells, lineNumber));
		}
		return new VariableCatalogue(variables);
	}

	private static Variable parseRow(Map<String, Integer> header, List<String> cells, int lineNumber) {
		String id = cell(header, cells, "id", lineNumber);
		if (id.isEmpty()) {
			throw new IllegalArgumentException("Catalogue line " + lineNumber + ": empty id");
		}
		Unit unit = Unit.forName(cell(header, cells, "unit", lineNumber)).orElseThrow(
				() -> new IllegalArgumentException("Catalogue line " + lineNumber + ": unknown unit"));
		String derive = cell(header, cells, "derive", lineNumber);
		Optional<PercentageDerivation> derivation = Optional.empty();
		if (!derive.isEmpty()) {
			String[] parts = derive.split("/");
			if (parts.length != 2 || unit != Unit.PERCENT) {
				throw new IllegalArgumentException("Catalogue line " + lineNumber
						+ ": derive must be 'numerator/denominator' on a PERCENT variable");
			}
			derivation = Optional.of(new PercentageDerivation(parts[0].trim(), parts[1].trim()));
		}
		Map<SourceFormat, List<String>> columns = new EnumMap<>(SourceFormat.class);
		for (SourceFormat format : SourceFormat.values()) {
			Integer index = header.get(format.catalogueColumn());
			String names = index == null || index >= cells.size() ? "" : cells.get(index).trim();
			if (!names.isEmpty()) {
				columns.put(format, List.of(names.split(ALTERNATIVES)));
			}
		}
		return new Variable(id, unit, cell(header, cells, "label_nl", lineNumber),
				cell(header, cells, "label_en", lineNumber), derivation, columns);
	}

	private static String cell(Map<String, Integer> header, List<String> cells, String column, int lineNumber) {
		Integer index = header.get(column);
		if (index == null) {
			throw new IllegalArgumentException("Catalogue header lacks column '" + column + "'");
		}
		if (index >= cells.size()) {
			throw new IllegalArgumentException("Catalogue line " + lineNumber + " has no column '" + column + "'");
		}
		return cells.get(index).trim();
	}

	/**
	 * Returns all variables in catalogue order.
	 *
	 * @return the variables
	 */
	public List<Variable> variables() {
		return List.copyOf(byId.values());
	}

	/**
	 * Finds a variable by id.
	 *
	 * @param id the id, for example {@code a_inw}
	 * @return the variable, or empty if the catalogue has no such id
	 */
	public Optional<Variable> variable(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	/**
	 * Returns the variables a column of a source format may hold. For StatLine there can be more than one
	 * (same header, different units); other formats give at most one.
	 *
	 * @param format the source format
	 * @param columnName the column name as found in the file
	 * @return the candidate variables, empty if the catalogue does not know the column
	 */
	public List<Variable> variablesForColumn(SourceFormat format, String columnName) {
		Map<String, List<Variable>> columns = byColumn.getOrDefault(format, Map.of());
		return List.copyOf(columns.getOrDefault(columnKey(columnName), List.of()));
	}

	/**
	 * Returns the number of columns of a format that the catalogue knows, counting each name once.
	 *
	 * @param format the source format
	 * @param columnNames the column names of a file
	 * @return how many of them the catalogue maps to a variable
	 */
	public int countKnownColumns(SourceFormat format, Collection<String> columnNames) {
		return (int) columnNames.stream().filter(name -> !variablesForColumn(format, name).isEmpty()).count();
	}

	/**
	 * Normalises a column name for lookup: StatLine's {@code |} indentation prefixes and surrounding spaces
	 * removed, lower case.
	 *
	 * @param columnName the column name as found in a file
	 * @return the lookup key
	 */
	public static String columnKey(String columnName) {
		String name = columnName.strip();
		int start = 0;
		while (start < name.length() && name.charAt(start) == '|') {
			start++;
		}
		return name.substring(start).strip().toLowerCase(Locale.ROOT);
	}
}
