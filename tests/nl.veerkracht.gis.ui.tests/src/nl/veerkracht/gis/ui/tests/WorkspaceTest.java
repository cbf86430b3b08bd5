package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The analyses live in the Eclipse workspace: the Veerkracht perspective shows its projects in the
 * Project Explorer, next to Properties and Problems.
 */
class WorkspaceTest extends MapTestBase {

	private static final String PROJECT = "Veerkracht test project";

	@AfterEach
	void deleteProject() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (project.exists()) {
			project.delete(true, true, new NullProgressMonitor());
		}
	}

	@Test
	void aWorkspaceProjectAppearsInTheProjectExplorer() throws Exception {
		CommonNavigator explorer = (CommonNavigator) mapView.getSite().getPage().showView(IPageLayout.ID_PROJECT_EXPLORER);
		assertNotNull(mapView.getSite().getPage().findView(IPageLayout.ID_PROP_SHEET), "Properties is in the perspective");
		assertNotNull(mapView.getSite().getPage().findView(IPageLayout.ID_PROBLEM_VIEW), "Problems is in the perspective");

		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		project.create(new NullProgressMonitor());
		project.open(new NullProgressMonitor());

		Tree tree = explorer.getCommonViewer().getTree();
		robot.waitUntil("the project in the Project Explorer",
				() -> Arrays.stream(tree.getItems()).map(TreeItem::getText).anyMatch(PROJECT::equals));
		assertTrue(explorer.getCommonViewer().getInput() == ResourcesPlugin.getWorkspace().getRoot());
	}
}
