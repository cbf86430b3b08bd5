package nl.veerkracht.cbs.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;

import nl.veerkracht.cbs.catalogue.SourceFormat;
import nl.veerkracht.cbs.catalogue.Unit;
import nl.veerkracht.cbs.catalogue.Variable;
import nl.veerkracht.cbs.catalogue.VariableCatalogue;
import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.MissingReason;
import nl.veerkracht.cbs.data.Observation;
import nl.veerkracht.cbs.data.Region;
import nl.veerkracht.cbs.data.RegionCode;
import nl.veerkracht.cbs.internal.JsonTree;
import nl.veerkracht.cbs.internal.JsonTree.Node;
import nl.veerkracht.gis.core.io.DataSourceException;

/**
 * Reads a yearly series JSON of CBS figures per buurt, as made by the Baarn dashboard:
 * <pre>
 * { "metadata": { "indicatoren": { "huishoudens_laag_inkomen": { "eenheid": "%", ... }, ... } },
 *   "gemeente": { "code": "GM0308", "naam": "Baarn", "tijdreeksen": { "&lt;indicator&gt;": { "2016": 7.8, ... } } },
 *   "buurten": { "BU03080000": { "naam": "Centrum", "tijdreeksen": { ... } }, ... } }
 * </pre>
 * Read with the Jackson streaming parser. Indicator keys map through the catalogue's {@code series_json}
 * column; {@code null} is {@link MissingReason#SUPPRESSED}.
 * <p>
 * Units: the unit the metadata declares ({@code eenheid}) must be the catalogue variable's unit. There is
 * one documented exception: where the metadata says {@code %} but the catalogue variable is a count and
 * the series holds values above 100 (the Baarn file's education levels: "%" in the metadata, 300 to 620
 * in the data, which are CBS's counts a_opl_lg/md/hg), the values are read as counts and a warning says
 * so. Any other mismatch skips the indicator with a warning; units are never mixed.
 */
public final class SeriesJsonReader {

	private static final JsonFactory JSON = new JsonFactory();

	private final VariableCatalogue catalogue;

	/**
	 * Creates a reader that maps indicators through a catalogue.
	 *
	 * @param catalogue the variable catalogue
	 */
	public SeriesJsonReader(VariableCatalogue catalogue) {
		this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
	}

