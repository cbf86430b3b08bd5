package nl.veerkracht.scoring.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.AttributeType;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;

/**
 * Writes {@code scores.csv}: one row per buurt with the attributes of the signal-map layer
 * ({@link nl.veerkracht.scoring.run.SignalMapLayer}) in the same order — {@code bu_code, naam, gm_code,
 * jaar}, one column per indicator (its raw value in its own unit, named by the indicator id),
 * {@code kwetsbaarheid, klasse, reden, draagkracht, trend, vroeg_signaal, hotspot, robuustheid, fragiel}.
 * <p>
 * Format: UTF-8 without byte order mark, comma-separated, a header row, {@code \n} line ends; numbers with a
 * decimal point and no thousands separator; a missing number is an empty field (never 0); booleans are
 * {@code true}/{@code false}; text fields containing a comma, quote or line break are quoted with
 * {@code "} and inner quotes doubled (RFC 4180).
 * <p>
 * Beside it, {@link #writeTypes} writes the companion {@code scores.csvt} that GDAL and QGIS read to type
 * the columns instead of taking them all as text.
 */
public final class ScoresCsvWriter {

	private ScoresCsvWriter() {
	}

	/**
	 * Writes the layer's attributes (not its geometries).
	 *
	 * @param layer the signal-map layer
	 * @param file  the file to create or replace
	 * @throws IOException when the file cannot be written
	 */
	public static void write(FeatureCollection layer, Path file) throws IOException {
		List<AttributeDescriptor> attributes = layer.getSchema().getAttributes();
		try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			for (int a = 0; a < attributes.size(); a++) {
				writer.write((a > 0 ? "," : "") + field(attributes.get(a).name()));
			}
			writer.write('\n');
			for (Feature feature : layer.getFeatures()) {
				for (int a = 0; a < attributes.size(); a++) {
					writer.write((a > 0 ? "," : "") + field(feature.getAttribute(a)));
				}
				writer.write('\n');
			}
		}
	}

	/**
	 * Writes the GDAL/QGIS column types of the layer's attributes as a {@code .csvt} file: one line with a quoted
	 * type per column, in the order of {@link #write}: {@code "String"}, {@code "Integer"}, {@code "Real"} or
	 * {@code "Integer(Boolean)"} (GDAL reads our {@code true}/{@code false} as such).
	 *
	 * @param layer the signal-map layer
	 * @param file  the file to create or replace, named as the CSV file with {@code .csvt}
	 * @throws IOException when the file cannot be written
	 */
	public static void writeTypes(FeatureCollection layer, Path file) throws IOException {
		List<AttributeDescriptor> attributes = layer.getSchema().getAttributes();
		StringBuilder line = new StringBuilder();
		for (int a = 0; a < attributes.size(); a++) {
			line.append(a > 0 ? "," : "").append('"').append(csvType(attributes.get(a).type())).append('"');
		}
		Files.writeString(file, line.append('\n'), StandardCharsets.UTF_8);
	}

	private static String csvType(AttributeType type) {
		return switch (type) {
			case STRING -> "String";
			case INTEGER -> "Integer";
			case REAL -> "Real";
			case BOOLEAN -> "Integer(Boolean)";
		};
	}

	/**
	 * Formats one field.
	 *
	 * @param value a text, number, boolean or {@code null}
	 * @return the CSV field
	 */
	static String field(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double number) {
			return Double.isFinite(number) ? BigDecimal.valueOf(number).stripTrailingZeros().toPlainString() : "";
		}
		String text = value.toString();
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}
}
