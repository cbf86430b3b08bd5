package nl.veerkracht.gis.ui.tests;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import nl.veerkracht.app.VeerkrachtPerspective;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;
import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.Gemeente;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.VeerkrachtPackage;
import nl.veerkracht.model.Wijk;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.model.method.Wijkschetsen;
import nl.veerkracht.model.persistence.AnalyseFiles;
import nl.veerkracht.model.regions.RegionTree;
import nl.veerkracht.model.ui.internal.AnalyseSession;
import nl.veerkracht.model.ui.internal.AnalyseSessions;
import nl.veerkracht.testsupport.SharedData;
import nl.veerkracht.wijkschets.ui.editor.OpenWijkschets;
import nl.veerkracht.wijkschets.ui.editor.WijkschetsEditor;

/**
 * A Rotterdam analysis in a workspace project (gemeente GM0599 with its wijken and buurten from the real
 * buurt boundaries) and, for tests of the editor's pages, a new wijkschets of Delfshaven opened in the
 * wijkschets editor. The journey test makes its wijkschets from the map instead.
 */
final class WijkschetsFixture {

	/** Delfshaven, the wijk of the fixture. */
	static final String DELFSHAVEN = "WK059903";

	private WijkschetsFixture() {
	}

	/**
	 * Creates (replacing) a project with {@code rotterdam.veerkracht}: gemeente Rotterdam with its wijken and
	 * buurten (the wijk Delfshaven named), nothing else.
	 *
	 * @param projectName the project
	 * @return the analysis file
	 * @throws Exception when the shared data cannot be read or the project not made
	 */
	static IFile rotterdamAnalyse(String projectName) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		delete(projectName);
		project.create(new NullProgressMonitor());
		project.open(new NullProgressMonitor());
		FeatureCollection buurten = new GeoJsonReader().read(SharedData.file(MapTestBase.ROTTERDAM));
		Map<String, String> names = new LinkedHashMap<>();
		for (Feature buurt : buurten.getFeatures()) {
			String code = String.valueOf(buurt.getAttribute("buurtcode"));
			if (code.startsWith("BU0599")) {
				names.put(code, String.valueOf(buurt.getAttribute("buurtnaam")));
			}
		}
		Gemeente rotterdam = RegionTree.gemeente("GM0599", "Rotterdam", names);
		rotterdam.getWijken().stream().filter(wijk -> DELFSHAVEN.equals(wijk.getCode())).findFirst()
				.ifPresent(wijk -> wijk.setName("Delfshaven"));
		Analyse analyse = VeerkrachtFactory.eINSTANCE.createAnalyse();
		analyse.setName("Rotterdam");
		analyse.getGemeenten().add(rotterdam);
		Path file = Path.of(project.getLocationURI()).resolve("rotterdam.veerkracht");
		AnalyseFiles.save(analyse, file);
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		return project.getFile("rotterdam.veerkracht");
	}

	/**
	 * Creates (replacing) a project with an empty {@code rotterdam.veerkracht}.
	 *
	 * @param projectName the project
	 * @return the analysis file
	 * @throws Exception when the project cannot be made
	 */
	static IFile emptyAnalyse(String projectName) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		delete(projectName);
		project.create(new NullProgressMonitor());
		project.open(new NullProgressMonitor());
		Analyse analyse = VeerkrachtFactory.eINSTANCE.createAnalyse();
		analyse.setName("Rotterdam");
		AnalyseFiles.save(analyse, Path.of(project.getLocationURI()).resolve("rotterdam.veerkracht"));
		project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
		return project.getFile("rotterdam.veerkracht");
	}

	/**
	 * Adds a new wijkschets of Delfshaven to an analysis (saved) and opens it in the editor. Call on the UI
	 * thread.
	 *
	 * @param page     the workbench page
	 * @param analyse  the analysis file of {@link #rotterdamAnalyse}
	 * @return the open editor
	 */
	static WijkschetsEditor openDelfshaven(IWorkbenchPage page, IFile analyse) {
		AnalyseSession session = AnalyseSessions.of(analyse).orElseThrow();
		Wijk delfshaven = session.getAnalyse().getGemeenten().get(0).getWijken().stream()
				.filter(wijk -> DELFSHAVEN.equals(wijk.getCode())).findFirst().orElseThrow();
		Wijkschets schets = Wijkschetsen.nieuw(delfshaven);
		session.getDomain().getCommandStack().execute(AddCommand.create(session.getDomain(), session.getAnalyse(),
				VeerkrachtPackage.Literals.ANALYSE__WIJKSCHETSEN, schets));
		return OpenWijkschets.open(page, schets).orElseThrow();
	}

	/**
	 * Closes all editors without saving, goes back to the signal map's perspective (opening a wijkschets
	 * switches to the wijkschets perspective, and the other tests expect the map's layout), deletes a project of
	 * the fixture and forgets its analysis.
	 *
	 * @param projectName the project
	 * @throws CoreException when it cannot be deleted
	 */
	static void delete(String projectName) throws CoreException {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window != null && window.getActivePage() != null) {
			window.getActivePage().closeAllEditors(false);
			PlatformUI.getWorkbench().showPerspective(VeerkrachtPerspective.ID, window);
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		if (project.exists()) {
			AnalyseSessions.discard(project.getFile("rotterdam.veerkracht"));
			project.delete(true, true, new NullProgressMonitor());
		}
	}
}
