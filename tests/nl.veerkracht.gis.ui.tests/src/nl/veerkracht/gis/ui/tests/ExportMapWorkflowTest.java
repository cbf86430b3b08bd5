package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.veerkracht.gis.core.layer.Layer;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.style.LabelStyle;
import nl.veerkracht.gis.core.style.LayerStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.gis.ui.export.ExportMapJob;

/**
 * Map decorations and File &gt; Export &gt; Kaartafbeelding on the demo map with labelled buurten: the
 * Map view shows a scale bar and a north arrow; the export wizard is offered in the File menu and on the
 * Map view's toolbar, writes a PNG of the chosen size and resolution with the map and its legend, asks
 * before replacing a file, and refuses a file name that does not fit the format.
 */
class ExportMapWorkflowTest extends MapTestBase {

	private static final String WIZARD = "nl.veerkracht.gis.ui.export.map";
	private static final String PREFIX = "veerkracht.export.map";

	private WizardRobot wizard;
	private Path folder;
	private Layer buurten;
	private LayerStyle buurtenStyle;

	@BeforeEach
	void labelTheBuurten() throws IOException {
		folder = Files.createTempDirectory("veerkracht-export");
		MapContent content = mapView.getMapContent();
		buurten = content.layers().get(0);
		buurtenStyle = buurten.getStyle();
		content.setStyle(buurten, buurtenStyle.withLabels(LabelStyle.of("regio")));
		waitForFrame();
	}

	@AfterEach
	void closeWizardAndRestore() throws IOException {
		if (wizard != null) {
			wizard.cancel();
		}
		mapView.getMapContent().setStyle(buurten, buurtenStyle);
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	@Test
	void mapViewShowsTheScaleBarBottomLeftAndTheNorthArrowTopRight() {
		shell.setBounds(0, 0, 1280, 900);
		robot.settle(300);
		waitForFrame();
		Canvas canvas = robot.widget(shell, WidgetKeys.MAP_CANVAS, Canvas.class);
		Point size = canvas.getSize();
		Point origin = canvas.toDisplay(0, 0);
		int arrow = ink(robot.capture(new Rectangle(origin.x + size.x - 70, origin.y, 70, 90)));
		int scaleBar = ink(robot.capture(new Rectangle(origin.x, origin.y + size.y - 60, 220, 60)));
		robot.screenshot("export-map-view-with-labels-and-overlay");
		assertTrue(arrow > 30, "north arrow in the top right corner: " + arrow + " dark pixels");
		assertTrue(scaleBar > 60, "scale bar in the bottom left corner: " + scaleBar + " dark pixels");
	}

	@Test
	void exportsTheDemoMapAsAPngWithItsLegend() throws Exception {
		assertOffered();
		wizard = WizardRobot.openExport(robot, shell, WIZARD);
		Path file = folder.resolve("veerhaven.png");
		wizard.select(PREFIX + ".format", 0);
		wizard.select(PREFIX + ".size", 0);
		wizard.spin(PREFIX + ".width", 1200);
		wizard.spin(PREFIX + ".height", 800);
		wizard.spin(PREFIX + ".dpi", 150);
		wizard.type(PREFIX + ".title", "Veerhaven: buurten");
		wizard.type(PREFIX + ".file", file.toString());
		Label summary = robot.widget(wizard.shell(), PREFIX + ".summary", Label.class);
		assertTrue(summary.getText().startsWith("1200 x 800 pixels"), summary.getText());
		assertTrue(robot.widget(wizard.shell(), PREFIX + ".legend", Button.class).getSelection(), "legend by default");
		String attribution = robot.widget(wizard.shell(), PREFIX + ".attributionText", Text.class).getText();
		assertTrue(attribution.contains("fictief") && !attribution.contains("Centraal Bureau"),
				"the invented demo map is not credited to CBS: " + attribution);
		assertTrue(wizard.canFinish(), "ready: " + wizard.errorMessage());
		robot.screenshot("export-map-wizard");
		wizard.finish();
		robot.waitForJobs("the export", ExportMapJob.FAMILY);

		assertTrue(Files.isRegularFile(file), "the PNG is written");
		Files.copy(file, Path.of(System.getProperty("veerkracht.test.artifacts", "target/test-artifacts"))
				.resolve("export-map-veerhaven.png"), StandardCopyOption.REPLACE_EXISTING);
		BufferedImage image = ImageIO.read(file.toFile());
		assertEquals(1200, image.getWidth());
		assertEquals(800, image.getHeight());
		int frameRight = frameRightEdge(image);
		assertTrue(frameRight > image.getWidth() / 2 && frameRight < image.getWidth() * 0.9,
				"the map frame leaves room for the legend on its right: " + frameRight);
		Color buurtFill = over(((SingleSymbolStyle) buurtenStyle).symbol());
		int mapPixels = count(image, 0, frameRight, buurtFill);
		assertTrue(mapPixels > 50_000, "the buurten fill the map frame: " + mapPixels + " pixels");
		int swatch = count(image, frameRight + 1, image.getWidth(), buurtFill);
		assertTrue(swatch > 20 && swatch < 2_000, "the legend has the buurten swatch: " + swatch + " pixels");
		int ink = count(image, frameRight + 1, image.getWidth(), null);
		assertTrue(ink > 1_000, "and the layer titles: " + ink + " non-white pixels");
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(1, files.count(), "no temporary file is left");
		}
	}

