package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.style.GraduatedStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.classify.ClassificationMethod;
import nl.veerkracht.gis.core.style.classify.Classifier;
import nl.veerkracht.gis.core.style.classify.ColorBrewerPalette;
import nl.veerkracht.gis.geopackage.GeoPackageReader;
import nl.veerkracht.gis.ui.layerexport.ExportGeoPackageJob;
import nl.veerkracht.testsupport.SharedData;

/**
 * Exporteren als GeoPackage... in the Layers view's context menu: the selected layer with its style goes
 * into a GeoPackage, in a background job, with the style in QGIS's {@code layer_styles} table as the
 * layer's default.
 */
class LayerGeoPackageExportTest extends MapTestBase {

	private static final String EXPORT = "nl.veerkracht.gis.ui.commands.exportGeoPackage";
	private static final String FILE = "nl.veerkracht.gis.ui.layerexport.file";

	@TempDir
	Path folder;

	@AfterEach
	void removeTheOpenedLayer() {
		MapContent content = mapView.getMapContent();
		List<Layer> layers = content.layers();
		for (Layer layer : layers.subList(DEMO_LAYERS, layers.size())) {
			content.removeLayer(layer);
		}
	}

	@Test
	void aStyledLayerIsExportedWithItsStyleForQgis() throws Exception {
		openAndWait(SharedData.file("baarn/baarn_buurten.geojson"));
		MapContent content = mapView.getMapContent();
		VectorLayer baarn = (VectorLayer) content.layers().get(DEMO_LAYERS);
		content.setStyle(baarn, byInhabitants(baarn));
		selectTopLayer();
		assertTrue(layersMenuItems().contains("Exporteren als GeoPackage..."), layersMenuItems().toString());

		Path gpkg = folder.resolve("baarn.gpkg");
		DialogWatcher error = DialogWatcher.watch(display, "GeoPackage niet geschreven");
		try {
			Command command = mapView.getSite().getWorkbenchWindow().getService(ICommandService.class).getCommand(EXPORT);
			mapView.getSite().getWorkbenchWindow().getService(IHandlerService.class)
					.executeCommand(ParameterizedCommand.generateCommand(command, Map.of(FILE, gpkg.toString())), null);
			robot.waitForJobs("the GeoPackage export", ExportGeoPackageJob.FAMILY);
			robot.settle(200);
			assertFalse(error.caught(), error::text);
		} finally {
			error.stop();
		}
		robot.screenshot("layer-exported-as-geopackage");

		FeatureCollection written = new GeoPackageReader().read(gpkg, (done, total) -> true).get(0);
		assertEquals(baarn.getFeatures().size(), written.size());
		String table = written.getSchema().getName();
		try (Connection connection = new org.sqlite.JDBC().connect("jdbc:sqlite:" + gpkg, new Properties());
				Statement statement = connection.createStatement();
				ResultSet styles = statement.executeQuery(
						"SELECT f_table_name, styleName, useAsDefault, styleQML, styleSLD FROM layer_styles")) {
			assertTrue(styles.next(), "a style row");
			assertEquals(table, styles.getString(1));
			assertEquals(baarn.getTitle(), styles.getString(2));
			assertTrue(styles.getBoolean(3), "the default style");
			assertTrue(styles.getString(4).contains("type=\"graduatedSymbol\""), styles.getString(4));
			assertTrue(styles.getString(4).contains("aantal_inwoners"), "classes on the inhabitants");
			assertTrue(styles.getString(5).contains("<ogc:PropertyIsLessThanOrEqualTo>"), "and the same as SLD");
			assertFalse(styles.next(), "one style");
		}
		assertFalse(Files.list(folder).anyMatch(p -> p.getFileName().toString().startsWith(".")), "no temporary files");
	}

	/** Natural breaks of the inhabitants (codes below 0 are missing values), YlOrRd. */
	private static GraduatedStyle byInhabitants(VectorLayer layer) {
		int index = layer.getFeatures().getSchema().indexOf("aantal_inwoners");
		double[] values = layer.getFeatures().getFeatures().stream().map((Feature f) -> f.getAttribute(index))
				.mapToDouble(value -> value instanceof Number n && n.doubleValue() >= 0 ? n.doubleValue() : Double.NaN)
				.toArray();
		return GraduatedStyle.of("aantal_inwoners", Classifier.classify(values, ClassificationMethod.NATURAL_BREAKS, 5),
				ColorBrewerPalette.YL_OR_RD, SimpleStyle.defaults());
	}
}
