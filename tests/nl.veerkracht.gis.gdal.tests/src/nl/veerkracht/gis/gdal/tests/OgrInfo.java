package nl.veerkracht.gis.gdal.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layers that {@code ogrinfo -so -al} reports: name, geometry type, feature count, EPSG code of the
 * layer CRS and the fields with their OGR types.
 *
 * @param name         the layer name
 * @param geometryType e.g. {@code Multi Polygon}
 * @param featureCount the number of features
 * @param epsgCode     the EPSG code of the layer CRS (its outermost {@code ID["EPSG",...]}), or 0
 * @param fields       field name to OGR type, e.g. {@code Integer64}, {@code Integer(Boolean)}, in order
 */
record OgrInfo(String name, String geometryType, long featureCount, int epsgCode, Map<String, String> fields) {

	private static final Pattern FIELD = Pattern.compile("^(.+): (\\w+(?:\\(\\w+\\))?) \\(\\d+\\.\\d+\\)(?: .*)?$");
	private static final Pattern EPSG = Pattern.compile("(?:ID|AUTHORITY)\\[\"EPSG\",\"?(\\d+)\"?\\]");

	/**
	 * Parses the summary output of {@code ogrinfo -so -al}.
	 *
	 * @param output the output
	 * @return the layers in the order reported
	 */
	static List<OgrInfo> parse(String output) {
		List<OgrInfo> layers = new ArrayList<>();
		String[] blocks = output.split("\nLayer name: ");
		for (int b = 1; b < blocks.length; b++) {
			String[] lines = blocks[b].split("\n");
			String geometryType = "";
			long count = -1;
			StringBuilder srs = new StringBuilder();
			Map<String, String> fields = new LinkedHashMap<>();
			boolean inSrs = false;
			for (int i = 1; i < lines.length; i++) {
				String line = lines[i];
				if (line.startsWith("Geometry: ")) {
					geometryType = line.substring("Geometry: ".length());
				} else if (line.startsWith("Feature Count: ")) {
					count = Long.parseLong(line.substring("Feature Count: ".length()).trim());
				} else if (line.startsWith("Layer SRS WKT:")) {
					inSrs = true;
				} else if (inSrs && (line.startsWith(" ") || line.matches("^[A-Z]+\\[.*"))) {
					srs.append(line.trim());
				} else {
					inSrs = false;
					Matcher field = FIELD.matcher(line);
					if (field.matches() && !line.startsWith("Data axis") && !line.startsWith("FID Column")
							&& !line.startsWith("Geometry Column")) {
						fields.put(field.group(1), field.group(2));
					}
				}
			}
			layers.add(new OgrInfo(lines[0].trim(), geometryType, count, outermostEpsg(srs.toString()), fields));
		}
		return layers;
	}

	private static int outermostEpsg(String wkt) {
		Matcher matcher = EPSG.matcher(wkt);
		int code = 0;
		while (matcher.find()) {
			code = Integer.parseInt(matcher.group(1));
		}
		return code;
	}
}