	@Test
	void asksBeforeReplacingAFileAndKeepsItWhenTheAnswerIsNo() throws Exception {
		Path file = folder.resolve("bestaat.pdf");
		byte[] before = "earlier map".getBytes();
		Files.write(file, before);
		wizard = WizardRobot.openExport(robot, shell, WIZARD);
		wizard.select(PREFIX + ".format", 2);
		wizard.type(PREFIX + ".file", file.toString());
		assertTrue(wizard.canFinish(), "ready: " + wizard.errorMessage());
		DialogWatcher question = DialogWatcher.watch(display, "Bestand bestaat al");
		try {
			pressFinish();
			robot.waitUntil("the question whether to replace the file", question::caught);
		} finally {
			question.stop();
		}
		assertTrue(question.text().contains("bestaat.pdf"), question.text());
		robot.waitForJobs("no export", ExportMapJob.FAMILY);
		assertFalse(wizard.shell().isDisposed(), "the wizard stays open to choose another file");
		assertArrayEquals(before, Files.readAllBytes(file), "the file is untouched");
	}

	@Test
	void aFileNameMustFitTheFormatAndItsFolderMustExist() throws Exception {
		wizard = WizardRobot.openExport(robot, shell, WIZARD);
		wizard.type(PREFIX + ".file", folder.resolve("kaart.png").toString());
		wizard.select(PREFIX + ".format", 1);
		Text file = robot.widget(wizard.shell(), PREFIX + ".file", Text.class);
		assertTrue(file.getText().endsWith("kaart.svg"), "choosing SVG changes the extension: " + file.getText());
		wizard.type(PREFIX + ".file", folder.resolve("kaart.png").toString());
		assertTrue(wizard.errorMessage().contains(".svg"), wizard.errorMessage());
		assertFalse(wizard.canFinish());
		wizard.type(PREFIX + ".file", folder.resolve("bestaat-niet").resolve("kaart.svg").toString());
		assertTrue(wizard.errorMessage().contains("bestaat-niet"), wizard.errorMessage());
		assertFalse(wizard.canFinish());
		wizard.select(PREFIX + ".size", 1);
		assertFalse(robot.widget(wizard.shell(), PREFIX + ".width", Spinner.class).isEnabled(), "A4 has its own size");
	}

	/** Counts the nearly black pixels (the decorations' ink; the map's own lines are lighter). */
	private static int ink(ImageData data) {
		int n = 0;
		for (int y = 0; y < data.height; y++) {
			for (int x = 0; x < data.width; x++) {
				RGB rgb = data.palette.getRGB(data.getPixel(x, y));
				n += rgb.red < 0x30 && rgb.green < 0x30 && rgb.blue < 0x30 ? 1 : 0;
			}
		}
		return n;
	}

	private void assertOffered() {
		Menu bar = shell.getMenuBar();
		MenuItem fileMenu = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals("Bestand"))
				.findFirst().orElseThrow(() -> new AssertionError("no Bestand (File) menu"));
		fileMenu.getMenu().notifyListeners(SWT.Show, new Event());
		boolean inFileMenu = Arrays.stream(fileMenu.getMenu().getItems())
				.anyMatch(i -> i.getText().replace("&", "").startsWith("Kaart exporteren"));
		boolean exportWizards = Arrays.stream(fileMenu.getMenu().getItems())
				.anyMatch(i -> i.getText().replace("&", "").startsWith("Export"));
		fileMenu.getMenu().notifyListeners(SWT.Hide, new Event());
		assertTrue(inFileMenu, "Bestand > Kaart exporteren...");
		assertTrue(exportWizards, "Bestand > Export... leads to the export wizards");
		IContributionItem onToolbar = mapView.getViewSite().getActionBars().getToolBarManager()
				.find("nl.veerkracht.gis.ui.toolbar.exportMap");
		assertNotNull(onToolbar, "the Map view's toolbar offers the export");
	}



	/** Presses Finish without waiting for the wizard to close, as a question may keep it open. */
	private void pressFinish() {
		Button finish = findButton(wizard.shell(), IDialogConstants.FINISH_ID);
		assertNotNull(finish);
		Event event = new Event();
		event.widget = finish;
		finish.notifyListeners(SWT.Selection, event);
	}


	/** The colour of a symbol's fill at its opacity over white. */
	private static Color over(SimpleStyle symbol) {
		Color fill = symbol.fill();
		double a = symbol.opacity();
		return new Color(blend(fill.getRed(), a), blend(fill.getGreen(), a), blend(fill.getBlue(), a));
	}

	private static int blend(int channel, double opacity) {
		return (int) Math.round(channel * opacity + 255 * (1 - opacity));
	}

	/** Counts pixels in a band of columns close to a colour, or all non-white ones when the colour is null. */
	private static int count(BufferedImage image, int fromX, int toX, Color colour) {
		int n = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = fromX; x < toX; x++) {
				Color c = new Color(image.getRGB(x, y));
				boolean match = colour == null ? c.getRGB() != Color.WHITE.getRGB()
						: Math.abs(c.getRed() - colour.getRed()) <= 3 && Math.abs(c.getGreen() - colour.getGreen()) <= 3
								&& Math.abs(c.getBlue() - colour.getBlue()) <= 3;
				n += match ? 1 : 0;
			}
		}
		return n;
	}
}
