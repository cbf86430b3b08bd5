package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.Signaleringskaart;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.persistence.AnalyseFiles;
import nl.veerkracht.scoring.engine.ScoringParameters;
import nl.veerkracht.scoring.run.SignalMapLayer;
import nl.veerkracht.scoring.ui.SignalMapInputs;
import nl.veerkracht.scoring.ui.SignalMapSession;
import nl.veerkracht.scoring.ui.analyse.OpenKeptSignalMapJob;
import nl.veerkracht.scoring.ui.analyse.SaveSignalMapHandler;
import nl.veerkracht.testsupport.SharedData;

/**
 * The weights are saved in the analysis: the Rotterdam signal map, rescored with other weights and another
 * year, is kept in an analysis with "Signaleringskaart bewaren in analyse" (files relative to it), and opened
 * again from the Project Explorer it has the same year, weights and classes.
 */
class SignalMapAnalyseTest extends MapTestBase {

	private static final String PROJECT = "Signaleringskaart bewaren";

	@AfterEach
	void removeTheProject() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (project.exists()) {
			project.delete(true, true, new NullProgressMonitor());
		}
	}

	@Test
	void aSignalMapKeptInAnAnalysisOpensAgainWithItsWeightsAndYear() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		project.create(new NullProgressMonitor());
		project.open(new NullProgressMonitor());
		Path projectFolder = Path.of(project.getLocationURI());
		Path data = Files.createDirectories(projectFolder.resolve("cbs"));
		List<Path> kwb = new ArrayList<>();
		for (String file : SignalMapFixture.KWB) {
			kwb.add(Files.copy(SharedData.file(file), data.resolve(Path.of(file).getFileName())));
		}
		Analyse empty = VeerkrachtFactory.eINSTANCE.createAnalyse();
		empty.setName("Rotterdam");
		AnalyseFiles.save(empty, projectFolder.resolve("rotterdam.veerkracht"));
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		IFile analyseFile = project.getFile("rotterdam.veerkracht");

		SignalMapSession session = SignalMapFixture.show(mapView, new SignalMapInputs(kwb,
				SharedData.file(ROTTERDAM), Optional.of(SignalMapFixture.GEMEENTE), ScoringParameters.defaults()));
		session.rescore(session.state().weights().with("bijstand", 3.5).with("woz_waarde", 0), 2015);
		robot.waitForJobs("rescoring", SignalMapSession.JOB_FAMILY);
		robot.waitUntil("the 2015 state", () -> session.state().year() == 2015);
		Map<String, String> kept = klassen(session);

		execute(SaveSignalMapHandler.COMMAND_ID,
				Map.of(SaveSignalMapHandler.ANALYSE_PARAMETER, analyseFile.getFullPath().toString()));
		String saved = Files.readString(Path.of(analyseFile.getLocationURI()));
		assertTrue(saved.contains("cbs/Kerncijfers_wijken_en_buurten_2014.csv"), "KWB files relative to the analysis: " + saved);
		assertTrue(saved.contains("jaar=\"2015\"") && saved.contains("gemeenteCode=\"GM0599\""), saved);
		assertTrue(saved.contains("indicatorId=\"bijstand\" gewicht=\"3.5\""), "the changed weight is kept: " + saved);
		assertTrue(saved.contains("indicatorId=\"woz_waarde\" gewicht=\"0.0\""), "a zero weight is kept too: " + saved);

		session.close();
		assertTrue(SignalMapSession.current().isEmpty());
		CommonNavigator explorer = (CommonNavigator) mapView.getSite().getPage().showView(IPageLayout.ID_PROJECT_EXPLORER);
		explorer.getCommonViewer().expandToLevel(analyseFile, 3);
		Analyse analyse = (Analyse) explorer.getNavigatorContentService().createCommonContentProvider()
				.getChildren(analyseFile)[0];
		Signaleringskaart kaart = analyse.getSignaleringskaart();
		explorer.getCommonViewer().setSelection(new StructuredSelection(kaart), true);
		mapView.getSite().getPage().activate(explorer);
		robot.settle(200);
		TreeItem item = (TreeItem) explorer.getCommonViewer().testFindItem(kaart);
		assertEquals("Signaleringskaart GM0599 (2015)", item.getText());
		robot.screenshot("signal-map-kept-in-analysis");
		DialogWatcher problems = DialogWatcher.watch(display, "Signaleringskaart geopend, let op");
		DialogWatcher failure = DialogWatcher.watch(display, "Signaleringskaart niet geopend");
		menuItem(explorer.getCommonViewer().getControl().getMenu(), "Signaleringskaart openen")
				.notifyListeners(SWT.Selection, new Event());
		robot.waitForJobs("opening the kept signal map", OpenKeptSignalMapJob.FAMILY);
		robot.waitUntil("the kept signal map in the Map view",
				() -> SignalMapSession.current().isPresent() || failure.caught());
		robot.settle(200);
		problems.stop();
		failure.stop();
		assertFalse(failure.caught(), failure::text);
		assertFalse(problems.caught(), problems::text);

		SignalMapSession reopened = SignalMapSession.current().orElseThrow();
		assertNotSame(session, reopened);
		assertEquals(2015, reopened.state().year());
		assertEquals(3.5, reopened.state().weights().get("bijstand"));
		assertEquals(0.0, reopened.state().weights().get("woz_waarde"));
		assertEquals(kept, klassen(reopened), "the same classes as when it was kept");
		assertTrue(mapView.getMapContent().layers().contains(reopened.klasseLayer()));
		waitForFrame();
		robot.screenshot("signal-map-reopened-from-analysis");
	}

	private static Map<String, String> klassen(SignalMapSession session) {
		Map<String, String> klassen = new java.util.TreeMap<>();
		for (Feature feature : session.state().layer().getFeatures()) {
			klassen.put((String) feature.getAttribute(SignalMapLayer.BU_CODE), (String) feature.getAttribute(SignalMapLayer.KLASSE));
		}
		return klassen;
	}

	private MenuItem menuItem(Menu menu, String text) {
		menu.notifyListeners(SWT.Show, new Event());
		return Arrays.stream(menu.getItems()).filter(item -> item.getText().replace("&", "").equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no \"" + text + "\" in the context menu, only "
						+ Arrays.stream(menu.getItems()).map(MenuItem::getText).toList()));
	}

	private void execute(String commandId, Map<String, String> parameters) throws Exception {
		Command command = mapView.getSite().getWorkbenchWindow().getService(ICommandService.class).getCommand(commandId);
		ParameterizedCommand parameterized = ParameterizedCommand.generateCommand(command, parameters);
		mapView.getSite().getWorkbenchWindow().getService(IHandlerService.class).executeCommand(parameterized, null);
		robot.settle(100);
	}
}
