package nl.veerkracht.model.maps;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.crs.UnknownCrsException;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataFormatRegistry;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.ProgressListener;
import nl.veerkracht.gis.core.io.ReadWarnings;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.style.DefaultStyles;
import nl.veerkracht.gis.core.style.LayerStyle;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;
import nl.veerkracht.gis.core.style.sld.SldException;
import nl.veerkracht.gis.core.style.sld.SldReader;
import nl.veerkracht.gis.core.style.sld.StyleFit;
import nl.veerkracht.model.KaartInstelling;
import nl.veerkracht.model.KaartLaag;

/** Reads the layers of one saved map again; see {@link KaartInstellingen#restore}. */
final class LayerRestorer {

	private final KaartInstelling kaart;
	private final Path analyseFile;
	private final DataFormatRegistry formats;
	private final ProgressListener progress;
	private final Map<Path, List<FeatureCollection>> read = new HashMap<>();
	private final List<RestoredLayer> layers = new ArrayList<>();
	private final List<String> problems = new ArrayList<>();
	private final ReadWarnings warnings = new ReadWarnings();
	private Crs crs = Crs.RD_NEW;

	LayerRestorer(KaartInstelling kaart, Path analyseFile, DataFormatRegistry formats, ProgressListener progress) {
		this.kaart = kaart;
		this.analyseFile = analyseFile;
		this.formats = formats;
		this.progress = progress;
	}

	MapSnapshot restore() {
		String name = kaart.getName() == null ? "" : kaart.getName();
		if (kaart.getCrsCode() != null && !kaart.getCrsCode().isBlank()) {
			try {
				crs = Crs.forCode(kaart.getCrsCode());
			} catch (UnknownCrsException e) {
				problems.add("the map's coordinate system " + kaart.getCrsCode() + " is not known (" + e.getMessage()
						+ "); it is shown in " + crs.code());
			}
		}
		if (!kaart.getLagen().isEmpty()) {
			for (KaartLaag laag : kaart.getLagen()) {
				restore(laag);
			}
		} else {
			for (String uri : kaart.getLayerUris()) {
				restoreUnstyled(uri);
			}
		}
		Coordinate centre = kaart.getCenterX() == null || kaart.getCenterY() == null ? null
				: new Coordinate(kaart.getCenterX(), kaart.getCenterY());
		double unitsPerPixel = kaart.getScale() == null || !(kaart.getScale() > 0) ? 0
				: MapScale.toUnitsPerPixel(kaart.getScale(), crs);
		return new MapSnapshot(name, crs, centre, unitsPerPixel, layers, problems, warnings.list());
	}

	private void restore(KaartLaag laag) {
		String title = laag.getTitle() == null || laag.getTitle().isBlank() ? "?" : laag.getTitle();
		Optional<List<FeatureCollection>> collections = readFile(laag.getSourceUri(), title);
		if (collections.isEmpty()) {
			return;
		}
		Optional<FeatureCollection> features = pick(collections.get(), laag.getLayerName(), title, laag.getSourceUri());
		if (features.isEmpty()) {
			return;
		}
		LayerStyle style = styleOf(laag, title, features.get())
				.orElseGet(() -> SingleSymbolStyle.of(DefaultStyles.next(layers.size())));
		double opacity = Math.min(1, Math.max(0, laag.getOpacity()));
		add(new VectorLayer(title, features.get(), pathOf(laag.getSourceUri()), style), laag.isVisible(), opacity);
	}

	private void restoreUnstyled(String uri) {
		Optional<List<FeatureCollection>> collections = readFile(uri, uri);
		if (collections.isEmpty()) {
			return;
		}
		Path file = pathOf(uri);
		String base = titleOf(file);
		for (FeatureCollection features : collections.get()) {
			String title = collections.get().size() == 1 ? base : base + " \u2014 " + features.getSchema().getName();
			add(new VectorLayer(title, features, file, DefaultStyles.next(layers.size())), true, 1);
		}
	}

	private void add(VectorLayer layer, boolean visible, double opacity) {
		layer.getEnvelope(crs);
		layers.add(new RestoredLayer(layer, visible, opacity));
	}

	/** The layers of a data file, read once even when several map layers show it. */
	private Optional<List<FeatureCollection>> readFile(String uri, String title) {
		if (uri == null || uri.isBlank()) {
			problems.add("layer \"" + title + "\": the map does not say which file it shows");
			return Optional.empty();
		}
		Path file;
		try {
			file = LayerLocations.toPath(uri, analyseFile);
		} catch (IllegalArgumentException e) {
			problems.add("layer \"" + title + "\": " + uri + " is not a usable file location (" + e.getMessage() + ")");
			return Optional.empty();
		}
		List<FeatureCollection> cached = read.get(file);
		if (cached != null) {
			return Optional.of(cached);
		}
		if (!Files.isRegularFile(file)) {
			problems.add(file.getFileName() + ": the file does not exist (layer \"" + title + "\", " + file + ")");
			return Optional.empty();
		}
		try {
			List<FeatureCollection> collections = formats.read(file, progress, warnings);
			read.put(file, collections);
			return Optional.of(collections);
		} catch (DataSourceException e) {
			problems.add(e.getMessage() + " (layer \"" + title + "\", " + file + ")");
			return Optional.empty();
		}
	}

	private Optional<FeatureCollection> pick(List<FeatureCollection> collections, String layerName, String title,
			String uri) {
		for (FeatureCollection collection : collections) {
			if (collection.getSchema().getName().equals(layerName)) {
				return Optional.of(collection);
			}
		}
		if (collections.size() == 1) {
			return Optional.of(collections.get(0));
		}
		problems.add(pathOf(uri).getFileName() + ": the file has no layer \"" + layerName + "\" (layer \"" + title
				+ "\")");
		return Optional.empty();
	}

	private Optional<LayerStyle> styleOf(KaartLaag laag, String title, FeatureCollection features) {
		String sld = laag.getStyle();
		if (sld == null || sld.isBlank()) {
			return Optional.empty();
		}
		String source = "style of layer \"" + title + "\"";
		try {
			return SldReader.forLayer(new SldReader(warnings).read(sld, source), features.getSchema().getName())
					.flatMap(styled -> StyleFit.toLayer(styled.style(), features.getSchema(), source, warnings));
		} catch (SldException e) {
			problems.add("layer \"" + title + "\": the saved style cannot be read, so the default style is shown ("
					+ e.getMessage() + ")");
			return Optional.empty();
		}
	}

	private Path pathOf(String uri) {
		return LayerLocations.toPath(uri, analyseFile);
	}

	private static String titleOf(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
