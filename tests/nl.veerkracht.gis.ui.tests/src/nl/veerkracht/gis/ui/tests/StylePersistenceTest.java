package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.render.Viewport;
import nl.veerkracht.gis.core.style.GraduatedStyle;
import nl.veerkracht.gis.core.style.LabelStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;
import nl.veerkracht.gis.core.style.classify.ClassificationMethod;
import nl.veerkracht.gis.core.style.classify.Classifier;
import nl.veerkracht.gis.core.style.classify.ColorBrewerPalette;
import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.KaartInstelling;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.persistence.AnalyseFiles;
import nl.veerkracht.model.ui.maps.OpenMapJob;
import nl.veerkracht.testsupport.SharedData;

/**
 * Styles leave the workbench and come back equal: a graduated style exported as SLD and imported again
 * after a change, kept in the style file beside the data and applied when the file is opened again, and a
 * map kept in an analysis with "Kaart bewaren in analyse" and opened again from the Project Explorer with
 * its layers, styles and view.
 */
class StylePersistenceTest extends MapTestBase {

	private static final String BAARN = "baarn/baarn_buurten.geojson";
	private static final String EXPORT = "nl.veerkracht.gis.ui.commands.exportSld";
	private static final String IMPORT = "nl.veerkracht.gis.ui.commands.importSld";
	private static final String SAVE_STYLE = "nl.veerkracht.gis.ui.commands.saveStyle";
	private static final String SLD_FILE = "nl.veerkracht.gis.ui.sld.file";
	private static final String SAVE_MAP = "nl.veerkracht.model.ui.commands.saveMap";
	private static final String PROJECT = "Kaart bewaren";

	@TempDir
	Path folder;

	private List<Layer> demo;

	@BeforeEach
	void rememberTheDemo() {
		demo = mapView.getMapContent().layers().subList(0, DEMO_LAYERS);
		// as wide as the virtual screen, so that the screenshots show the Map view's whole toolbar
		shell.setBounds(0, 0, 1280, 900);
		robot.settle(200);
	}

