package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.model.Beoordeling;
import nl.veerkracht.model.Dilemma;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.ProjectStatus;
import nl.veerkracht.model.Sleutelproject;
import nl.veerkracht.model.StatusBeoordeling;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.VeerkrachtPackage.Literals;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.scoring.run.SignalMapLayer;
import nl.veerkracht.wijkschets.ui.editor.WijkschetsEditor;
import nl.veerkracht.wijkschets.ui.poster.ExportPosterJob;
import nl.veerkracht.wijkschets.ui.poster.PosterBuilder;
import nl.veerkracht.wijkschets.ui.poster.PosterMaps;
import nl.veerkracht.wijkschets.ui.poster.PosterPage;
import nl.veerkracht.wijkschets.ui.poster.PosterPreviewJob;
import nl.veerkracht.wijkschets.ui.poster.PosterWidgetKeys;

/**
 * "Poster exporteren…" on a wijkschets of Delfshaven with the Rotterdam signal map open: the editor's Poster page
 * previews the poster; the command is clicked in the editor's header tool bar, its dialog filled in and the poster
 * written by the job. The PDF is A3 landscape
 * with the texts of the wijkschets (mix with intensity words, status notes, participants, CBS source line),
 * poppler renders it to a designed page; the PNG has the size of A3 at the chosen resolution; the participants are
 * remembered; a missing photo is a warning naming the file and the poster comes out without it; an existing file
 * is only replaced when the user agrees.
 */
class PosterExportWorkflowTest extends MapTestBase {

	private static final String PROJECT = "poster-export";
	private static final String PHOTO = "foto-delfshaven.png";
	private static final List<String> PARTICIPANTS = List.of("A. de Vries (gemeente)", "B. Yilmaz (Havensteder)",
			"C. Jansen (bewonersorganisatie)");
	private static final Map<Handelingsperspectief, Integer> MIX = Map.of(Handelingsperspectief.SOCIALE_AANPAK, 4,
			Handelingsperspectief.LEEFOMGEVING, 2, Handelingsperspectief.WONINGPROGRAMMA, 1,
			Handelingsperspectief.HERPOSITIONERING, 3);

	private IWorkbenchPage page;
	private IFile analyse;
	private Path folder;
	private WijkschetsEditor editor;
	private FormPage posterPage;

	@BeforeEach
	void openDelfshavenWithTheSignalMap() throws Exception {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		analyse = WijkschetsFixture.rotterdamAnalyse(PROJECT);
		folder = Path.of(analyse.getProject().getLocationURI());
		SignalMapFixture.showRotterdam(mapView);
		editor = WijkschetsFixture.openDelfshaven(page, analyse);
		// the editor area of the Veerkracht perspective is small beside the map; the workshop works maximized
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		posterPage = (FormPage) editor.setActivePage(PosterPage.ID);
		robot.waitUntil("the Poster page", () -> posterPage.getManagedForm() != null);
		robot.settle(500);
		assertNotNull(posterItem(), "the header tool bar offers the poster export: " + headerItems());
	}

	@AfterEach
	void closeEverything() throws Exception {
		for (Shell open : display.getShells()) {
			if (!open.isDisposed() && PosterWidgetKeys.DIALOG.equals(WidgetKeys.get(open))) {
				open.close();
			}
		}
		robot.waitForJobs("no poster job left", ExportPosterJob.FAMILY);
		if (editor != null) {
			page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
			page.closeEditor(editor, false);
		}
		robot.settle(200);
		WijkschetsFixture.delete(PROJECT);
	}

