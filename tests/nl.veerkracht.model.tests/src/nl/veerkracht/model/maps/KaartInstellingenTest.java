package nl.veerkracht.model.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.feature.FeatureSchema;
import nl.veerkracht.gis.core.io.ProgressListener;
import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.render.Viewport;
import nl.veerkracht.gis.core.style.CategorizedStyle;
import nl.veerkracht.gis.core.style.Category;
import nl.veerkracht.gis.core.style.GraduatedStyle;
import nl.veerkracht.gis.core.style.LabelStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;
import nl.veerkracht.gis.core.style.classify.ClassificationMethod;
import nl.veerkracht.gis.core.style.classify.Classifier;
import nl.veerkracht.gis.core.style.classify.ColorBrewerPalette;
import nl.veerkracht.gis.core.style.classify.NoDataStyle;
import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.KaartInstelling;
import nl.veerkracht.model.KaartLaag;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.persistence.AnalyseFiles;

/**
 * A map saved into an analysis file and opened again has the same layers, in the same order, styled, shown
 * and as opaque as they were, and the same view; missing and broken files are named and the other layers
 * load; the analysis is never changed by opening its map.
 */
class KaartInstellingenTest {

	private static final SimpleStyle BASE = SimpleStyle.defaults();

	@TempDir
	Path folder;

	private Path analyseFile;
	private Path buurten;
	private Path wijken;
	private Path elders;

	@BeforeEach
	void writeData() throws Exception {
		analyseFile = folder.resolve("zaanstad/zaanstad.veerkracht");
		Files.createDirectories(analyseFile.getParent());
		buurten = MapFixtures.squares(folder.resolve("zaanstad/data/buurten 2024.geojson"), "buurten", 5);
		wijken = MapFixtures.squares(folder.resolve("zaanstad/wijken.geojson"), "wijken", 3);
		elders = MapFixtures.squares(folder.resolve("gedeeld/scholen.geojson"), "scholen", 2);
	}

	@Test
	void aSavedMapOpensWithItsLayersStylesOrderVisibilityOpacityAndView() throws Exception {
		MapContent map = new MapContent(Crs.RD_NEW);
		GraduatedStyle graduated = GraduatedStyle.of("aandeel", Classifier.classify(new double[] { 10, 20, 30, 40 },
				ClassificationMethod.NATURAL_BREAKS, 3), ColorBrewerPalette.YL_OR_RD, BASE)
				.withLabels(LabelStyle.of("naam").withScaleRange(0, 20_000));
		CategorizedStyle categorized = new CategorizedStyle("naam", List.of(new Category("vak 1", "Eerste", BASE.withFill(Color.BLUE))),
				BASE.withFill(Color.GREEN), BASE.withFill(NoDataStyle.COLOUR), null);
		SingleSymbolStyle single = SingleSymbolStyle.of(BASE.withFill(Color.MAGENTA).withPointSize(11));
		VectorLayer first = layer("Buurten — aandeel", buurten, graduated);
		VectorLayer second = layer("Wijken", wijken, categorized);
		VectorLayer third = layer("Scholen", elders, single);
		VectorLayer generated = new VectorLayer("Demo", MapFixtures.read(wijken), null, BASE);
		for (VectorLayer layer : List.of(first, generated, second, third)) {
			map.addLayer(layer);
		}
		map.setVisible(second, false);
		map.setOpacity(third, 0.4);
		Viewport view = new Viewport(Crs.RD_NEW, new Coordinate(120_250, 487_050), 1.75, 900, 700);

		MapCapture capture = KaartInstellingen.capture("Signaleringskaart", map, view, analyseFile);
		assertEquals(List.of("Demo"), capture.skippedLayers(), "a layer without a file cannot be opened again");
		Analyse analyse = VeerkrachtFactory.eINSTANCE.createAnalyse();
		analyse.setName("Zaanstad");
		analyse.getKaarten().add(capture.kaart());
		AnalyseFiles.save(analyse, analyseFile);

		KaartInstelling kaart = AnalyseFiles.load(analyseFile).getKaarten().get(0);
		assertEquals(List.of("data/buurten%202024.geojson", "wijken.geojson", elders.toUri().toString()),
				kaart.getLagen().stream().map(KaartLaag::getSourceUri).toList(),
				"data in the analysis folder relative to it, other data absolute");
		assertEquals(6250, kaart.getScale(), 1e-6, "1.75 m per pixel of 0.28 mm is 1:6250");
		MapSnapshot snapshot = KaartInstellingen.restore(kaart, analyseFile, MapFixtures.GEOJSON, ProgressListener.NONE);

		assertEquals(List.of(), snapshot.problems());
		assertEquals(List.of(), snapshot.warnings());
		assertEquals("Signaleringskaart", snapshot.name());
		MapContent reopened = new MapContent(Crs.WGS84);
		reopened.addLayer(new VectorLayer("oud", MapFixtures.read(wijken), null, BASE));
		snapshot.applyTo(reopened);
		assertEquals(Crs.RD_NEW, reopened.getCrs());
		List<Layer> layers = reopened.layers();
		assertEquals(List.of("Buurten — aandeel", "Wijken", "Scholen"), layers.stream().map(Layer::getTitle).toList());
		assertEquals(List.of(graduated, categorized, single), layers.stream().map(Layer::getStyle).toList());
		assertEquals(List.of(true, false, true), layers.stream().map(Layer::isVisible).toList());
		assertEquals(List.of(1.0, 1.0, 0.4), layers.stream().map(Layer::getOpacity).toList());
		assertEquals(buurten, ((VectorLayer) layers.get(0)).getSource().orElseThrow().toAbsolutePath());
		assertEquals(5, ((VectorLayer) layers.get(0)).getFeatures().size());
		Viewport restored = snapshot.viewport(900, 700).orElseThrow();
		assertEquals(view.getCenter(), restored.getCenter());
		assertEquals(view.getScale(), restored.getScale(), 1e-12);
	}

