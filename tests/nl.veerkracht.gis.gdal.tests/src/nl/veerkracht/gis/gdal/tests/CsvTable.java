package nl.veerkracht.gis.gdal.tests;

import java.util.ArrayList;
import java.util.List;

/**
 * A CSV table as GDAL's CSV driver writes it (RFC 4180: comma-separated, fields with commas, quotes or
 * line breaks in double quotes, inner quotes doubled). GDAL writes a NULL value as an empty field.
 *
 * @param header the column names
 * @param rows   the rows, each as long as the header
 */
record CsvTable(List<String> header, List<List<String>> rows) {

	static CsvTable parse(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> current = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStarted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"') {
				quoted = true;
				fieldStarted = true;
			} else if (c == ',') {
				current.add(field.toString());
				field.setLength(0);
				fieldStarted = false;
			} else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				current.add(field.toString());
				records.add(current);
				current = new ArrayList<>();
				field.setLength(0);
				fieldStarted = false;
			} else {
				field.append(c);
				fieldStarted = true;
			}
		}
		if (fieldStarted || !current.isEmpty()) {
			current.add(field.toString());
			records.add(current);
		}
		return new CsvTable(records.get(0), records.subList(1, records.size()));
	}

	int column(String name) {
		return header.indexOf(name);
	}
}
