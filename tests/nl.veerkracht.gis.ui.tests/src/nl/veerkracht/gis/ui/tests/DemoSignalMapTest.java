package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.veerkracht.demo.DemoGemeente;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.report.poster.PosterTexts;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.run.SignalMapLayer;
import nl.veerkracht.scoring.ui.SignalMapSession;
import nl.veerkracht.scoring.ui.demo.OpenDemoSignalMapHandler;
import nl.veerkracht.scoring.ui.demo.OpenDemoSignalMapJob;
import nl.veerkracht.wijkschets.ui.poster.PosterMaps;

/**
 * Without any data: the demo signal map of the invented Veerhaven — five years of invented figures written
 * into a workspace project as Wijk- en Buurtkaart files and scored like CBS files — with every class, trends,
 * and the notice that the figures are invented.
 */
class DemoSignalMapTest extends MapTestBase {

	@AfterEach
	void removeTheDemoProject() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(OpenDemoSignalMapJob.PROJECT);
		if (project.exists()) {
			project.delete(true, true, new NullProgressMonitor());
		}
	}

	@Test
	void theDemoSignalMapOpensWithoutDataAndSaysItIsInvented() throws Exception {
		Command command = mapView.getSite().getWorkbenchWindow().getService(ICommandService.class)
				.getCommand(OpenDemoSignalMapHandler.COMMAND_ID);
		DialogWatcher failure = DialogWatcher.watch(display, "Demo-signaleringskaart niet geopend");
		mapView.getSite().getWorkbenchWindow().getService(IHandlerService.class)
				.executeCommand(ParameterizedCommand.generateCommand(command, Map.of()), null);
		robot.waitForJobs("making the demo signal map", OpenDemoSignalMapJob.FAMILY);
		robot.waitUntil("the demo signal map", () -> SignalMapSession.current().isPresent() || failure.caught());
		failure.stop();
		assertFalse(failure.caught(), failure::text);

		SignalMapSession session = SignalMapSession.current().orElseThrow();
		assertEquals(Optional.of(DemoGemeente.CODE), session.inputs().gemeente());
		assertEquals(DemoGemeente.YEAR, session.state().year());
		assertEquals(5, session.state().run().years().length, "2020–2024");
		assertTrue(ResourcesPlugin.getWorkspace().getRoot().getProject(OpenDemoSignalMapJob.PROJECT)
				.getFolder("cbs").getFile("veerhaven_wijkenbuurten_2020.geojson").exists(), "the files are in the workspace");
		assertTrue(mapView.isNoticeLayer(session.klasseLayer()), "the signal map of invented figures says so");
		assertEquals(DemoGemeente.NOTICE, mapView.getContentDescription());
		assertTrue(session.state().result().classCounts().containsKey(Klasse.ZEER_KWETSBAAR));

		waitForFrame();
		int checked = 0;
		for (Feature feature : session.klasseLayer().getFeatures().getFeatures()) {
			Optional<Point> pixel = clearPixelInside(session.klasseLayer(), feature);
			if (pixel.isPresent()) {
				assertScreenShowsStyle(session.klasseLayer(), feature, pixel.get());
				checked++;
			}
		}
		assertTrue(checked >= 10, "the classes are on screen in their colours (" + checked + " buurten checked)");
		robot.screenshot("demo-signal-map");
		Feature anyBuurt = session.klasseLayer().getFeatures().getFeatures().get(0);
		assertTrue(anyBuurt.getAttribute(SignalMapLayer.KLASSE) instanceof String);
		assertEquals(PosterTexts.FICTIEF, PosterMaps.of(session.klasseLayer(), session.map().getCrs(), null,
				session.state().run().years()).attribution(), "a poster made on the demo credits no CBS data");
	}
}