	@Test
	void missingAndBrokenFilesAreNamedTheOtherLayersLoadAndTheAnalysisStaysAsItWas() throws Exception {
		MapContent map = new MapContent(Crs.RD_NEW);
		map.addLayer(layer("Buurten", buurten, SingleSymbolStyle.of(BASE)));
		map.addLayer(layer("Wijken", wijken, SingleSymbolStyle.of(BASE)));
		map.addLayer(layer("Scholen", elders, SingleSymbolStyle.of(BASE)));
		KaartInstelling kaart = KaartInstellingen.capture("Kaart", map, viewport(), analyseFile).kaart();
		KaartInstelling before = EcoreUtil.copy(kaart);
		Files.delete(buurten);
		Files.writeString(elders, "{\"type\": \"FeatureCollection\", \"features\": [,]}");

		MapSnapshot snapshot = KaartInstellingen.restore(kaart, analyseFile, MapFixtures.GEOJSON, ProgressListener.NONE);

		assertEquals(List.of("Wijken"), snapshot.layers().stream().map(r -> r.layer().getTitle()).toList());
		assertEquals(2, snapshot.problems().size(), snapshot.problems()::toString);
		assertTrue(snapshot.problems().get(0).startsWith("buurten 2024.geojson: the file does not exist (layer \"Buurten\", "),
				snapshot.problems().get(0));
		assertTrue(snapshot.problems().get(1).startsWith("scholen.geojson, line 1, column "), snapshot.problems().get(1));
		assertTrue(snapshot.problems().get(1).endsWith("(layer \"Scholen\", " + elders + ")"), snapshot.problems().get(1));
		assertTrue(EcoreUtil.equals(before, kaart), "restoring does not change the saved map");
	}