	/**
	 * Reads a file.
	 *
	 * @param file the JSON file
	 * @return the regions, observations and warnings
	 * @throws DataSourceException if the file is not valid JSON or not a series document; the message
	 *         names the line and column
	 */
	public CbsData read(Path file) throws DataSourceException {
		Node root;
		try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
			root = JsonTree.read(parser);
		} catch (JsonProcessingException e) {
			JsonLocation location = e.getLocation();
			throw location == null ? new DataSourceException(file, e.getOriginalMessage(), e)
					: new DataSourceException(file, location.getLineNr(), location.getColumnNr(), e.getOriginalMessage(), e);
		} catch (IOException e) {
			throw new DataSourceException(file, "cannot read the file (" + e + ")", e);
		}
		Map<String, Node> buurten = root.member("buurten").flatMap(Node::asObject).orElseThrow(() -> new DataSourceException(
				file, root.line(), root.column(),
				"not a CBS series document: expected an object with 'metadata', 'gemeente' and 'buurten'", null));
		Map<String, Node> indicators = root.member("metadata").flatMap(m -> m.member("indicatoren"))
				.flatMap(Node::asObject).orElseThrow(() -> new DataSourceException(file, root.line(), root.column(),
						"not a CBS series document: no 'metadata.indicatoren' with the units of the indicators", null));
		CbsData.Builder data = new CbsData.Builder();
		List<Map.Entry<String, Node>> regions = new ArrayList<>();
		root.member("gemeente").ifPresent(gemeente -> regions
				.add(Map.entry(gemeente.member("code").flatMap(Node::asText).orElse(""), gemeente)));
		regions.addAll(buurten.entrySet());
		Map<String, Optional<Variable>> variables = new LinkedHashMap<>();
		for (Map.Entry<String, Node> region : regions) {
			region.getValue().member("tijdreeksen").flatMap(Node::asObject).orElse(Map.of()).keySet()
					.forEach(key -> variables.computeIfAbsent(key, k -> variable(file, k, regions, indicators, data)));
		}
		for (Map.Entry<String, Node> region : regions) {
			readRegion(file, region.getKey(), region.getValue(), variables, data);
		}
		return data.build();
	}

	private static void readRegion(Path file, String codeText, Node node, Map<String, Optional<Variable>> variables,
			CbsData.Builder data)
			throws DataSourceException {
		RegionCode region = RegionCode.parse(codeText).orElseThrow(() -> new DataSourceException(file, node.line(),
				node.column(), "'" + codeText + "' is not a GM, WK or BU code", null));
		data.addRegion(new Region(region, node.member("naam").flatMap(Node::asText).orElse("")));
		Map<String, Node> series = node.member("tijdreeksen").flatMap(Node::asObject).orElseThrow(() -> new DataSourceException(
				file, node.line(), node.column(), region + " has no object 'tijdreeksen'", null));
		for (Map.Entry<String, Node> indicator : series.entrySet()) {
			Optional<Variable> variable = variables.get(indicator.getKey());
			if (variable.isEmpty()) {
				continue;
			}
			Map<String, Node> years = indicator.getValue().asObject().orElseThrow(() -> new DataSourceException(file,
					indicator.getValue().line(), indicator.getValue().column(), region + " " + indicator.getKey()
							+ ": expected an object of year: value",
					null));
			for (Map.Entry<String, Node> year : years.entrySet()) {
				Node value = year.getValue();
				if (!year.getKey().matches("(19|20)\\d\\d")) {
					throw new DataSourceException(file, value.line(), value.column(), "'" + year.getKey() + "' is not a year", null);
				}
				String source = file.getFileName() + ", line " + value.line() + " (" + region + " " + indicator.getKey()
						+ " " + year.getKey() + ")";
				int y = Integer.parseInt(year.getKey());
				Observation observation;
				if (value.value() == null) {
					observation = Observation.missing(region, variable.get().id(), y, MissingReason.SUPPRESSED, source);
				} else if (value.value() instanceof Double number) {
					observation = Observation.measured(region, variable.get().id(), y, number, source);
				} else {
					throw new DataSourceException(file, value.line(), value.column(), region + " " + indicator.getKey()
							+ " " + year.getKey() + ": '" + value.value() + "' is not a number or null", null);
				}
				if (!data.add(observation)) {
					throw new DataSourceException(file, value.line(), value.column(), region + " " + indicator.getKey()
							+ " " + year.getKey() + " occurs twice", null);
				}
			}
		}
	}

	private Optional<Variable> variable(Path file, String key, List<Map.Entry<String, Node>> regions,
			Map<String, Node> indicators, CbsData.Builder data) {
		List<Variable> variables = catalogue.variablesForColumn(SourceFormat.SERIES_JSON, key);
		if (variables.isEmpty()) {
			data.warn(file.getFileName() + ": indicator '" + key + "' is not in the variable catalogue and was not read");
			return Optional.empty();
		}
		Variable variable = variables.get(0);
		String declared = indicators.getOrDefault(key, new Node(null, 0, 0)).member("eenheid").flatMap(Node::asText)
				.orElse("");
		Optional<Unit> unit = declaredUnit(declared);
		if (unit.isPresent() && unit.get() == variable.unit()) {
			return Optional.of(variable);
		}
		double max = regions.stream().mapToDouble(region -> maximum(region.getValue().member("tijdreeksen")
				.flatMap(series -> series.member(key)).orElse(new Node(null, 0, 0)))).max().orElse(Double.NaN);
		if (unit.orElse(null) == Unit.PERCENT && variable.unit() == Unit.COUNT && max > 100) {
			data.warn(file.getFileName() + ": indicator '" + key + "' is declared '%' but holds values up to " + max
					+ "; read as the count " + variable.id());
			return Optional.of(variable);
		}
		data.warn(file.getFileName() + ": indicator '" + key + "' has unit '" + declared + "' but " + variable.id()
				+ " is in " + variable.unit() + "; indicator skipped so that units are not mixed");
		return Optional.empty();
	}

	private static Optional<Unit> declaredUnit(String declared) {
		String unit = declared.strip().toLowerCase(Locale.ROOT).replace(" ", "");
		return switch (unit) {
			case "%" -> Optional.of(Unit.PERCENT);
			case "personen", "aantal" -> Optional.of(Unit.COUNT);
			case "x€1.000", "x1000euro", "x€1000" -> Optional.of(Unit.THOUSAND_EURO);
			default -> Optional.empty();
		};
	}

	private static double maximum(Node series) {
		return series.asObject().orElse(Map.of()).values().stream().filter(n -> n.value() instanceof Double)
				.mapToDouble(n -> (Double) n.value()).max().orElse(Double.NEGATIVE_INFINITY);
	}
}
