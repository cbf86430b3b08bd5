package nl.veerkracht.gis.core.io.geojson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small GeoJSON test documents; single quotes in the text become double quotes. */
final class GeoJsonFiles {

	private GeoJsonFiles() {
	}

	static Path write(Path folder, String name, String json) throws IOException {
		return Files.writeString(folder.resolve(name), json.replace('\'', '"'), StandardCharsets.UTF_8);
	}

	static String collection(String... features) {
		return "{'type': 'FeatureCollection', 'features': [" + String.join(",\n", features) + "]}";
	}

	static String pointFeature(String properties) {
		return "{'type': 'Feature', 'geometry': {'type': 'Point', 'coordinates': [5.1, 52.1]}, 'properties': "
				+ properties + "}";
	}
}
