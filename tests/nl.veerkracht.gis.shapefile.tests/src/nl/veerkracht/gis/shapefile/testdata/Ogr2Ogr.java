package nl.veerkracht.gis.shapefile.testdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs GDAL's {@code ogr2ogr} to make shapefiles from real data at test time (the repository holds no
 * shapefiles). Fails with a clear message when GDAL is not installed (Debian/Ubuntu: {@code gdal-bin}).
 */
public final class Ogr2Ogr {

	private Ogr2Ogr() {
	}

	/**
	 * Converts a file to an ESRI Shapefile.
	 *
	 * @param source   the input, e.g. a GeoJSON file
	 * @param shp      the {@code .shp} to write
	 * @param encoding the {@code ENCODING} layer option, e.g. {@code UTF-8} or {@code ISO-8859-1}
	 * @param extra    further arguments, e.g. {@code -limit 10}
	 * @return the {@code .shp}
	 */
	public static Path toShapefile(Path source, Path shp, String encoding, String... extra) {
		List<String> command = new ArrayList<>(List.of("ogr2ogr", "-f", "ESRI Shapefile", shp.toString(),
				source.toString(), "-lco", "ENCODING=" + encoding));
		command.addAll(List.of(extra));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int exit = process.waitFor();
			if (exit != 0) {
				throw new IllegalStateException("ogr2ogr failed (exit " + exit + "): " + command + "\n" + output);
			}
			return shp;
		} catch (IOException e) {
			throw new IllegalStateException("These tests need GDAL's ogr2ogr on the PATH to make shapefiles from"
					+ " the shared data (apt-get install gdal-bin): " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running ogr2ogr", e);
		}
	}
}
