package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.Gemeente;
import nl.veerkracht.model.Wijk;
import nl.veerkracht.model.persistence.AnalyseFiles;
import nl.veerkracht.testsupport.SharedData;

/**
 * File &gt; Nieuw &gt; Veerkracht-analyse: a project with an analysis of Rotterdam whose wijken and buurten
 * come from the real Kerncijfers 2017; the project shows in the Project Explorer and the file holds the
 * region tree.
 */
class NewAnalyseWizardTest extends MapTestBase {

	private static final String WIZARD = "nl.veerkracht.model.ui.newAnalyse";
	private static final String PREFIX = "veerkracht.new.analyse";
	private static final String PROJECT = "Rotterdam veerkracht";

	private WizardRobot wizard;

	@AfterEach
	void cleanUp() throws Exception {
		if (wizard != null) {
			wizard.cancel();
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (project.exists()) {
			project.delete(true, true, new NullProgressMonitor());
		}
	}

	@Test
	void createsAProjectWithAnAnalysisOfTheGemeentesWijkenAndBuurten() throws Exception {
		wizard = WizardRobot.openNew(robot, shell, WIZARD);
		wizard.type(PREFIX + ".project", PROJECT);
		wizard.type(PREFIX + ".gemeenteCode", "GM0599");
		wizard.type(PREFIX + ".gemeenteName", "Rotterdam");
		wizard.type(PREFIX + ".cbsFile", SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2017.csv").toString());
		robot.screenshot("new-analyse");
		wizard.finish();

		IFile file = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT).getFile("Rotterdam.veerkracht");
		assertTrue(file.exists(), "the analysis file is in the project");
		Analyse analyse = AnalyseFiles.load(Path.of(file.getLocationURI()));
		Gemeente rotterdam = analyse.getGemeenten().get(0);
		assertEquals("GM0599", rotterdam.getCode());
		assertEquals(22, rotterdam.getWijken().size());
		assertEquals(92, rotterdam.getWijken().stream().mapToInt(wijk -> wijk.getBuurten().size()).sum());
		Wijk first = rotterdam.getWijken().get(0);
		assertTrue(first.getCode().startsWith("WK0599"), first.getCode());

		CommonNavigator explorer = (CommonNavigator) mapView.getSite().getPage().findView(IPageLayout.ID_PROJECT_EXPLORER);
		Tree tree = explorer.getCommonViewer().getTree();
		robot.waitUntil("the project in the Project Explorer",
				() -> Arrays.stream(tree.getItems()).map(TreeItem::getText).anyMatch(PROJECT::equals));
	}
}
