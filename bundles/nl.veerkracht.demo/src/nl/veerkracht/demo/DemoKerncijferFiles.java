package nl.veerkracht.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.veerkracht.cbs.catalogue.SourceFormat;
import nl.veerkracht.cbs.catalogue.VariableCatalogue;
import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.AttributeType;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.feature.FeatureSchema;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.geojson.GeoJsonWriter;

/**
 * Writes the demo's buurten of {@link DemoGemeente#FIRST_YEAR}–{@link DemoGemeente#YEAR} as Wijk- en
 * Buurtkaart GeoJSON files (the 2024 snake_case schema, column names from the CBS variable catalogue), one
 * per year, so that the demo goes through exactly the path real CBS files take: the CBS import reads them as
 * Kerncijfers, and the last one serves as the buurt boundaries. Suppressed figures are JSON {@code null}, as
 * in the real files. Every feature keeps its {@code bron} attribute: the figures are invented.
 */
public final class DemoKerncijferFiles {

	/** The name of a year's file, e.g. {@code veerhaven_wijkenbuurten_2024.geojson}. */
	public static final String FILE_NAME = "veerhaven_wijkenbuurten_%d.geojson";

	private static final String ONE_PERSON_COUNT = "a_1p_hh";
	private static final String ONE_PERSON_SHARE = "p_1p_hh";
	private static final String HOUSEHOLDS = "a_hh";

	private DemoKerncijferFiles() {
	}

	/**
	 * Writes the files that are not there yet; existing files (perhaps changed by the analyst) are kept.
	 *
	 * @param demo   the demo municipality
	 * @param folder the folder to write into; made when missing
	 * @return the files of all years, oldest first
	 * @throws DataSourceException when a file cannot be written; the message names it
	 */
	public static List<Path> write(DemoGemeente demo, Path folder) throws DataSourceException {
		try {
			Files.createDirectories(folder);
		} catch (java.io.IOException e) {
			throw new DataSourceException(folder, "cannot create the folder (" + e.getMessage() + ")", e);
		}
		VariableCatalogue catalogue = VariableCatalogue.standard();
		List<Path> files = new ArrayList<>();
		for (int year = DemoGemeente.FIRST_YEAR; year <= DemoGemeente.YEAR; year++) {
			Path file = folder.resolve(String.format(FILE_NAME, year));
			if (!Files.exists(file)) {
				GeoJsonWriter.keepingCrs().write(file, asWijkEnBuurtkaart(demo.buurten(year), catalogue), (d, t) -> true);
			}
			files.add(file);
		}
		return files;
	}

	/**
	 * Renames the KWB short codes of the demo's buurten to Wijk- en Buurtkaart 2024 columns.
	 *
	 * @param buurten   the demo buurten of one year
	 * @param catalogue the variable catalogue
	 * @return the same buurten with WBK column names
	 */
	static FeatureCollection asWijkEnBuurtkaart(FeatureCollection buurten, VariableCatalogue catalogue) {
		Map<String, String> columns = new LinkedHashMap<>();
		columns.put("gwb_code", "buurtcode");
		columns.put("regio", "buurtnaam");
		columns.put("wk_code", "wijkcode");
		columns.put("wk_naam", "wijknaam");
		columns.put("gm_code", "gemeentecode");
		columns.put("gm_naam", "gemeentenaam");
		columns.put("jaar", "jaar");
		columns.put("bron", "bron");
		for (AttributeDescriptor attribute : buurten.getSchema().getAttributes()) {
			wbkColumn(catalogue, attribute.name()).ifPresent(column -> columns.put(attribute.name(), column));
		}
		Optional<String> onePersonShare = wbkColumn(catalogue, ONE_PERSON_SHARE);
		List<AttributeDescriptor> attributes = new ArrayList<>();
		for (Map.Entry<String, String> column : columns.entrySet()) {
			attributes.add(new AttributeDescriptor(column.getValue(), buurten.getSchema().attribute(
					buurten.getSchema().indexOf(column.getKey())).type()));
		}
		onePersonShare.ifPresent(column -> attributes.add(new AttributeDescriptor(column, AttributeType.REAL)));
		FeatureSchema schema = new FeatureSchema("wijkenbuurten", attributes);
		List<Feature> features = new ArrayList<>();
		for (Feature buurt : buurten.getFeatures()) {
			Object[] values = new Object[schema.size()];
			int i = 0;
			for (String source : columns.keySet()) {
				values[i++] = buurt.getAttribute(source);
			}
			if (onePersonShare.isPresent()) {
				values[i] = share(buurt.getAttribute(ONE_PERSON_COUNT), buurt.getAttribute(HOUSEHOLDS));
			}
			features.add(new Feature(buurt.getId(), buurt.getGeometry(), schema, values));
		}
		return new FeatureCollection(schema, features, Crs.RD_NEW);
	}

	private static Optional<String> wbkColumn(VariableCatalogue catalogue, String id) {
		return catalogue.variable(id).flatMap(variable -> variable.columnsIn(SourceFormat.WBK_SNAKE_CASE).stream().findFirst());
	}

	private static Double share(Object count, Object total) {
		if (count instanceof Number c && total instanceof Number t && t.doubleValue() > 0) {
			return Math.round(1000 * c.doubleValue() / t.doubleValue()) / 10.0;
		}
		return null;
	}
}