	@Test
	void aStyleThatCannotBeReadOrDoesNotFitFallsBackToTheDefaultStyleWithAProblem() throws Exception {
		MapContent map = new MapContent(Crs.RD_NEW);
		map.addLayer(layer("Buurten", buurten, SingleSymbolStyle.of(BASE)));
		map.addLayer(layer("Wijken", wijken, new CategorizedStyle("bestaat_niet", List.of(), BASE, BASE, null)));
		KaartInstelling kaart = KaartInstellingen.capture("Kaart", map, viewport(), analyseFile).kaart();
		kaart.getLagen().get(0).setStyle("<StyledLayerDescriptor><NamedLayer>");

		MapSnapshot snapshot = KaartInstellingen.restore(kaart, analyseFile, MapFixtures.GEOJSON, ProgressListener.NONE);

		assertEquals(2, snapshot.layers().size());
		for (RestoredLayer restored : snapshot.layers()) {
			assertTrue(restored.layer().getStyle() instanceof SingleSymbolStyle, restored.layer().getStyle().toString());
		}
		assertEquals(1, snapshot.problems().size(), snapshot.problems()::toString);
		assertTrue(snapshot.problems().get(0).startsWith("layer \"Buurten\": the saved style cannot be read, so the default "
				+ "style is shown (style of layer \"Buurten\", line 1, column "), snapshot.problems().get(0));
		assertEquals(1, snapshot.warnings().size());
		assertTrue(snapshot.warnings().get(0).message().contains("\"bestaat_niet\", which the layer wijken does not have"));
	}

	@Test
	void mapsSavedBeforeLayersKeptTheirStyleOpenInTheDefaultStyle() throws Exception {
		KaartInstelling kaart = VeerkrachtFactory.eINSTANCE.createKaartInstelling();
		kaart.setName("Oud");
		kaart.getLayerUris().add("wijken.geojson");
		kaart.getLayerUris().add("data/buurten%202024.geojson");

		MapSnapshot snapshot = KaartInstellingen.restore(kaart, analyseFile, MapFixtures.GEOJSON, ProgressListener.NONE);

		assertEquals(List.of("wijken", "buurten 2024"), snapshot.layers().stream().map(r -> r.layer().getTitle()).toList());
		assertTrue(snapshot.problems().isEmpty());
		assertEquals(Crs.RD_NEW, snapshot.crs());
		assertTrue(snapshot.viewport(10, 10).isEmpty(), "no view was kept");
	}

	@Test
	void aCancelledRestoreStops() throws Exception {
		MapContent map = new MapContent(Crs.RD_NEW);
		map.addLayer(layer("Buurten", buurten, SingleSymbolStyle.of(BASE)));
		KaartInstelling kaart = KaartInstellingen.capture("Kaart", map, viewport(), analyseFile).kaart();
		ProgressListener cancel = (read, total) -> false;
		org.junit.jupiter.api.Assertions.assertThrows(CancellationException.class,
				() -> KaartInstellingen.restore(kaart, analyseFile, MapFixtures.GEOJSON, cancel));
	}

	@Test
	void aVersionOneFileStillLoads() throws Exception {
		Analyse analyse = VeerkrachtFactory.eINSTANCE.createAnalyse();
		analyse.setName("Oud");
		KaartInstelling kaart = VeerkrachtFactory.eINSTANCE.createKaartInstelling();
		kaart.setName("Kaart");
		kaart.getLayerUris().add("wijken.geojson");
		analyse.getKaarten().add(kaart);
		AnalyseFiles.save(analyse, analyseFile);
		String xml = Files.readString(analyseFile);
		assertTrue(xml.contains("modelVersion=\"3\""));
		Files.writeString(analyseFile, xml.replace("modelVersion=\"3\"", "modelVersion=\"1\""));
		Analyse loaded = AnalyseFiles.load(analyseFile);
		assertEquals(List.of("wijken.geojson"), loaded.getKaarten().get(0).getLayerUris());
		assertFalse(loaded.getKaarten().get(0).getLagen().iterator().hasNext());
	}

	private static Viewport viewport() {
		return new Viewport(Crs.RD_NEW, new Coordinate(120_200, 487_050), 2, 400, 300);
	}

	private static VectorLayer layer(String title, Path file, nl.veerkracht.gis.core.style.LayerStyle style) throws Exception {
		FeatureCollection features = MapFixtures.read(file);
		FeatureSchema schema = features.getSchema();
		assertFalse(schema.getAttributes().isEmpty());
		return new VectorLayer(title, features, file, style);
	}
}
