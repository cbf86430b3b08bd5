package nl.veerkracht.model.maps;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.io.DataFormatRegistry;
import nl.veerkracht.gis.core.io.ProgressListener;
import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.render.Viewport;
import nl.veerkracht.gis.core.style.sld.GeometryKind;
import nl.veerkracht.gis.core.style.sld.SldWriter;
import nl.veerkracht.gis.core.style.sld.StyledLayer;
import nl.veerkracht.model.KaartInstelling;
import nl.veerkracht.model.KaartLaag;
import nl.veerkracht.model.VeerkrachtFactory;

/**
 * Keeps maps in analyses: {@link #capture} turns a map and its view into a {@link KaartInstelling} (each
 * layer with its data file, relative to the analysis where it can be, and its style as SLD), and
 * {@link #restore} reads the data files again and styles the layers as saved. A file that is missing or
 * broken is reported by name and leaves the other layers alone; restoring never changes the analysis.
 */
public final class KaartInstellingen {

	private KaartInstellingen() {
	}

	/**
	 * Captures a map for saving in an analysis. Layers that were not read from a file cannot be opened again
	 * and are left out; their titles are returned.
	 *
	 * @param name        the map's name
	 * @param map         the map
	 * @param viewport    the part of the map shown
	 * @param analyseFile the analysis file the map will be kept in; data files are kept relative to its folder
	 * @return the map's settings, not yet part of the analysis, and the layers left out
	 */
	public static MapCapture capture(String name, MapContent map, Viewport viewport, Path analyseFile) {
		Crs crs = map.getCrs();
		KaartInstelling kaart = VeerkrachtFactory.eINSTANCE.createKaartInstelling();
		kaart.setName(name);
		kaart.setCrsCode(crs.code());
		Coordinate centre = viewport.getCenter();
		kaart.setCenterX(centre.getX());
		kaart.setCenterY(centre.getY());
		kaart.setScale(MapScale.toDenominator(viewport.getScale(), crs));
		List<String> skipped = new ArrayList<>();
		for (Layer layer : map.layers()) {
			if (layer instanceof VectorLayer vector && vector.getSource().isPresent()) {
				kaart.getLagen().add(toKaartLaag(vector, vector.getSource().get(), analyseFile));
			} else {
				skipped.add(layer.getTitle());
			}
		}
		return new MapCapture(kaart, skipped);
	}

	private static KaartLaag toKaartLaag(VectorLayer layer, Path source, Path analyseFile) {
		KaartLaag laag = VeerkrachtFactory.eINSTANCE.createKaartLaag();
		String layerName = layer.getFeatures().getSchema().getName();
		laag.setTitle(layer.getTitle());
		laag.setSourceUri(LayerLocations.toUri(source, analyseFile));
		laag.setLayerName(layerName);
		laag.setVisible(layer.isVisible());
		laag.setOpacity(layer.getOpacity());
		laag.setStyle(SldWriter.toXml(List.of(new StyledLayer(layerName, layer.getStyle(),
				GeometryKind.of(layer.getFeatures())))));
		return laag;
	}

	/**
	 * Reads a saved map again: each layer from its data file, styled as saved. Call it in a background job:
	 * the files are read and reprojected to the map CRS here.
	 *
	 * @param kaart       the saved map; it is not changed
	 * @param analyseFile the analysis file the map is kept in, against which relative locations resolve
	 * @param formats     the data formats that read the files
	 * @param progress    told of progress while each file is read, and asked whether to go on
	 * @return the map with the layers that could be read and the problems of the others
	 * @throws java.util.concurrent.CancellationException when the progress listener cancels
	 */
	public static MapSnapshot restore(KaartInstelling kaart, Path analyseFile, DataFormatRegistry formats,
			ProgressListener progress) {
		return new LayerRestorer(kaart, analyseFile, formats, progress).restore();
	}
}
