package nl.veerkracht.cbs.io;

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

import nl.veerkracht.cbs.catalogue.SourceFormat;
import nl.veerkracht.cbs.catalogue.Variable;
import nl.veerkracht.cbs.catalogue.VariableCatalogue;
import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.MissingReason;
import nl.veerkracht.cbs.data.Observation;
import nl.veerkracht.cbs.data.Region;
import nl.veerkracht.cbs.data.RegionCode;
import nl.veerkracht.cbs.internal.CbsNumbers;
import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;

/**
 * Reads the attribute table of a CBS/PDOK Wijk- en Buurtkaart (WBK) in GeoJSON, in any of three schema
 * generations, and maps it through the catalogue. The generation is detected from the columns: the one of
 * {@link SourceFormat#WBK_CLASSIC} (short names, {@code aant_inw}), {@link SourceFormat#WBK_SNAKE_CASE}
 * ({@code aantal_inwoners}) or {@link SourceFormat#WBK_CAMEL_CASE} ({@code aantalInwoners}) of which the
 * catalogue knows the most columns.
 * <p>
 * Each feature is one region; its code is taken from the most detailed code column present
 * (buurt, then wijk, then gemeente). The year is the {@code jaar} attribute, else the year prefix of
 * {@code jrstatcode}, else a year in the file name, else the year the caller gives; without any the read
 * fails. The WBK missing codes -99999999, -99999998, -99999997, -99997 and -99995 and JSON {@code null}
 * become missing values (see {@link MissingReason}); another value of -99990 or below is read as
 * {@link MissingReason#UNKNOWN_OR_SECRET} with a warning, never as a number.
 */
public final class WbkGeoJsonReader {

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");
	private static final List<SourceFormat> GENERATIONS = List.of(SourceFormat.WBK_CLASSIC, SourceFormat.WBK_SNAKE_CASE,
			SourceFormat.WBK_CAMEL_CASE);
	/** Code and name columns, most detailed level first. */
	private static final List<List<String>> CODE_AND_NAME = List.of(List.of("bu_code", "bu_naam"),
			List.of("buurtcode", "buurtnaam"), List.of("wk_code", "wk_naam"), List.of("wijkcode", "wijknaam"),
			List.of("gm_code", "gm_naam"), List.of("gemeentecode", "gemeentenaam"));

	private final VariableCatalogue catalogue;

	/**
	 * Creates a reader that maps columns through a catalogue.
	 *
	 * @param catalogue the variable catalogue
	 */
	public WbkGeoJsonReader(VariableCatalogue catalogue) {
		this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
	}

	/**
	 * The result of reading a WBK file: the boundaries as read and the observations from their attributes.
	 *
	 * @param boundaries the features as read by the core GeoJSON reader
	 * @param generation the detected schema generation
	 * @param data the regions, observations and warnings
	 */
	public record Result(FeatureCollection boundaries, SourceFormat generation, CbsData data) {
	}

	/**
	 * Reads a file whose year is in the data or the file name.
	 *
	 * @param file the GeoJSON file
	 * @return the boundaries and observations
	 * @throws DataSourceException if the file is not GeoJSON, not a WBK attribute table or has no year
	 */
	public Result read(Path file) throws DataSourceException {
		return read(file, OptionalInt.empty());
	}

