package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.Beoordeling;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.StatusAspect;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.model.persistence.AnalyseFiles;
import nl.veerkracht.model.ui.internal.AnalyseSessions;
import nl.veerkracht.scoring.run.SignalMapLayer;
import nl.veerkracht.scoring.ui.SignalMapSession;
import nl.veerkracht.wijkschets.ui.analyse.AnalyseWidgetKeys;
import nl.veerkracht.wijkschets.ui.editor.WijkschetsEditor;
import nl.veerkracht.wijkschets.ui.matrix.IntensityControl;
import nl.veerkracht.wijkschets.ui.matrix.MatrixWidgetKeys;
import nl.veerkracht.wijkschets.ui.overzicht.OverzichtWidgetKeys;
import nl.veerkracht.wijkschets.ui.poster.ExportPosterJob;
import nl.veerkracht.wijkschets.ui.poster.PosterWidgetKeys;
import nl.veerkracht.wijkschets.ui.presentatie.PresentationKeys;

/**
 * The workshop's journey of the issue: on the Rotterdam signal map, make the wijkschets of Delfshaven from the
 * map's context menu; fill its pages with real keys and clicks; set two intensities and undo one; save, close,
 * reopen it from the Project Explorer and find it intact; present it full screen and come back with Esc; export the
 * poster and check the PDF.
 */
class WijkschetsJourneyTest extends InteractionTestBase {

	private static final String PROJECT = "Gebiedsatelier Delfshaven";
	private static final String BEVOLKING = "Jonge gezinnen en veel ouderen";
	private static final String PROBLEEM = "Jonge gezinnen vertrekken.\n\u2022 te kleine woningen";

	private IWorkbenchPage page;
	private WijkschetsEditor editor;

	@AfterEach
	void closeAndRemove() throws Exception {
		for (Shell open : display.getShells()) {
			if (PresentationKeys.SHELL.equals(open.getData(WidgetKeys.KEY))) {
				open.dispose();
			}
		}
		WijkschetsFixture.delete(PROJECT);
	}

