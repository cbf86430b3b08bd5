package nl.veerkracht.notitie;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import nl.veerkracht.cbs.io.CbsImport;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.model.Analyse;
import nl.veerkracht.stad.CbsCityInput;
import nl.veerkracht.stad.CityComparison;
import nl.veerkracht.stad.CityComparisonRun;
import nl.veerkracht.stad.CityInput;
import nl.veerkracht.stad.ModelParameters;
import nl.veerkracht.stad.ModelScenarios;
import nl.veerkracht.stad.RunProgress;
import nl.veerkracht.stad.Scenario;
import nl.veerkracht.stad.SensitivitySpec;
import nl.veerkracht.stad.ShareClassifier;

/**
 * The headless entry to the notitie, for a workbench action or a command: compare "niets extra doen" with the mix
 * of an analysis's wijkschetsen on CBS Kerncijfers files, and write the notitie as PDF and DOCX into a folder, both
 * or neither. UI-free; long work reports to a {@link RunProgress} and stops when it asks.
 */
public final class NotitieExport {

	/** The name of the PDF in the folder. */
	public static final String PDF = "notitie.pdf";
	/** The name of the DOCX in the folder. */
	public static final String DOCX = "notitie.docx";

	private NotitieExport() {
	}

	/**
	 * Runs the baseline and the scenario made from every wijkschets of the analysis
	 * ({@link ModelScenarios#fromWijkschetsen}) as a {@link CityComparisonRun}: the model's default parameters
	 * calibrated to the city (as the Stadsbalans runs), the default class rule and the default sensitivity run.
	 *
	 * @param analyse the analysis
	 * @param scenarioName the name of the scenario
	 * @param kwbFiles CBS Kerncijfers wijken en buurten files (StatLine CSV, kwb xlsx or Wijk- en Buurtkaart)
	 * @param gemeente the gemeente code (GMxxxx), or empty when the files hold one gemeente
	 * @param startYear the year of the files to start from
	 * @param horizon the years to simulate, 1–15
	 * @param progress where to report; checked for cancellation
	 * @return the comparison, the baseline first, with the calibrated parameters it ran with
	 * @throws DataSourceException naming the file, if one cannot be read
	 */
	public static CityComparison compare(Analyse analyse, String scenarioName, List<Path> kwbFiles,
			Optional<String> gemeente, int startYear, int horizon, RunProgress progress) throws DataSourceException {
		ModelParameters parameters = ModelParameters.defaults();
		CityInput city = new CbsCityInput(parameters).read(new CbsImport().readAll(kwbFiles), gemeente, startYear);
		CityComparisonRun run = new CityComparisonRun(city, parameters, ShareClassifier.defaultRule(), Optional.empty(),
				SensitivitySpec.defaults());
		Scenario scenario = run.scenario(ModelScenarios.fromWijkschetsen(scenarioName, analyse.getWijkschetsen()));
		return run.run(List.of(Scenario.baseline(), scenario), horizon, progress);
	}

	/**
	 * Writes {@value #PDF} and {@value #DOCX} into a folder. Each is written safely (an existing file is replaced
	 * only by a complete one); when the DOCX cannot be written, a PDF that was not there before is removed again,
	 * so a failed export leaves no new half of the pair behind.
	 *
	 * @param content the notitie
	 * @param folder an existing folder
	 * @return the PDF and the DOCX
	 * @throws DataSourceException naming the file that could not be written
	 */
	public static List<Path> write(NotitieContent content, Path folder) throws DataSourceException {
		Path pdf = folder.resolve(PDF);
		Path docx = folder.resolve(DOCX);
		boolean pdfExisted = Files.exists(pdf);
		NotitiePdf.write(content, pdf);
		try {
			NotitieDocx.write(content, docx);
		} catch (DataSourceException e) {
			if (!pdfExisted) {
				try {
					Files.deleteIfExists(pdf);
				} catch (IOException suppressed) {
					e.addSuppressed(suppressed);
				}
			}
			throw e;
		}
		return List.of(pdf, docx);
	}
}
