package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.style.FeatureSymbolizer;
import nl.veerkracht.gis.core.style.GraduatedStyle;
import nl.veerkracht.gis.core.style.LegendEntry;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.classify.ClassificationMethod;
import nl.veerkracht.gis.core.style.classify.Classifier;
import nl.veerkracht.gis.core.style.classify.ColorBrewerPalette;
import nl.veerkracht.gis.ui.WidgetKeys;
import nl.veerkracht.gis.ui.export.ExportMapJob;
import nl.veerkracht.gis.ui.style.StyleDialog;
import nl.veerkracht.gis.ui.style.StyleKeys;
import nl.veerkracht.gis.ui.table.AttributeTableView;
import nl.veerkracht.testsupport.SharedData;

/**
 * Issue 5's "done means" as one analyst's session in the real workbench, with real pointer events: open
 * the national wijken and Rotterdam's buurten joined with the CBS Kerncijfers 2017, style the buurten by
 * the share of low-income households (natural breaks, five classes, a ColorBrewer palette) from the
 * Layers view, see the legend and the class colours on the screen, identify a buurt, select buurten in
 * the Attributentabel and on the map, and export the map as a one-page PDF with its legend.
 */
class MapWorkbenchJourneyTest extends InteractionTestBase {

	private static final String WIJKEN = "nederland/wijken_2024.geojson";
	private static final String KERNCIJFERS = "rotterdam/Kerncijfers_wijken_en_buurten_2017.csv";
	/** 40% huishoudens met laagste inkomen: the share of households in the national lowest 40% of incomes. */
	private static final String LOW_INCOMES = "p_hh_li";
	private static final String EXPORT_PREFIX = "veerkracht.export.map";
	private static final String TITLE = "Rotterdam 2017: huishoudens met een laag inkomen";

	private static final Charset WIN_ANSI = Charset.forName("windows-1252");

	private WizardRobot exportWizard;
	private Path folder;

	@AfterEach
	void closeWhatTheJourneyOpened() throws IOException {
		if (exportWizard != null) {
			exportWizard.cancel();
		}
		for (Shell open : display.getShells()) {
			if (open.getText().startsWith("Laagstijl")) {
				open.close();
			}
		}
		IWorkbenchPage page = mapView.getSite().getPage();
		IViewPart table = page.findView(AttributeTableView.ID);
		if (table != null) {
			page.hideView(table);
		}
		if (folder != null) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
	}