	@AfterEach
	void putTheDemoBack() throws Exception {
		MapContent content = mapView.getMapContent();
		for (Layer layer : content.layers()) {
			if (!demo.contains(layer)) {
				content.removeLayer(layer);
			}
		}
		for (int i = 0; i < demo.size(); i++) {
			if (content.indexOf(demo.get(i)) < 0) {
				content.addLayer(i, demo.get(i));
			}
			content.setVisible(demo.get(i), true);
			content.setOpacity(demo.get(i), 1);
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (project.exists()) {
			project.delete(true, true, new NullProgressMonitor());
		}
	}

	@Test
	void aGraduatedStyleGoesOutAsSldAndComesBackEqualAlsoFromTheStyleFileBesideTheData() throws Exception {
		Path data = Files.copy(SharedData.file(BAARN), folder.resolve("baarn_buurten.geojson"));
		openAndWait(data);
		MapContent content = mapView.getMapContent();
		VectorLayer baarn = (VectorLayer) content.layers().get(DEMO_LAYERS);
		GraduatedStyle graduated = byInhabitants(baarn);
		content.setStyle(baarn, graduated);
		selectTopLayer();
		assertEquals(List.of("Stijl...", "Stijl opslaan", "SLD importeren...", "SLD exporteren..."), styleMenuItems(),
				"the Layers view's context menu offers the style commands");

		Path sld = Files.createDirectories(folder.resolve("uitwisseling")).resolve("inwoners.sld");
		executeOnLayer(EXPORT, sld);
		assertTrue(Files.readString(sld).contains("<ogc:PropertyIsLessThanOrEqualTo>"), "a graduated SLD is written");
		content.setStyle(baarn, SingleSymbolStyle.of(SimpleStyle.defaults()));
		assertNotEquals(graduated, baarn.getStyle());
		executeOnLayer(IMPORT, sld);
		assertEquals(graduated, baarn.getStyle(), "the imported style equals the exported one");
		waitForFrame();
		robot.screenshot("sld-imported-graduated");

		executeOnLayer(SAVE_STYLE, null);
		assertTrue(Files.isRegularFile(folder.resolve("baarn_buurten.sld")), "Stijl opslaan writes <name>.sld beside the data");
		content.removeLayer(baarn);
		openAndWait(data);
		assertEquals(graduated, content.layers().get(DEMO_LAYERS).getStyle(), "opening the file applies its style file");
	}

	@Test
	void aMapKeptInAnAnalysisOpensAgainFromTheProjectExplorer() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		project.create(new NullProgressMonitor());
		project.open(new NullProgressMonitor());
		Path projectFolder = Path.of(project.getLocationURI());
		Path data = Files.copy(SharedData.file(BAARN), Files.createDirectories(projectFolder.resolve("data"))
				.resolve("baarn_buurten.geojson"));
		Analyse empty = VeerkrachtFactory.eINSTANCE.createAnalyse();
		empty.setName("Baarn");
		AnalyseFiles.save(empty, projectFolder.resolve("baarn.veerkracht"));
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		IFile analyseFile = project.getFile("baarn.veerkracht");

		openAndWait(data);
		openAndWait(data);
		MapContent content = mapView.getMapContent();
		VectorLayer graduatedLayer = (VectorLayer) content.layers().get(DEMO_LAYERS);
		VectorLayer outlines = (VectorLayer) content.layers().get(DEMO_LAYERS + 1);
		GraduatedStyle graduated = byInhabitants(graduatedLayer);
		content.setStyle(graduatedLayer, graduated);
		content.setOpacity(graduatedLayer, 0.7);
		content.setStyle(outlines, SingleSymbolStyle.of(SimpleStyle.defaults().withFill(null)));
		content.setTitle(outlines, "Buurtgrenzen");
		content.setVisible(outlines, false);
		waitForFrame();
		Viewport kept = mapView.getMapCanvas().getViewport();
		assertTrue(mapToolBarTips().contains("De lagen van de kaart, hun stijlen en het kaartbeeld in een analyse bewaren,"
				+ " om ze vanuit de Projectverkenner weer te openen"), "Kaart bewaren in analyse is on the Map view's toolbar: "
				+ mapToolBarTips());
		execute(SAVE_MAP, Map.of("nl.veerkracht.model.ui.maps.analyse", analyseFile.getFullPath().toString(),
				"nl.veerkracht.model.ui.maps.name", "Inwoners per buurt"));
		String saved = Files.readString(Path.of(analyseFile.getLocationURI()));
		assertTrue(saved.contains("name=\"Inwoners per buurt\"") && saved.contains("sourceUri=\"data/baarn_buurten.geojson\""),
				"kept in the analysis file, the data relative to it");

		content.removeLayer(graduatedLayer);
		content.removeLayer(outlines);
		mapView.getMapCanvas().zoomToFullExtent();
		CommonNavigator explorer = (CommonNavigator) mapView.getSite().getPage().showView(IPageLayout.ID_PROJECT_EXPLORER);
		explorer.getCommonViewer().expandToLevel(analyseFile, 3);
		Analyse analyse = (Analyse) explorer.getNavigatorContentService().createCommonContentProvider().getChildren(analyseFile)[0];
		KaartInstelling kaart = analyse.getKaarten().get(0);
		explorer.getCommonViewer().setSelection(new StructuredSelection(kaart), true);
		explorer.getCommonViewer().setExpandedState(kaart, true);
		mapView.getSite().getPage().activate(explorer);
		robot.settle(200);
		TreeItem kaartItem = (TreeItem) explorer.getCommonViewer().testFindItem(kaart);
		assertEquals(List.of("Kaartlaag baarn_buurten", "Kaartlaag Buurtgrenzen"),
				Arrays.stream(kaartItem.getItems()).map(TreeItem::getText).toList(), "the layers in drawing order");
		robot.screenshot("kept-map-in-project-explorer");
		MenuItem open = menuItem(explorer.getCommonViewer().getControl().getMenu(), "Openen in kaartvenster");
		DialogWatcher problems = DialogWatcher.watch(display, "Kaart geopend, let op");
		open.notifyListeners(SWT.Selection, new Event());
		robot.waitForJobs("opening the kept map", OpenMapJob.FAMILY);
		robot.waitUntil("the kept map in the Map view", () -> content.layers().size() == 2
				&& content.layers().stream().noneMatch(demo::contains));
		robot.settle(200);
		problems.stop();
		assertFalse(problems.caught(), problems::text);

		List<Layer> layers = content.layers();
		assertEquals(List.of("baarn_buurten", "Buurtgrenzen"), layers.stream().map(Layer::getTitle).toList(),
				"the kept layers in their order; the demo, which has no file, is not part of the map");
		assertEquals(graduated, layers.get(0).getStyle());
		assertEquals(SingleSymbolStyle.of(SimpleStyle.defaults().withFill(null)), layers.get(1).getStyle());
		assertEquals(List.of(true, false), layers.stream().map(Layer::isVisible).toList());
		assertEquals(List.of(0.7, 1.0), layers.stream().map(Layer::getOpacity).toList());
		assertEquals(data, ((VectorLayer) layers.get(0)).getSource().orElseThrow());
		Viewport shown = mapView.getMapCanvas().getViewport();
		assertEquals(kept.getCenter().getX(), shown.getCenter().getX(), 1e-6);
		assertEquals(kept.getCenter().getY(), shown.getCenter().getY(), 1e-6);
		assertEquals(kept.getScale(), shown.getScale(), 1e-9 * kept.getScale());
		waitForFrame();
		robot.screenshot("kept-map-reopened");
	}

