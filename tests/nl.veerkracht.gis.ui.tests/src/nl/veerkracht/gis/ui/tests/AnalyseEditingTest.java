package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.Gemeente;
import nl.veerkracht.testsupport.SharedData;

/**
 * An analysis in the Project Explorer: its tree of gemeente, wijken and buurten; a property edited in
 * the Properties view is saved at once and can be undone with Edit &gt; Undo; an invalid code shows in the
 * Problems view until it is undone.
 */
class AnalyseEditingTest extends MapTestBase {

	private static final String PROJECT = "Rotterdam bewerken";
	private static final String PREFIX = "veerkracht.new.analyse";

	@AfterEach
	void deleteProject() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (project.exists()) {
			project.delete(true, true, new NullProgressMonitor());
		}
	}

	@Test
	void editsAPropertyUndoesItAndShowsProblems() throws Exception {
		WizardRobot wizard = WizardRobot.openNew(robot, shell, "nl.veerkracht.model.ui.newAnalyse");
		wizard.type(PREFIX + ".project", PROJECT);
		wizard.type(PREFIX + ".gemeenteCode", "GM0599");
		wizard.type(PREFIX + ".gemeenteName", "Rotterdam");
		wizard.type(PREFIX + ".cbsFile", SharedData.file("rotterdam/Kerncijfers_wijken_en_buurten_2017.csv").toString());
		wizard.finish();
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT).getFile("Rotterdam.veerkracht");
		Path onDisk = Path.of(file.getLocationURI());

		CommonNavigator explorer = (CommonNavigator) mapView.getSite().getPage().showView(IPageLayout.ID_PROJECT_EXPLORER);
		explorer.getCommonViewer().expandToLevel(file, 3);
		robot.settle(200);
		Object[] analyses = explorer.getNavigatorContentService().createCommonContentProvider().getChildren(file);
		assertEquals(1, analyses.length, "the file shows its analysis");
		Analyse analyse = (Analyse) analyses[0];
		Gemeente rotterdam = analyse.getGemeenten().get(0);
		explorer.getCommonViewer().setSelection(new StructuredSelection(rotterdam), true);
		mapView.getSite().getPage().showView(IPageLayout.ID_PROP_SHEET);
		mapView.getSite().getPage().activate(explorer);
		robot.settle(300);
		robot.screenshot("analyse-properties");

		IPropertySource properties = Adapters.adapt(rotterdam, IPropertySource.class);
		assertNotNull(properties, "the Properties view can show a gemeente");
		Object name = descriptor(properties, "Name");
		properties.setPropertyValue(name, "Rotterdam (proef)");
		assertEquals("Rotterdam (proef)", rotterdam.getName());
		assertTrue(Files.readString(onDisk).contains("Rotterdam (proef)"), "saved at once");

		undo();
		assertEquals("Rotterdam", rotterdam.getName(), "Edit > Undo takes the change back");
		assertFalse(Files.readString(onDisk).contains("Rotterdam (proef)"), "and saves that too");

		properties.setPropertyValue(descriptor(properties, "Code"), "XX0599");
		robot.waitUntil("a problem marker", () -> markers(file).length > 0);
		assertTrue(Arrays.stream(markers(file)).anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains("XX0599")),
				"the Problems view names the wrong code");
		undo();
		robot.waitUntil("the marker to go", () -> markers(file).length == 0);
	}

	@Test
	void aCorruptAnalysisFileIsExplainedAndLeftAlone() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		project.create(new NullProgressMonitor());
		project.open(new NullProgressMonitor());
		IFile file = project.getFile("Kapot.veerkracht");
		String broken = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<veerkracht:Analyse modelVersion=\"1\" name=\"half";
		file.create(new java.io.ByteArrayInputStream(broken.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true,
				new NullProgressMonitor());

		CommonNavigator explorer = (CommonNavigator) mapView.getSite().getPage().showView(IPageLayout.ID_PROJECT_EXPLORER);
		Object[] children = explorer.getNavigatorContentService().createCommonContentProvider().getChildren(file);
		assertEquals(1, children.length);
		String label = explorer.getNavigatorContentService().createCommonLabelProvider().getText(children[0]);
		assertTrue(label.startsWith("Kan niet worden gelezen: ") && label.contains("Kapot.veerkracht"), label);
		assertEquals(broken, Files.readString(Path.of(file.getLocationURI())), "a failed load changes nothing");
	}

	private void undo() throws Exception {
		mapView.getSite().getPage().activate(mapView.getSite().getPage().findView(IPageLayout.ID_PROJECT_EXPLORER));
		robot.settle(50);
		mapView.getSite().getWorkbenchWindow().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
		robot.settle(100);
	}

	private static Object descriptor(IPropertySource properties, String displayName) {
		return Arrays.stream(properties.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals(displayName))
				.map(IPropertyDescriptor::getId).findFirst()
				.orElseThrow(() -> new AssertionError("no property " + displayName + " in "
						+ Arrays.stream(properties.getPropertyDescriptors()).map(IPropertyDescriptor::getDisplayName).toList()));
	}

	private static IMarker[] markers(IFile file) {
		try {
			return file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO);
		} catch (org.eclipse.core.runtime.CoreException e) {
			throw new AssertionError(e);
		}
	}
}