	@Test
	void openStyleIdentifySelectAndExportTheMap() throws Exception {
		// 1. the national wijken and Rotterdam's buurten with their Kerncijfers
		openAndWait(SharedData.file(WIJKEN));
		VectorLayer wijken = (VectorLayer) mapView.getMapContent().layers().get(DEMO_LAYERS);
		assertEquals(3475, wijken.getFeatures().size(), "every wijk of the Netherlands");
		VectorLayer buurten = importCbsFigures(KERNCIJFERS, ROTTERDAM);
		assertEquals(78, buurten.getFeatures().size());
		assertTrue(buurten.getFeatures().getSchema().attribute(LOW_INCOMES).isPresent(), "the figures are attributes");
		mapView.getMapCanvas().zoomToFullExtent();
		waitForFrame();
		robot.screenshot("journey-1-wijken-and-rotterdam");

		// 2. graduated style from the Layers view
		mapView.getMapCanvas().zoomTo(buurten.getEnvelope(mapView.getMapContent().getCrs()));
		waitForFrame();
		GraduatedStyle style = styleGraduated(buurten);
		assertEquals(LOW_INCOMES, style.attribute());
		assertEquals(ColorBrewerPalette.YL_OR_RD, style.palette());
		assertEquals(Classifier.classify(values(buurten, LOW_INCOMES), ClassificationMethod.NATURAL_BREAKS, 5),
				style.classification(), "the classes are the natural breaks of the buurten's values");
		assertEquals(ColorBrewerPalette.YL_OR_RD.colours(5), style.classes().stream().map(c -> c.symbol().fill()).toList());
		List<String> legend = legendRows(buurten, 6);
		assertEquals(style.legend().stream().map(LegendEntry::label).toList(), legend);
		assertEquals("geen gegevens", legend.get(5));
		waitForFrame();
		Map<Integer, Feature> checked = assertClassColoursOnScreen(buurten, style);
		assertEquals(Set.of(0, 1, 2, 3, 4), checked.keySet(), "a buurt of every class is checked on the screen");
		robot.screenshot("journey-2-graduated-with-legend");

		// 3. identify a buurt
		clickMapToolbar("Identificeren");
		Feature stadsdriehoek = feature(buurten, "buurtnaam", "Stadsdriehoek");
		click(onScreen(buurten, stadsdriehoek));
		assertEquals(List.of(stadsdriehoek), List.copyOf(buurten.getSelection()), "the clicked buurt is identified");
		Map<String, String> shown = propertiesShown();
		assertEquals("Stadsdriehoek", shown.get("buurtnaam"), shown::toString);
		// Kerncijfers_wijken_en_buurten_2017.csv, BU05990110: 40% huishoudens met laagste inkomen 44,8
		assertEquals("44,8 %", shown.get("40% huishoudens met laagste inkomen (" + LOW_INCOMES + ")"), shown::toString);
		robot.screenshot("journey-3-identify-stadsdriehoek");
		mapView.getMapContent().setSelection(buurten, List.of());

		// 4. rows selected in the Attributentabel are highlighted on the map; a buurt clicked there selects its row
		AttributeTableView view = openAttributeTableFromLayersView();
		assertEquals(buurten, view.getLayer());
		Table table = robot.widget(shell, WidgetKeys.ATTRIBUTE_TABLE, Table.class);
		waitForFrame();
		List<Feature> clear = largestWithClearPixels(buurten, 3);
		int first = rowOf(view, table, clear.get(0));
		int second = rowOf(view, table, clear.get(1));
		view.getSite().getPage().activate(view);
		table.setFocus();
		robot.settle(100);
		click(rowCentreInView(table, first));
		click(rowCentreInView(table, second), "ctrl");
		robot.screenshot("journey-4-rows-clicked");
		Set<Feature> expectedSelection = Set.of(clear.get(0), clear.get(1));
		robot.waitUntil("the two rows to become the map's selection",
				() -> expectedSelection.equals(Set.copyOf(buurten.getSelection())));
		waitForFrame();
		for (Feature feature : clear) {
			Point pixel = clearPixelInside(buurten, feature).orElseThrow(() -> new AssertionError(feature.getId() + " left the map"));
			assertScreenShowsStyle(buurten, feature, pixel);
		}
		robot.screenshot("journey-4-rows-highlighted-on-map");

		Feature third = clear.get(2);
		clickMapToolbar("Identificeren");
		click(clearPixelInside(buurten, third).orElseThrow());
		int thirdRow = rowOf(view, table, third);
		robot.waitUntil("the row of the buurt clicked on the map to be selected",
				() -> table.getSelectionCount() == 1 && table.getSelectionIndex() == thirdRow);
		assertEquals(List.of(third), view.getSelectedFeatures());
		robot.settle(300);
		robot.screenshot("journey-4-map-click-selects-row");
		mapView.getMapContent().setSelection(buurten, List.of());

		// 5. export a PDF with its legend
		folder = Files.createTempDirectory("veerkracht-journey");
		Path pdf = folder.resolve("rotterdam-laag-inkomen.pdf");
		exportWizard = WizardRobot.openExport(robot, shell, "nl.veerkracht.gis.ui.export.map");
		exportWizard.select(EXPORT_PREFIX + ".format", 2);
		Combo size = robot.widget(exportWizard.shell(), EXPORT_PREFIX + ".size", Combo.class);
		exportWizard.select(EXPORT_PREFIX + ".size", List.of(size.getItems()).indexOf("A4 liggend"));
		exportWizard.type(EXPORT_PREFIX + ".title", TITLE);
		exportWizard.type(EXPORT_PREFIX + ".file", pdf.toString());
		assertTrue(robot.widget(exportWizard.shell(), EXPORT_PREFIX + ".legend", Button.class).getSelection(), "with the legend");
		assertTrue(exportWizard.canFinish(), "ready: " + exportWizard.errorMessage());
		robot.screenshot("journey-5-export-wizard");
		exportWizard.finish();
		robot.waitForJobs("the export", ExportMapJob.FAMILY);
		assertTrue(Files.isRegularFile(pdf), "the PDF is written");
		Path artifacts = Path.of(System.getProperty("veerkracht.test.artifacts", "target/test-artifacts"));
		Files.createDirectories(artifacts);
		Files.copy(pdf, artifacts.resolve("journey-5-export.pdf"), StandardCopyOption.REPLACE_EXISTING);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertEquals(1, document.getNumberOfPages(), "one page");
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			List<String> expected = new ArrayList<>(List.of(TITLE, buurten.getTitle(), wijken.getTitle()));
			// the PDF's standard Helvetica is WinAnsi encoded: a label with a sign outside it (the first class's
			// "≤") is drawn as outlines, not text; its swatch is checked on the rendered page below
			List<String> asText = legend.stream().filter(WIN_ANSI.newEncoder()::canEncode).toList();
			assertTrue(asText.size() >= legend.size() - 1, "the legend labels to find as text: " + asText);
			expected.addAll(asText);
			for (String label : expected) {
				assertTrue(text.contains(label.replaceAll("\\s+", " ")), "'" + label + "' is text in the PDF: " + text);
			}
		}
		Path page = render(pdf, artifacts.resolve("journey-5-export-page"));
		BufferedImage image = ImageIO.read(page.toFile());
		assertTrue(image.getWidth() > image.getHeight(), "A4 landscape: " + image.getWidth() + " x " + image.getHeight());
		int frameRight = frameRightEdge(image);
		for (LegendEntry entry : style.legend()) {
			SimpleStyle symbol = entry.symbol();
			RGB swatch = over(symbol.fill(), symbol.opacity() * buurten.getOpacity());
			int inLegend = count(image, frameRight + 1, image.getWidth(), swatch);
			assertTrue(inLegend >= 30, "the swatch of '" + entry.label() + "' " + swatch + " in the legend beside the map: "
					+ inLegend + " pixels");
		}
		assertTrue(Files.size(page) > 10_000, "the rendered page has content: " + Files.size(page) + " bytes");
	}

	// --- step 2

	/** Styles the layer graduated in the style dialog opened from the Layers view, and returns the style. */
	private GraduatedStyle styleGraduated(VectorLayer layer) {
		Shell dialog = openStyleDialogByDoubleClick(layer);
		choose(robot.widget(dialog, StyleKeys.TYPE, Combo.class), "Klassen (getallen)");
		choose(robot.widget(dialog, StyleKeys.CLASS_ATTRIBUTE, Combo.class), LOW_INCOMES);
		choose(robot.widget(dialog, StyleKeys.CLASS_METHOD, Combo.class), "Natuurlijke grenzen (Jenks)");
		Spinner count = robot.widget(dialog, StyleKeys.CLASS_COUNT, Spinner.class);
		count.setSelection(5);
		count.notifyListeners(SWT.Selection, new Event());
		Table palettes = robot.widget(dialog, StyleKeys.CLASS_PALETTE, Table.class);
		palettes.setSelection(paletteIndex(palettes, "YlOrRd"));
		palettes.notifyListeners(SWT.Selection, new Event());
		robot.waitForJobs("the classes to be computed", StyleDialog.CLASSIFY_FAMILY);
		Table classes = robot.widget(dialog, StyleKeys.CLASS_TABLE, Table.class);
		robot.waitUntil("five classes and geen gegevens", () -> classes.getItemCount() == 6);
		robot.settle(200);
		robot.screenshot("journey-2-style-dialog");
		clickDialogButton(dialog, IDialogConstants.OK_ID);
		robot.waitUntil("the dialog to close", dialog::isDisposed);
		assertTrue(layer.getStyle() instanceof GraduatedStyle, "graduated: " + layer.getStyle());
		return (GraduatedStyle) layer.getStyle();
	}

	/**
	 * For each class, checks the screen inside the largest buurt of it that shows a clear pixel, and that
	 * the screen there is the class colour (over what lies below) rather than any other class's.
	 *
	 * @return the class index to the buurt checked
	 */
	private Map<Integer, Feature> assertClassColoursOnScreen(VectorLayer layer, GraduatedStyle style) {
		FeatureSymbolizer symbolizer = style.symbolizer(layer.getFeatures().getSchema());
		List<SimpleStyle> symbols = style.classes().stream().map(c -> c.symbol()).toList();
		Map<Integer, Feature> checked = new LinkedHashMap<>();
		for (Feature feature : byAreaDescending(layer)) {
			int index = symbols.indexOf(symbolizer.symbolFor(feature));
			if (index < 0 || checked.containsKey(index)) {
				continue;
			}
			Optional<Point> pixel = clearPixelInside(layer, feature);
			if (pixel.isPresent()) {
				assertScreenShowsStyle(layer, feature, pixel.get());
				checked.put(index, feature);
			}
		}
		return checked;
	}

	private static double[] values(VectorLayer layer, String attribute) {
		return layer.getFeatures().getFeatures().stream().map(f -> f.getAttribute(attribute))
				.mapToDouble(v -> v instanceof Number n ? n.doubleValue() : Double.NaN).toArray();
	}

	private List<Feature> byAreaDescending(VectorLayer layer) {
		return layer.getFeatures().getFeatures().stream()
				.sorted(Comparator.comparingDouble((Feature f) -> projected(layer, f).geometry().getArea()).reversed()).toList();
	}

	// --- step 4

	/** The largest buurten with a pixel where the screen shows only their fill. */
	private List<Feature> largestWithClearPixels(VectorLayer layer, int count) {
		List<Feature> found = byAreaDescending(layer).stream().filter(f -> clearPixelInside(layer, f).isPresent()).limit(count)
				.toList();
		assertEquals(count, found.size(), "buurten with clear pixels on the screen");
		return found;
	}

	private static int rowOf(AttributeTableView view, Table table, Feature feature) {
		for (int row = 0; row < table.getItemCount(); row++) {
			if (view.getFeatureOfRow(row) == feature) {
				return row;
			}
		}
		throw new AssertionError("no row for " + feature.getId());
	}

	// --- step 5

	/** Counts the pixels in a band of columns within a few steps of a colour. */
	private static int count(BufferedImage image, int fromX, int toX, RGB colour) {
		int n = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = fromX; x < toX; x++) {
				int rgb = image.getRGB(x, y);
				n += Math.abs((rgb >> 16 & 0xff) - colour.red) <= 4 && Math.abs((rgb >> 8 & 0xff) - colour.green) <= 4
						&& Math.abs((rgb & 0xff) - colour.blue) <= 4 ? 1 : 0;
			}
		}
		return n;
	}

	private static RGB over(Color fill, double opacity) {
		return new RGB((int) Math.round(fill.getRed() * opacity + 255 * (1 - opacity)),
				(int) Math.round(fill.getGreen() * opacity + 255 * (1 - opacity)),
				(int) Math.round(fill.getBlue() * opacity + 255 * (1 - opacity)));
	}

	/** Renders the PDF's first page with pdftoppm to a PNG and returns it. */
	private static Path render(Path pdf, Path pngWithoutExtension) throws IOException, InterruptedException {
		Process process = new ProcessBuilder("pdftoppm", "-png", "-r", "100", "-singlefile", pdf.toString(),
				pngWithoutExtension.toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, "pdftoppm failed: " + output);
		Path png = pngWithoutExtension.resolveSibling(pngWithoutExtension.getFileName() + ".png");
		assertTrue(Files.isRegularFile(png), "pdftoppm wrote " + png);
		return png;
	}

	/**
	 * Scrolls a row into view and returns its centre on the screen once the table has really scrolled there:
	 * GTK applies {@code showItem} later, and a row's bounds read too early point above the table.
	 */
	private Point rowCentreInView(Table table, int row) {
		table.showItem(table.getItem(row));
		robot.waitUntil("row " + row + " of the table to be scrolled into view", () -> {
			Rectangle bounds = table.getItem(row).getBounds(0);
			Rectangle area = table.getClientArea();
			return table.getTopIndex() <= row && bounds.y >= area.y
					&& bounds.y + bounds.height / 2 <= area.y + area.height;
		});
		robot.settle(100);
		return rowCentre(table, row);
	}
}