	@Test
	void aWorkshopMakesFillsSavesReopensAndPresentsTheWijkschetsOfAWijk() throws Exception {
		IFile file = WijkschetsFixture.emptyAnalyse(PROJECT);
		page = mapView.getSite().getPage();
		SignalMapSession session = SignalMapFixture.showRotterdam(mapView);
		waitForFrame();
		Feature bospolder = session.klasseLayer().getFeatures().getFeatures().stream()
				.filter(f -> "BU05990321".equals(f.getAttribute(SignalMapLayer.BU_CODE))).findFirst().orElseThrow();
		mapView.getMapCanvas().zoomTo(projected(session.klasseLayer(), bospolder).geometry().getEnvelopeInternal());
		waitForFrame();
		robot.screenshot("wijkschets-journey-0-signaleringskaart");

		// 1. make it from the map
		chooseMapMenuItem(onScreen(session.klasseLayer(), bospolder), "Wijkschets maken/openen");
		robot.waitUntil("the editor of the new wijkschets", () -> page.getActiveEditor() instanceof WijkschetsEditor);
		editor = (WijkschetsEditor) page.getActiveEditor();
		Wijkschets schets = editor.getWijkschets();
		assertEquals("Delfshaven", schets.getName());
		shell.setBounds(0, 0, 1600, 1000);
		robot.settle(500);

		// 2. Overzicht: population notes and a status rating typed and chosen with real keys
		Text bevolking = robot.widget(shell, OverzichtWidgetKeys.BEVOLKING, Text.class);
		click(bevolking);
		robot.waitUntil("the bevolking field focused", bevolking::isFocusControl);
		type(BEVOLKING);
		Combo fysiek = robot.widget(shell, OverzichtWidgetKeys.rating(StatusAspect.FYSIEKE_KWALITEIT), Combo.class);
		click(robot.widget(shell, OverzichtWidgetKeys.NAME, Text.class));
		robot.waitUntil("the bevolking committed on leaving the field", () -> BEVOLKING.equals(schets.getBevolking()));
		fysiek.setFocus();
		robot.waitUntil("the rating focused", fysiek::isFocusControl);
		for (int i = 0; i < 2; i++) {
			robot.xdotool("key", "Down");
			robot.settle(150);
		}
		robot.waitUntil("zwak chosen", () -> schets.getStatusBeoordelingen().get(0).getRating() == Beoordeling.ZWAK);
		robot.screenshot("wijkschets-journey-1-overzicht");

		// 3. Analyse: a paragraph and a list item
		showPage("Analyse");
		StyledText probleem = robot.widget(shell, AnalyseWidgetKeys.PROBLEEMANALYSE, StyledText.class);
		click(probleem);
		type("Jonge gezinnen vertrekken.");
		robot.xdotool("key", "Return");
		type("- te kleine woningen");
		StyledText succes = robot.widget(shell, AnalyseWidgetKeys.DEFINITIE_VAN_SUCCES, StyledText.class);
		click(succes);
		type("Gezinnen blijven in de wijk wonen.");
		click(probleem);
		robot.waitUntil("both texts committed", () -> PROBLEEM.equals(schets.getProbleemanalyse())
				&& "Gezinnen blijven in de wijk wonen.".equals(schets.getDefinitieVanSucces()));
		robot.screenshot("wijkschets-journey-2-analyse");

		// 4. Handelingsperspectieven: two intensities, the second undone
		showPage("Handelingsperspectieven");
		IntensityControl sociaal = robot.widget(shell, MatrixWidgetKeys.intensity(Handelingsperspectief.SOCIALE_AANPAK),
				IntensityControl.class);
		IntensityControl woningen = robot.widget(shell, MatrixWidgetKeys.intensity(Handelingsperspectief.WONINGPROGRAMMA),
				IntensityControl.class);
		int editorControlHeight = sociaal.getSize().y;
		clickSegment(sociaal, 3);
		robot.waitUntil("sociale aanpak fors", () -> intensity(schets, Handelingsperspectief.SOCIALE_AANPAK) == 3);
		clickSegment(woningen, 4);
		robot.waitUntil("woningprogramma vol op het orgel", () -> intensity(schets, Handelingsperspectief.WONINGPROGRAMMA) == 4);
		robot.screenshot("wijkschets-journey-3-perspectieven");
		robot.xdotool("key", "ctrl+z");
		robot.waitUntil("Ctrl+Z to undo the second intensity",
				() -> intensity(schets, Handelingsperspectief.WONINGPROGRAMMA) == 0);
		assertEquals(3, intensity(schets, Handelingsperspectief.SOCIALE_AANPAK), "the first stays");
		assertEquals(0, woningen.getIntensity(), "the widget follows the undo");

		// 5. the Buurten page for reference
		showPage("Buurten");
		robot.settle(300);
		robot.screenshot("wijkschets-journey-4-buurten");

		// 6. save, close, reopen from the Project Explorer
		assertTrue(editor.isDirty());
		robot.xdotool("key", "ctrl+s");
		robot.waitUntil("Ctrl+S to save", () -> !editor.isDirty());
		robot.xdotool("key", "ctrl+w");
		robot.waitUntil("Ctrl+W to close the editor", () -> page.getEditorReferences().length == 0);

		Analyse onDisk = AnalyseFiles.load(Path.of(file.getLocationURI()));
		Wijkschets saved = onDisk.getWijkschetsen().get(0);
		assertEquals(BEVOLKING, saved.getBevolking());
		assertEquals(Beoordeling.ZWAK, saved.getStatusBeoordelingen().get(0).getRating());
		assertEquals(PROBLEEM, saved.getProbleemanalyse());
		assertEquals(3, intensity(saved, Handelingsperspectief.SOCIALE_AANPAK));
		assertEquals(0, intensity(saved, Handelingsperspectief.WONINGPROGRAMMA));

		CommonNavigator explorer = (CommonNavigator) page.showView(IPageLayout.ID_PROJECT_EXPLORER);
		Analyse analyse = AnalyseSessions.of(file).orElseThrow().getAnalyse();
		Wijkschets inExplorer = analyse.getWijkschetsen().get(0);
		explorer.getCommonViewer().expandToLevel(file, 2);
		explorer.getCommonViewer().expandToLevel(analyse, 1);
		explorer.getCommonViewer().setSelection(new StructuredSelection(inExplorer), true);
		robot.settle(300);
		TreeItem item = (TreeItem) explorer.getCommonViewer().testFindItem(inExplorer);
		Rectangle bounds = item.getBounds();
		Point onItem = item.getParent().toDisplay(bounds.x + Math.min(20, bounds.width / 2), bounds.y + bounds.height / 2);
		robot.xdotool("mousemove", str(onItem.x), str(onItem.y), "click", "--repeat", "2", "1");
		robot.waitUntil("a double-click to open the wijkschets again", () -> page.getActiveEditor() instanceof WijkschetsEditor);
		editor = (WijkschetsEditor) page.getActiveEditor();
		robot.settle(500);
		assertEquals(BEVOLKING, robot.widget(shell, OverzichtWidgetKeys.BEVOLKING, Text.class).getText(),
				"the reopened Overzicht shows what was saved");
		assertEquals("zwak", robot.widget(shell, OverzichtWidgetKeys.rating(StatusAspect.FYSIEKE_KWALITEIT), Combo.class)
				.getText());
		robot.screenshot("wijkschets-journey-5-heropend");

		// 7. presentation mode and back
		robot.xdotool("key", "F11");
		robot.waitUntil("F11 to present", () -> presentationShell() != null);
		Shell presentation = presentationShell();
		robot.settle(1500);
		assertEquals(presentation.getMonitor().getBounds(), presentation.getBounds(), "full screen");
		IntensityControl leefomgeving = robot.widget(presentation,
				MatrixWidgetKeys.intensity(Handelingsperspectief.LEEFOMGEVING), IntensityControl.class);
		assertTrue(leefomgeving.getSize().y > editorControlHeight, "large type: larger controls than in the editor");
		double zoom = ((nl.veerkracht.wijkschets.ui.matrix.PerspectiveMatrix) robot.widget(presentation,
				PresentationKeys.MATRIX, nl.veerkracht.wijkschets.ui.matrix.PerspectiveMatrix.class)).getZoom();
		assertTrue(zoom >= 1.2, "the 2x2 in large type that still fits the screen: zoom " + zoom);
		clickSegment(leefomgeving, 2);
		robot.waitUntil("an intensity set live in the presentation",
				() -> intensity(editor.getWijkschets(), Handelingsperspectief.LEEFOMGEVING) == 2);
		assertTrue(editor.isDirty(), "the editor has the change from the presentation");
		robot.screenshot("wijkschets-journey-6-presentatie");
		robot.xdotool("key", "Escape");
		robot.waitUntil("Esc to leave the presentation", () -> presentationShell() == null);
		robot.waitUntil("back in the editor, the workbench window active again",
				() -> page.getActivePart() == editor && display.getActiveShell() == shell);
		assertEquals(2, intensity(editor.getWijkschets(), Handelingsperspectief.LEEFOMGEVING));

		// 8. the poster: exported from the header tool bar, checked with PDFBox and rendered with pdftoppm
		robot.xdotool("key", "ctrl+s");
		robot.waitUntil("saved again", () -> !editor.isDirty());
		ToolItem posterItem = headerItem(PosterWidgetKeys.HEADER_ITEM);
		Rectangle itemBounds = posterItem.getBounds();
		Point onPoster = posterItem.getParent().toDisplay(itemBounds.x + itemBounds.width / 2, itemBounds.y + itemBounds.height / 2);
		robot.xdotool("mousemove", str(onPoster.x), str(onPoster.y), "click", "1");
		robot.waitUntil("the poster dialog", () -> posterDialog() != null);
		Shell dialog = posterDialog();
		Path pdf = Path.of(file.getParent().getLocationURI()).resolve("wijkschets-delfshaven.pdf");
		assertEquals(pdf.toString(), robot.widget(dialog, PosterWidgetKeys.FILE, Text.class).getText());
		Text participants = robot.widget(dialog, PosterWidgetKeys.PARTICIPANTS, Text.class);
		click(participants);
		type("Gebiedsatelier Delfshaven");
		Button export = findButton(dialog, IDialogConstants.OK_ID);
		Point onExport = export.toDisplay(export.getSize().x / 2, export.getSize().y / 2);
		robot.xdotool("mousemove", str(onExport.x), str(onExport.y), "click", "1");
		robot.waitUntil("the dialog closed", () -> posterDialog() == null);
		robot.waitForJobs("the poster", ExportPosterJob.FAMILY);
		robot.waitUntil("the PDF written", () -> Files.isRegularFile(pdf));
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDRectangle size = document.getPage(0).getMediaBox();
			assertEquals(420 / 25.4 * 72, size.getWidth(), 1, "A3 landscape width");
			assertEquals(297 / 25.4 * 72, size.getHeight(), 1, "A3 landscape height");
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			for (String expected : List.of("Delfshaven", "Jonge gezinnen vertrekken.", "te kleine woningen",
					"Gezinnen blijven in de wijk wonen.", "fysieke kwaliteit: zwak", "Sociale aanpak", "fors", "Leefomgeving", "gemiddeld",
					"Gebiedsatelier Delfshaven", "Bron: CBS, Kerncijfers wijken en buurten 2014\u20132016, CC BY 4.0")) {
				assertTrue(text.contains(expected), "the poster says \"" + expected + "\": " + text);
			}
		}
		Path rendered = Files.createTempDirectory("journey-poster").resolve("poster");
		Process process = new ProcessBuilder("pdftoppm", "-png", "-r", "60", "-singlefile", pdf.toString(), rendered.toString())
				.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertTrue(process.waitFor(120, TimeUnit.SECONDS) && process.exitValue() == 0, "pdftoppm: " + output);
		BufferedImage page = ImageIO.read(rendered.resolveSibling("poster.png").toFile());
		assertEquals(Math.round(420 / 25.4 * 60), page.getWidth(), 2);
		long coloured = 0;
		for (int y = 0; y < page.getHeight(); y += 4) {
			for (int x = 0; x < page.getWidth(); x += 4) {
				int rgb = page.getRGB(x, y) & 0xFFFFFF;
				if (rgb != 0xFFFFFF) {
					coloured++;
				}
			}
		}
		assertTrue(coloured > page.getWidth() * page.getHeight() / 16 / 5, "the rendered poster is not blank: " + coloured);
		Files.copy(rendered.resolveSibling("poster.png"), robot.screenshot("wijkschets-journey-7-poster").resolveSibling(
				"wijkschets-journey-7-poster-pdftoppm.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	private ToolItem headerItem(String id) {
		ToolBarManager manager = (ToolBarManager) editor.getActivePageInstance().getManagedForm().getForm()
				.getToolBarManager();
		for (ToolItem item : manager.getControl().getItems()) {
			if (item.getData() instanceof IContributionItem contribution && id.equals(contribution.getId())) {
				return item;
			}
		}
		throw new AssertionError("no " + id + " in the header tool bar");
	}

	private Shell posterDialog() {
		for (Shell open : display.getShells()) {
			if (!open.isDisposed() && open.isVisible() && PosterWidgetKeys.DIALOG.equals(WidgetKeys.get(open))) {
				return open;
			}
		}
		return null;
	}

	private Shell presentationShell() {
		for (Shell open : display.getShells()) {
			if (!open.isDisposed() && open.isVisible()
					&& PresentationKeys.SHELL.equals(open.getData(WidgetKeys.KEY))) {
				return open;
			}
		}
		return null;
	}

	private void showPage(String title) {
		CTabFolder tabs = robot.widget(shell, nl.veerkracht.wijkschets.ui.editor.EditorWidgetKeys.PAGES, CTabFolder.class);
		for (int i = 0; i < tabs.getItemCount(); i++) {
			if (tabs.getItem(i).getText().equals(title)) {
				Rectangle tab = tabs.getItem(i).getBounds();
				Point onScreen = tabs.toDisplay(tab.x + tab.width / 2, tab.y + tab.height / 2);
				robot.xdotool("mousemove", str(onScreen.x), str(onScreen.y), "click", "1");
				int index = i;
				CTabFolder folder = tabs;
				robot.waitUntil("the page " + title, () -> folder.getSelectionIndex() == index);
				robot.settle(400);
				return;
			}
		}
		throw new AssertionError("no page " + title + " in " + List.of(tabs.getItems()).stream().map(t -> t.getText()).toList());
	}

	private static int intensity(Wijkschets schets, Handelingsperspectief perspective) {
		return schets.getPerspectiefMix().stream().filter(inzet -> inzet.getPerspective() == perspective)
				.mapToInt(PerspectiefInzet::getIntensity).findFirst().orElse(0);
	}

	private void clickSegment(IntensityControl control, int segment) {
		FormToolkit.ensureVisible(control);
		robot.settle(150);
		Rectangle box = control.segmentBounds(segment);
		Point onScreen = control.toDisplay(box.x + box.width / 2, box.y + box.height / 2);
		robot.xdotool("mousemove", str(onScreen.x), str(onScreen.y), "click", "1");
		robot.settle(250);
	}

	private void click(Control control) {
		FormToolkit.ensureVisible(control);
		robot.settle(100);
		Point onScreen = control.toDisplay(Math.min(control.getSize().x / 2, 40), Math.min(control.getSize().y / 2, 12));
		robot.xdotool("mousemove", str(onScreen.x), str(onScreen.y), "click", "1");
		robot.settle(250);
	}

	private void type(String text) {
		robot.xdotool("type", "--delay", "25", "--", text);
		robot.settle(100);
	}
}
