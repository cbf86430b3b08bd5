package nl.veerkracht.model.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataFormatRegistry;
import nl.veerkracht.gis.core.io.ProgressListener;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.render.Viewport;
import nl.veerkracht.gis.core.style.GraduatedStyle;
import nl.veerkracht.gis.core.style.LabelStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.classify.ClassificationMethod;
import nl.veerkracht.gis.core.style.classify.Classifier;
import nl.veerkracht.gis.core.style.classify.ColorBrewerPalette;
import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.KaartInstelling;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.persistence.AnalyseFiles;
import nl.veerkracht.testsupport.SharedData;

/**
 * The Baarn buurten (PDOK, 21 polygons) styled graduated by inhabitants with natural breaks, kept in an
 * analysis and opened again through the workbench's registered data formats.
 */
class RealDataMapTest {

	@TempDir
	Path folder;

	@Test
	void baarnGraduatedByInhabitantsOpensAgainAsSaved() throws Exception {
		Path file = SharedData.file("baarn/baarn_buurten.geojson");
		DataFormatRegistry formats = DataFormatRegistry.getDefault();
		FeatureCollection buurten = formats.read(file, ProgressListener.NONE).get(0);
		int index = buurten.getSchema().indexOf("aantal_inwoners");
		double[] inwoners = buurten.getFeatures().stream().map((Feature f) -> f.getAttribute(index))
				.mapToDouble(value -> value instanceof Number n && n.doubleValue() >= 0 ? n.doubleValue() : Double.NaN)
				.toArray();
		GraduatedStyle style = GraduatedStyle.of("aantal_inwoners",
				Classifier.classify(inwoners, ClassificationMethod.NATURAL_BREAKS, 5), ColorBrewerPalette.YL_OR_RD,
				SimpleStyle.defaults()).withLabels(LabelStyle.of("buurtnaam"));
		MapContent map = new MapContent(Crs.RD_NEW);
		map.addLayer(new VectorLayer("Baarn — inwoners", buurten, file, style));
		Envelope extent = map.getEnvelope();
		Viewport view = new Viewport(Crs.RD_NEW, extent.centre(), 5, 1280, 1024);
		Path analyseFile = folder.resolve("baarn.veerkracht");
		Analyse analyse = VeerkrachtFactory.eINSTANCE.createAnalyse();
		analyse.setName("Baarn");
		analyse.getKaarten().add(KaartInstellingen.capture("Inwoners per buurt", map, view, analyseFile).kaart());
		AnalyseFiles.save(analyse, analyseFile);

		KaartInstelling kaart = AnalyseFiles.load(analyseFile).getKaarten().get(0);
		MapSnapshot snapshot = KaartInstellingen.restore(kaart, analyseFile, formats, ProgressListener.NONE);

		assertEquals(List.of(), snapshot.problems());
		assertEquals(1, snapshot.layers().size());
		VectorLayer layer = snapshot.layers().get(0).layer();
		assertEquals(style, layer.getStyle());
		assertEquals(21, layer.getFeatures().size());
		assertEquals(5, ((GraduatedStyle) layer.getStyle()).classes().size());
		assertTrue(layer.getEnvelope(Crs.RD_NEW).equals(extent), "the same buurten, reprojected the same way");
		assertEquals(view.getCenter(), snapshot.viewport(1280, 1024).orElseThrow().getCenter());
	}
}