	/** Natural breaks of the inhabitants (codes below 0 are missing values), YlOrRd, labelled with the buurt's name. */
	private static GraduatedStyle byInhabitants(VectorLayer layer) {
		int index = layer.getFeatures().getSchema().indexOf("aantal_inwoners");
		double[] values = layer.getFeatures().getFeatures().stream().map((Feature f) -> f.getAttribute(index))
				.mapToDouble(value -> value instanceof Number n && n.doubleValue() >= 0 ? n.doubleValue() : Double.NaN)
				.toArray();
		return GraduatedStyle.of("aantal_inwoners", Classifier.classify(values, ClassificationMethod.NATURAL_BREAKS, 5),
				ColorBrewerPalette.YL_OR_RD, SimpleStyle.defaults()).withLabels(LabelStyle.of("buurtnaam"));
	}

	private List<String> mapToolBarTips() {
		ToolBarManager toolBar = (ToolBarManager) mapView.getViewSite().getActionBars().getToolBarManager();
		return Arrays.stream(toolBar.getControl().getItems()).map(ToolItem::getToolTipText).toList();
	}

	private List<String> styleMenuItems() {
		return layersMenuItems().stream().filter(text -> text.contains("SLD") || text.contains("Stijl")).toList();
	}

	private MenuItem menuItem(Menu menu, String text) {
		menu.notifyListeners(SWT.Show, new Event());
		return Arrays.stream(menu.getItems()).filter(item -> item.getText().replace("&", "").equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no \"" + text + "\" in the context menu, only "
						+ Arrays.stream(menu.getItems()).map(MenuItem::getText).toList()));
	}

	/** Runs a style command on the layer selected in the Layers view; a dialog about it fails the test. */
	private void executeOnLayer(String commandId, Path sldFile) throws Exception {
		layersTree();
		DialogWatcher warning = DialogWatcher.watch(display, "Stijl toegepast, let op");
		DialogWatcher error = DialogWatcher.watch(display, "Stijl niet bruikbaar");
		try {
			execute(commandId, sldFile == null ? Map.of() : Map.of(SLD_FILE, sldFile.toString()));
			assertFalse(warning.caught(), warning::text);
			assertFalse(error.caught(), error::text);
		} finally {
			warning.stop();
			error.stop();
		}
	}

	private void execute(String commandId, Map<String, String> parameters) throws Exception {
		Command command = mapView.getSite().getWorkbenchWindow().getService(ICommandService.class).getCommand(commandId);
		ParameterizedCommand parameterized = ParameterizedCommand.generateCommand(command, parameters);
		mapView.getSite().getWorkbenchWindow().getService(IHandlerService.class).executeCommand(parameterized, null);
		robot.settle(100);
	}
}