	@Test
	void exportsTheFilledInWijkschetsAsPdfAndPng() throws Exception {
		writePhoto(folder.resolve(PHOTO));
		fillIn(PHOTO);
		robot.waitForJobs("the poster preview", PosterPreviewJob.FAMILY);
		Label preview = previewOf(posterPage.getManagedForm().getForm().getBody());
		robot.waitUntil("the preview of the poster", () -> preview.getImage() != null);
		robot.settle(300);
		assertTrue(preview.getImage().getBounds().width > 1000, "the preview shows the poster's front page");
		robot.screenshot("poster-page");

		PosterMaps maps = PosterBuilder.signalMaps(editor.getWijkschets()).orElseThrow();
		assertTrue(maps.areaFound(), "the signal map has the buurten of Delfshaven");
		Envelope main = maps.main().envelope();
		Envelope gemeente = maps.inset().envelope();
		assertTrue(gemeente.contains(main) && main.getArea() < gemeente.getArea() / 10,
				"the main map is zoomed to the wijk (" + main + "), the inset shows the gemeente (" + gemeente + ")");
		VectorLayer outline = (VectorLayer) maps.main().content().layers().get(1);
		assertTrue(outline.getFeatures().size() > 3 && outline.getFeatures().getFeatures().stream()
				.allMatch(buurt -> buurt.getAttribute(SignalMapLayer.BU_CODE).toString().startsWith("BU059903")),
				"the wijk's buurten are outlined");
		assertEquals("Bron: CBS, Kerncijfers wijken en buurten 2014\u20132016, CC BY 4.0", maps.attribution());

		Shell dialog = openDialog();
		Text file = robot.widget(dialog, PosterWidgetKeys.FILE, Text.class);
		Path pdf = folder.resolve("wijkschets-delfshaven.pdf");
		assertEquals(pdf.toString(), file.getText(), "the default file is named after the wijk, next to the analysis");
		assertFalse(robot.widget(dialog, PosterWidgetKeys.DPI, Spinner.class).isEnabled(), "no resolution for a PDF");
		robot.widget(dialog, PosterWidgetKeys.PARTICIPANTS, Text.class).setText(String.join("\n", PARTICIPANTS));
		robot.widget(dialog, PosterWidgetKeys.DATE, DateTime.class).setDate(2026, 10, 24);
		robot.settle(300);
		robot.screenshot("poster-dialog");
		clickOk(dialog);
		robot.waitForJobs("the PDF poster", ExportPosterJob.FAMILY);

		assertTrue(Files.isRegularFile(pdf), "the PDF is written");
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDRectangle size = document.getPage(0).getMediaBox();
			assertEquals(420 / 25.4 * 72, size.getWidth(), 1, "A3 landscape width");
			assertEquals(297 / 25.4 * 72, size.getHeight(), 1, "A3 landscape height");
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			for (String expected : List.of("Delfshaven", "Sociale aanpak", "vol op het orgel", "Leefomgeving",
					"gemiddeld", "Woningprogramma", "beperkt", "Herpositionering", "fors",
					"fysieke kwaliteit: matig", "achterstallig onderhoud", "sociale leefbaarheid: zwak",
					"overlast rond pleinen", "Nieuwe Westen aan de Schie", "Investeren of spreiden",
					"A. de Vries (gemeente)", "B. Yilmaz (Havensteder)", "C. Jansen (bewonersorganisatie)",
					"24 november 2026", "Bron: CBS, Kerncijfers wijken en buurten 2014\u20132016, CC BY 4.0",
					"buurtcoaches achter de voordeur")) {
				assertTrue(text.contains(expected), "the poster says \"" + expected + "\": " + text);
			}
			assertFalse(text.contains("geen foto"), "the photo is on the poster");
			assertFalse(text.contains("geen kaart"), "the map is on the poster");
		}
		Path artifacts = artifacts();
		Files.copy(pdf, artifacts.resolve("poster-delfshaven.pdf"), StandardCopyOption.REPLACE_EXISTING);
		BufferedImage rendered = pdftoppm(pdf, artifacts.resolve("poster-delfshaven-pdftoppm"));
		assertEquals(Math.round(420 / 25.4 * 100), rendered.getWidth(), 2);
		assertDesigned(rendered);

		dialog = openDialog();
		Text participants = robot.widget(dialog, PosterWidgetKeys.PARTICIPANTS, Text.class);
		assertEquals(PARTICIPANTS, Arrays.asList(participants.getText().split("\\R")),
				"the participants of this wijkschets are remembered");
		Combo format = robot.widget(dialog, PosterWidgetKeys.FORMAT, Combo.class);
		format.select(1);
		format.notifyListeners(SWT.Selection, null);
		file = robot.widget(dialog, PosterWidgetKeys.FILE, Text.class);
		Path png = folder.resolve("wijkschets-delfshaven.png");
		assertEquals(png.toString(), file.getText(), "choosing PNG changes the extension");
		Spinner dpi = robot.widget(dialog, PosterWidgetKeys.DPI, Spinner.class);
		assertTrue(dpi.isEnabled(), "a PNG has a resolution");
		dpi.setSelection(100);
		clickOk(dialog);
		robot.waitForJobs("the PNG poster", ExportPosterJob.FAMILY);