	/**
	 * Reads a file, using a given year where the file does not state one (the classic WBK has no year
	 * attribute).
	 *
	 * @param file the GeoJSON file
	 * @param fallbackYear the year to use if neither attributes nor file name give one
	 * @return the boundaries and observations
	 * @throws DataSourceException if the file is not GeoJSON, not a WBK attribute table or has no year
	 */
	public Result read(Path file, OptionalInt fallbackYear) throws DataSourceException {
		FeatureCollection boundaries = new GeoJsonReader().read(file);
		List<String> columns = boundaries.getSchema().getAttributes().stream().map(AttributeDescriptor::name).toList();
		SourceFormat generation = detect(columns).orElseThrow(() -> new DataSourceException(file,
				"not a Wijk- en Buurtkaart attribute table: none of its " + columns.size()
						+ " columns is a known WBK column (aant_inw, aantal_inwoners, aantalInwoners, ...)",
				null));
		List<String> codeAndName = CODE_AND_NAME.stream().filter(pair -> columns.contains(pair.get(0))).findFirst()
				.orElseThrow(() -> new DataSourceException(file, "no region code column (bu_code, buurtcode, wk_code, "
						+ "wijkcode, gm_code, gemeentecode) among " + columns, null));
		CbsData.Builder data = new CbsData.Builder();
		Map<String, Variable> mapped = new LinkedHashMap<>();
		for (String column : columns) {
			List<Variable> variables = catalogue.variablesForColumn(generation, column);
			if (!variables.isEmpty()) {
				mapped.put(column, variables.get(0));
			}
		}
		int unknown = columns.size() - mapped.size();
		if (unknown > 0) {
			data.warn(file.getFileName() + ": " + unknown + " of " + columns.size()
					+ " attributes are not in the variable catalogue and were not read");
		}
		List<Feature> features = boundaries.getFeatures();
		for (int index = 0; index < features.size(); index++) {
			Feature feature = features.get(index);
			String where = file.getFileName() + ", feature " + (index + 1);
			Object codeValue = feature.getAttribute(codeAndName.get(0));
			RegionCode region = RegionCode.parse(codeValue == null ? null : codeValue.toString())
					.orElseThrow(() -> new DataSourceException(file, "feature " + feature.getId() + ": '" + codeValue
							+ "' in " + codeAndName.get(0) + " is not a GM, WK or BU code", null));
			int year = year(file, feature, fallbackYear).orElseThrow(() -> new DataSourceException(file,
					"no year: no 'jaar' or 'jrstatcode' attribute, no year in the file name, and none given", null));
			Object name = columns.contains(codeAndName.get(1)) ? feature.getAttribute(codeAndName.get(1)) : null;
			data.addRegion(new Region(region, name == null ? "" : name.toString()));
			for (Map.Entry<String, Variable> column : mapped.entrySet()) {
				String source = where + " (" + region + "), attribute " + column.getKey();
				Observation observation = observation(file, feature.getAttribute(column.getKey()), region,
						column.getValue(), year, source, data);
				if (!data.add(observation)) {
					throw new DataSourceException(file, where + ": region " + region + " occurs twice", null);
				}
			}
		}
		return new Result(boundaries, generation, data.build());
	}

	private Optional<SourceFormat> detect(List<String> columns) {
		SourceFormat best = null;
		int bestCount = 0;
		for (SourceFormat generation : GENERATIONS) {
			int count = catalogue.countKnownColumns(generation, columns);
			if (count > bestCount) {
				best = generation;
				bestCount = count;
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * Tells whether a list of attribute names looks like a WBK table (used to recognise files).
	 *
	 * @param columns the attribute names
	 * @return {@code true} if some are known WBK columns and one is a region code column
	 */
	boolean looksLikeWbk(List<String> columns) {
		return detect(columns).isPresent() && CODE_AND_NAME.stream().anyMatch(pair -> columns.contains(pair.get(0)));
	}

	private static OptionalInt year(Path file, Feature feature, OptionalInt fallbackYear) {
		List<String> candidates = new ArrayList<>();
		if (feature.getSchema().indexOf("jaar") >= 0 && feature.getAttribute("jaar") != null) {
			candidates.add(feature.getAttribute("jaar").toString());
		}
		if (feature.getSchema().indexOf("jrstatcode") >= 0 && feature.getAttribute("jrstatcode") != null) {
			String statcode = feature.getAttribute("jrstatcode").toString();
			candidates.add(statcode.length() >= 4 ? statcode.substring(0, 4) : statcode);
		}
		candidates.add(String.valueOf(file.getFileName()));
		for (String candidate : candidates) {
			Matcher matcher = YEAR.matcher(candidate);
			if (matcher.find()) {
				return OptionalInt.of(Integer.parseInt(matcher.group(1)));
			}
		}
		return fallbackYear;
	}

	private static Observation observation(Path file, Object value, RegionCode region, Variable variable, int year,
			String source, CbsData.Builder data) throws DataSourceException {
		if (value == null) {
			return Observation.missing(region, variable.id(), year, MissingReason.BLANK, source);
		}
		double number;
		if (value instanceof Number n) {
			number = n.doubleValue();
		} else {
			String text = value.toString().strip();
			Optional<MissingReason> symbol = CbsNumbers.symbol(text);
			if (symbol.isPresent()) {
				return Observation.missing(region, variable.id(), year, symbol.get(), source);
			}
			number = CbsNumbers.parse(text).orElseThrow(() -> new DataSourceException(file,
					source + ": '" + text + "' is not a number", null));
		}
		Optional<MissingReason> code = CbsNumbers.wbkCode(number);
		if (code.isPresent()) {
			return Observation.missing(region, variable.id(), year, code.get(), source);
		}
		if (CbsNumbers.looksLikeUnknownCode(number)) {
			data.warn(source + ": unlisted missing code " + number + " read as missing (UNKNOWN_OR_SECRET)");
			return Observation.missing(region, variable.id(), year, MissingReason.UNKNOWN_OR_SECRET, source);
		}
		return Observation.measured(region, variable.id(), year, number, source);
	}
}
