package nl.veerkracht.gis.core.style.sld;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.ReadWarning;
import nl.veerkracht.gis.core.io.WarningSink;
import nl.veerkracht.gis.core.style.LayerStyle;

/**
 * The style file beside a data file, as QGIS keeps a {@code .qml}: {@code buurten.sld} beside
 * {@code buurten.geojson} (or {@code buurten.shp}, {@code buurten.gpkg}), an SLD document with one
 * {@code NamedLayer} per layer of the data file, named after the layer. When the data file is opened, the
 * style of each layer is taken from it; a style file that cannot be read, or does not fit the layer, is
 * told as a warning that names the style file, and the layer gets its default style. Saving writes the file safely: an existing one
 * stays intact until the new one is complete.
 */
public final class SldSidecar {

	/** The extension of style files, without the dot. */
	public static final String EXTENSION = "sld";

	private final Path file;
	private final List<StyledLayer> styles;

	private SldSidecar(Path file, List<StyledLayer> styles) {
		this.file = file;
		this.styles = styles;
	}

	/**
	 * Returns where the style file of a data file is: beside it, with the same name and the extension
	 * {@value #EXTENSION} instead of its own.
	 *
	 * @param dataFile the data file
	 * @return the style file, which need not exist
	 */
	public static Path fileOf(Path dataFile) {
		String name = dataFile.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String base = dot > 0 ? name.substring(0, dot) : name;
		return dataFile.resolveSibling(base + "." + EXTENSION);
	}

	/**
	 * Reads the style file of a data file, if there is one. Never fails: a style file that cannot be read
	 * is told as a warning and treated as absent.
	 *
	 * @param dataFile the data file
	 * @param warnings receives what went wrong or was read differently, naming the style file and line
	 * @return the style file's styles; without styles when there is no readable style file
	 */
	public static SldSidecar load(Path dataFile, WarningSink warnings) {
		Path file = fileOf(dataFile);
		if (!Files.isRegularFile(file)) {
			return new SldSidecar(file, List.of());
		}
		try {
			return new SldSidecar(file, new SldReader(about(file, warnings)).read(file));
		} catch (SldException e) {
			warnings.warn(new ReadWarning(file.getFileName().toString(), "the style file " + file.getFileName()
					+ " cannot be used, so the default style is shown: " + e.getMessage()));
			return new SldSidecar(file, List.of());
		}
	}

	/**
	 * Returns the style for one layer of the data file: the {@code NamedLayer} named as the layer, or the
	 * only one, if it fits the layer's attributes (see {@link StyleFit}).
	 *
	 * @param features the layer as read from the data file
	 * @param warnings receives what does not fit
	 * @return the style, or empty when the style file has none for the layer
	 */
	public Optional<LayerStyle> styleFor(FeatureCollection features, WarningSink warnings) {
		return SldReader.forLayer(styles, features.getSchema().getName()).flatMap(layer -> StyleFit
				.toLayer(layer.style(), features.getSchema(), file.getFileName().toString(), about(file, warnings)));
	}

	/**
	 * Warnings that say they are about the style file, as they are shown among those of the data file:
	 * "the style file buurten.sld, line 12: …".
	 */
	private static WarningSink about(Path file, WarningSink warnings) {
		String name = file.getFileName().toString();
		return warning -> warnings.warn(new ReadWarning(name, "the style file " + name
				+ (warning.message().startsWith("line ") ? ", " : ": ") + warning.message()));
	}

	/** @return the style file, which need not exist */
	public Path file() {
		return file;
	}

	/** @return the styles read from it, empty when there is no readable style file */
	public List<StyledLayer> styles() {
		return styles;
	}

	/**
	 * Returns what the style file should hold once the styles of some of the data file's layers are saved:
	 * those styles, in place of the ones of the same name, and the styles of the file's other layers as they
	 * were. A style file of one layer is simply replaced, as it belongs to the data file's one layer whatever
	 * its name.
	 *
	 * @param saved the styles being saved, named after their layers
	 * @return the styles to write, in the file's order with new layers last
	 */
	public List<StyledLayer> with(List<StyledLayer> saved) {
		if (styles.size() <= 1) {
			return List.copyOf(saved);
		}
		Map<String, StyledLayer> byName = new LinkedHashMap<>();
		for (StyledLayer layer : saved) {
			byName.put(layer.name(), layer);
		}
		List<StyledLayer> result = new ArrayList<>();
		for (StyledLayer old : styles) {
			StyledLayer replacement = byName.remove(old.name());
			result.add(replacement != null ? replacement : old);
		}
		result.addAll(byName.values());
		return List.copyOf(result);
	}

	/**
	 * Writes the style file of a data file.
	 *
	 * @param dataFile the data file
	 * @param layers   the style of each of its layers, named after the layer
	 * @return the style file written
	 * @throws DataSourceException naming the style file when it cannot be written
	 */
	public static Path save(Path dataFile, List<StyledLayer> layers) throws DataSourceException {
		Path file = fileOf(dataFile);
		SldWriter.write(file, layers);
		return file;
	}
}
