package nl.veerkracht.gis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.veerkracht.scoring.engine.Weights;
import nl.veerkracht.scoring.ui.SignalMapSession;
import nl.veerkracht.scoring.ui.quickscan.QuickScanExportJob;
import nl.veerkracht.scoring.ui.quickscan.QuickScanExportWizard;
import nl.veerkracht.scoring.ui.quickscan.QuickScanWidgetKeys;

/**
 * File &gt; Export &gt; QuickScan Veerkracht in the real workbench: on the open Rotterdam signal map the wizard
 * names the map, refuses a folder in a folder that does not exist, and writes the report of the map as it is
 * scored now (its weights included) in a background job; without a signal map it says so and cannot finish.
 */
class QuickScanExportTest extends MapTestBase {

	private WizardRobot wizard;
	private Path folder;

	@BeforeEach
	void makeAFolder() throws IOException {
		folder = Files.createTempDirectory("veerkracht-quickscan");
	}

	@AfterEach
	void closeEverything() throws IOException {
		if (wizard != null) {
			wizard.cancel();
		}
		SignalMapSession.current().ifPresent(SignalMapSession::close);
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	@Test
	void writesTheQuickScanOfTheOpenSignalMap() throws Exception {
		SignalMapSession session = SignalMapFixture.showRotterdam(mapView);
		Weights weights = session.state().weights().with("laag_inkomen", 3.0);
		session.setWeights(weights);
		robot.waitForJobs("the map to be rescored", SignalMapSession.JOB_FAMILY);
		robot.waitUntil("the map to carry the new weights", () -> session.state().weights().equals(weights));

		wizard = WizardRobot.openExport(robot, shell, QuickScanExportWizard.ID);
		String description = robot.widget(wizard.shell(), QuickScanWidgetKeys.SIGNAL_MAP, Label.class).getText();
		assertTrue(description.contains("Rotterdam") && description.contains("2016") && description.contains("78 buurten"),
				description);
		assertFalse(wizard.canFinish(), "no folder yet");
		wizard.type(QuickScanWidgetKeys.FOLDER, folder.resolve("nergens").resolve("rapport").toString());
		assertFalse(wizard.canFinish(), "the parent folder does not exist");
		assertTrue(wizard.errorMessage() != null && wizard.errorMessage().contains("nergens"), wizard.errorMessage());
		Path target = folder.resolve("rapport");
		wizard.type(QuickScanWidgetKeys.FOLDER, target.toString());
		assertTrue(wizard.canFinish());
		robot.settle(300);
		robot.screenshot("quickscan-export-wizard");
		wizard.finish();
		robot.waitForJobs("the QuickScan to be written", QuickScanExportJob.FAMILY);

		try (Stream<Path> files = Files.list(target)) {
			assertEquals(List.of("quickscan.html", "quickscan.pdf", "scores.csv", "scores.csvt", "signaleringskaart.gpkg"),
					files.map(p -> p.getFileName().toString()).sorted().toList());
		}
		try (PDDocument pdf = Loader.loadPDF(target.resolve("quickscan.pdf").toFile())) {
			String text = new PDFTextStripper().getText(pdf);
			assertTrue(text.contains("QuickScan Veerkracht") && text.contains("Rotterdam"), "the title page");
			assertTrue(text.replaceAll("\\s+", " ").contains("Huishoudens met een laag inkomen % kwetsbaarheid hoger = kwetsbaarder 3,00"),
					"the method lists the weight of the open map, 3 for low incomes");
		}
	}

	@Test
	void withoutASignalMapItSaysSoAndCannotFinish() throws Exception {
		SignalMapSession.current().ifPresent(SignalMapSession::close);
		wizard = WizardRobot.openExport(robot, shell, QuickScanExportWizard.ID);
		assertTrue(wizard.errorMessage() != null && wizard.errorMessage().contains("geen signaleringskaart"), wizard.errorMessage());
		assertFalse(wizard.canFinish());
	}
}