		assertTrue(Files.isRegularFile(png), "the PNG is written");
		Files.copy(png, artifacts.resolve("poster-delfshaven.png"), StandardCopyOption.REPLACE_EXISTING);
		BufferedImage image = ImageIO.read(png.toFile());
		assertEquals(Math.round(420 / 25.4 * 100), image.getWidth(), 1);
		assertEquals(Math.round(297 / 25.4 * 100), image.getHeight(), 1);
		assertDesigned(image);
		assertNotNull(analyse.getParent().findMember(png.getFileName().toString()), "the workspace knows the new file");
	}

	@Test
	void aMissingPhotoIsAWarningAndAnExistingFileIsOnlyReplacedWhenAgreed() throws Exception {
		fillIn("ontbreekt.jpg");
		Shell dialog = openDialog();
		String shown = texts(dialog);
		assertTrue(shown.contains("ontbreekt.jpg"), "the dialog warns about the missing photo: " + shown);
		DialogWatcher warning = DialogWatcher.watch(display, "Poster geschreven met een waarschuwing");
		try {
			clickOk(dialog);
			robot.waitForJobs("the poster", ExportPosterJob.FAMILY);
			robot.waitUntil("the warning after the export", warning::caught);
		} finally {
			warning.stop();
		}
		assertTrue(warning.text().contains(folder.resolve("ontbreekt.jpg").toString()),
				"the warning names the photo: " + warning.text());
		Path pdf = folder.resolve("wijkschets-delfshaven.pdf");
		byte[] written = Files.readAllBytes(pdf);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			String text = new PDFTextStripper().getText(document);
			assertTrue(text.contains("geen foto"), "the poster comes out without the photo");
			assertTrue(text.contains("Delfshaven"));
		}

		Shell again = openDialog();
		DialogWatcher question = DialogWatcher.watch(display, "Bestand bestaat al");
		try {
			clickOk(again);
			robot.waitUntil("the question whether to replace the file", question::caught);
		} finally {
			question.stop();
		}
		assertTrue(question.text().contains(pdf.toString()), question.text());
		robot.settle(200);
		assertEquals(0, posterJobs(), "no export after No");
		assertFalse(again.isDisposed(), "the dialog stays open to choose another file");
		assertArrayEquals(written, Files.readAllBytes(pdf), "the file is untouched");
	}

	/** Fills in the wijkschets through the editor's command stack, as the pages do. */
	private void fillIn(String photo) {
		Wijkschets schets = editor.getWijkschets();
		EditingDomain domain = editor.getEditingDomain();
		execute(SetCommand.create(domain, schets, Literals.WIJKSCHETS__PHOTO_PATH, photo));
		execute(SetCommand.create(domain, schets, Literals.WIJKSCHETS__PROBLEEMANALYSE,
				"Veel huishoudens met een laag inkomen in kleine, gehorige huurwoningen; de schuldenproblematiek "
						+ "is groot en de sociale samenhang wisselend."));
		execute(SetCommand.create(domain, schets, Literals.WIJKSCHETS__DEFINITIE_VAN_SUCCES,
				"Over tien jaar voelen bewoners zich veilig en groeien kinderen op zonder achterstand."));
		List<String> notes = List.of("vooroorlogse blokken, achterstallig onderhoud",
				"overlast rond pleinen, weinig contact tussen groepen", "sterke bewonersinitiatieven");
		List<Beoordeling> ratings = List.of(Beoordeling.MATIG, Beoordeling.ZWAK, Beoordeling.VOLDOENDE);
		for (int i = 0; i < schets.getStatusBeoordelingen().size(); i++) {
			StatusBeoordeling status = schets.getStatusBeoordelingen().get(i);
			execute(SetCommand.create(domain, status, Literals.STATUS_BEOORDELING__RATING, ratings.get(i)));
			execute(SetCommand.create(domain, status, Literals.STATUS_BEOORDELING__NOTE, notes.get(i)));
		}
		for (PerspectiefInzet inzet : schets.getPerspectiefMix()) {
			execute(SetCommand.create(domain, inzet, Literals.PERSPECTIEF_INZET__INTENSITY,
					MIX.get(inzet.getPerspective())));
		}
		PerspectiefInzet sociaal = schets.getPerspectiefMix().stream()
				.filter(inzet -> inzet.getPerspective() == Handelingsperspectief.SOCIALE_AANPAK).findFirst()
				.orElseThrow();
		execute(SetCommand.create(domain, sociaal, Literals.PERSPECTIEF_INZET__RATIONALE,
				"buurtcoaches achter de voordeur, schuldhulp dichtbij"));
		Sleutelproject project = VeerkrachtFactory.eINSTANCE.createSleutelproject();
		project.setName("Nieuwe Westen aan de Schie");
		project.setOwner("Gemeente Rotterdam");
		project.setStatus(ProjectStatus.LOPEND);
		execute(AddCommand.create(domain, schets, Literals.WIJKSCHETS__SLEUTELPROJECTEN, project));
		Dilemma dilemma = VeerkrachtFactory.eINSTANCE.createDilemma();
		dilemma.setTitle("Investeren of spreiden");
		dilemma.setDescription("Meer middeninkomens betekent minder sociale huur voor wie nu wacht.");
		execute(AddCommand.create(domain, schets, Literals.WIJKSCHETS__DILEMMAS, dilemma));
		robot.settle(100);
	}

	private void execute(Command command) {
		assertTrue(command.canExecute(), "the command can be executed: " + command.getLabel());
		editor.getEditingDomain().getCommandStack().execute(command);
	}

	/** Clicks "Poster exporteren" in the editor's header tool bar and returns the dialog. */
	private Shell openDialog() {
		ToolItem item = posterItem();
		assertNotNull(item, "the header tool bar offers the poster export");
		assertTrue(item.getToolTipText() != null && item.getToolTipText().contains("poster"),
				"tool tip: " + item.getToolTipText());
		Rectangle bounds = item.getBounds();
		Point centre = item.getParent().toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
		robot.xdotool("mousemove", Integer.toString(centre.x), Integer.toString(centre.y), "click", "1");
		robot.waitUntil("the poster dialog", () -> dialogShell() != null);
		robot.settle(200);
		return dialogShell();
	}

	private ToolItem posterItem() {
		if (posterPage.getManagedForm() == null) {
			return null;
		}
		ToolBarManager manager = (ToolBarManager) posterPage.getManagedForm().getForm().getToolBarManager();
		if (manager.getControl() == null) {
			return null;
		}
		for (ToolItem item : manager.getControl().getItems()) {
			if (item.getData() instanceof IContributionItem contribution
					&& PosterWidgetKeys.HEADER_ITEM.equals(contribution.getId())) {
				return item;
			}
		}
		return null;
	}

	private static Label previewOf(Control control) {
		if (control instanceof Label label && PosterPage.PREVIEW.equals(WidgetKeys.get(label))) {
			return label;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Label found = previewOf(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private List<String> headerItems() {
		ToolBarManager manager = (ToolBarManager) posterPage.getManagedForm().getForm().getToolBarManager();
		List<String> items = new ArrayList<>();
		if (manager.getControl() != null) {
			for (ToolItem item : manager.getControl().getItems()) {
				items.add(item.getToolTipText() + " / " + item.getData());
			}
		}
		return items;
	}

	private Shell dialogShell() {
		for (Shell open : display.getShells()) {
			if (PosterWidgetKeys.DIALOG.equals(WidgetKeys.get(open)) && open.isVisible()) {
				return open;
			}
		}
		return null;
	}

	private void clickOk(Shell dialog) {
		Button ok = findButton(dialog, IDialogConstants.OK_ID);
		assertTrue(ok.isEnabled(), "Exporteren is enabled: " + texts(dialog));
		Point centre = ok.toDisplay(ok.getSize().x / 2, ok.getSize().y / 2);
		robot.xdotool("mousemove", Integer.toString(centre.x), Integer.toString(centre.y), "click", "1");
		robot.settle(300);
	}

	private static int posterJobs() {
		return org.eclipse.core.runtime.jobs.Job.getJobManager().find(ExportPosterJob.FAMILY).length;
	}

	private static String texts(Control control) {
		List<String> texts = new ArrayList<>();
		collectTexts(control, texts);
		return String.join("\n", texts);
	}

	private static void collectTexts(Control control, List<String> texts) {
		if (control instanceof Label label) {
			texts.add(label.getText());
		} else if (control instanceof Text text) {
			texts.add(text.getText());
		} else if (control instanceof org.eclipse.swt.custom.CLabel label && label.getText() != null) {
			texts.add(label.getText());
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collectTexts(child, texts);
			}
		}
	}

	private static void writePhoto(Path file) throws IOException {
		BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setColor(new Color(0x9C, 0xC9, 0xE8));
			g.fillRect(0, 0, 800, 600);
			int[] heights = { 260, 330, 300, 380, 240, 310, 350, 280 };
			for (int i = 0; i < heights.length; i++) {
				g.setColor(i % 2 == 0 ? new Color(0x8B, 0x4A, 0x36) : new Color(0xA8, 0x5D, 0x44));
				g.fillRect(i * 100, 600 - heights[i], 100, heights[i]);
				g.setColor(new Color(0xF4, 0xE9, 0xC8));
				for (int y = 600 - heights[i] + 20; y < 560; y += 40) {
					g.fillRect(i * 100 + 15, y, 25, 22);
					g.fillRect(i * 100 + 60, y, 25, 22);
				}
			}
		} finally {
			g.dispose();
		}
		ImageIO.write(image, "png", file.toFile());
	}

	private static Path artifacts() throws IOException {
		Path artifacts = Path.of(System.getProperty("veerkracht.test.artifacts", "target/test-artifacts"));
		Files.createDirectories(artifacts);
		return artifacts;
	}

	/** Renders the first page of a PDF with poppler's pdftoppm at 100 dpi. */
	private static BufferedImage pdftoppm(Path pdf, Path pngWithoutExtension) throws Exception {
		Process process = new ProcessBuilder("pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile",
				pdf.toString(), pngWithoutExtension.toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertTrue(process.waitFor(120, TimeUnit.SECONDS) && process.exitValue() == 0, "pdftoppm failed: " + output);
		Path png = pngWithoutExtension.resolveSibling(pngWithoutExtension.getFileName() + ".png");
		assertTrue(Files.isRegularFile(png), "pdftoppm wrote " + png);
		return ImageIO.read(png.toFile());
	}

	/**
	 * A designed page, not a blank one: the header band (the poster's accent colour) across the top, a good share of
	 * white, many colours (map, photo, mix, text), and the blue and orange of the mix.
	 */
	private static void assertDesigned(BufferedImage image) {
		Color band = new Color(image.getRGB(image.getWidth() / 2, image.getHeight() / 40));
		assertTrue(Math.abs(band.getRed() - 0x1F) < 12 && Math.abs(band.getGreen() - 0x5F) < 12
				&& Math.abs(band.getBlue() - 0x6B) < 12, "the header band is on top: " + band);
		java.util.Set<Integer> colours = new java.util.HashSet<>();
		int white = 0;
		int total = 0;
		int blue = 0;
		int orange = 0;
		for (int y = 0; y < image.getHeight(); y += 2) {
			for (int x = 0; x < image.getWidth(); x += 2) {
				int rgb = image.getRGB(x, y) & 0xFFFFFF;
				colours.add(rgb);
				white += rgb == 0xFFFFFF ? 1 : 0;
				blue += near(rgb, 0x4D85BD) ? 1 : 0;
				orange += near(rgb, 0xF0A067) ? 1 : 0;
				total++;
			}
		}
		assertTrue(colours.size() > 200, "a poster has many colours, not " + colours.size());
		assertTrue(white > total / 5 && white < total * 9 / 10, "white share " + white + " of " + total);
		assertTrue(blue > 1_000, "the sociale aanpak quadrant at 4 is blue: " + blue);
		assertTrue(orange > 1_000, "the herpositionering quadrant at 3 is orange: " + orange);
	}

	private static boolean near(int rgb, int target) {
		return Math.abs(((rgb >> 16) & 0xFF) - ((target >> 16) & 0xFF)) <= 6
				&& Math.abs(((rgb >> 8) & 0xFF) - ((target >> 8) & 0xFF)) <= 6
				&& Math.abs((rgb & 0xFF) - (target & 0xFF)) <= 6;
	}
}
