package nl.veerkracht.scoring.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;

import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.io.CbsImport;
import nl.veerkracht.cbs.io.ImportPreview;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.report.quickscan.QuickScanContent;
import nl.veerkracht.report.quickscan.QuickScanHtml;
import nl.veerkracht.report.quickscan.QuickScanPdf;
import nl.veerkracht.report.quickscan.SourceFile;
import nl.veerkracht.scoring.IndicatorRegistry;
import nl.veerkracht.scoring.run.ScoringRun;
import nl.veerkracht.scoring.run.SignalMapLayer;
import nl.veerkracht.scoring.run.YearResult;

/**
 * The quickscan command: scores the buurten as the score command does and writes, all or nothing, the report
 * {@value #PDF} and {@value #HTML} ({@link QuickScanContentBuilder}, {@link QuickScanPdf}, {@link QuickScanHtml})
 * beside the files of the score command ({@link ScoreCommand#FILES}: the scores with their column types and the
 * signal map styled for QGIS).
 */
public final class QuickScanCommand {

	/** The name of the PDF report. */
	public static final String PDF = "quickscan.pdf";
	/** The name of the HTML report. */
	public static final String HTML = "quickscan.html";

	private final IndicatorRegistry registry;
	private final PrintStream log;

	/**
	 * Creates the command.
	 *
	 * @param registry the indicators to compute
	 * @param log where to print the summary
	 */
	public QuickScanCommand(IndicatorRegistry registry, PrintStream log) {
		this.registry = registry;
		this.log = log;
	}

	/**
	 * Runs the command.
	 *
	 * @param arguments the checked arguments (the same as the score command's)
	 * @return the report's content
	 * @throws DataSourceException when an input cannot be read or an output cannot be written; the message
	 *         names the file
	 * @throws UsageException when the inputs do not fit together (no buurten, no such year, ...)
	 */
	public QuickScanContent run(ScoreArguments arguments) throws DataSourceException, UsageException {
		List<SourceFile> sources = new ArrayList<>();
		List<CbsData> parts = new ArrayList<>();
		CbsImport cbs = new CbsImport();
		for (Path file : arguments.kwbFiles()) {
			ImportPreview preview = cbs.read(file);
			parts.add(preview.data());
			sources.add(kwbSource(file, preview));
		}
		CbsData data = CbsData.merge(parts);
		FeatureCollection buurten = BoundaryLayers.read(arguments.boundaries(), log);
		sources.add(boundarySource(arguments.boundaries(), buurten.size()));
		ScoringRun run = ScoreCommand.prepare(data, buurten, registry, arguments);
		int year = ScoreCommand.year(run, arguments);
		YearResult result = run.score(year);
		FeatureCollection layer = SignalMapLayer.build(run, result, buurten.getCrs());
		Path out = arguments.out();
		QuickScanContent content = new QuickScanContentBuilder(run, result).build(layer, sources, LocalDate.now());
		int pages = write(content, layer, out);
		log.printf(Locale.ROOT, "veerkracht quickscan: %s, %d buurten, jaar %d, rapport van %d pagina's%n",
				content.gemeenteName(), content.buurtCount(), year, pages);
		log.println("  geschreven: " + out.resolve(PDF) + ", " + out.resolve(HTML) + ", " + out.resolve(ScoreCommand.CSV)
				+ ", " + out.resolve(ScoreCommand.GPKG));
		return content;
	}

	/**
	 * Writes the report and the score files of a scored year into a directory, all or nothing (see
	 * {@link OutputDirectory}); also what the workbench's QuickScan export runs.
	 *
	 * @param content the report's content ({@link QuickScanContentBuilder})
	 * @param layer the signal-map layer of the same year
	 * @param out the output directory; its parent exists
	 * @return the number of pages of the PDF
	 * @throws DataSourceException naming the file that cannot be written
	 */
	public static int write(QuickScanContent content, FeatureCollection layer, Path out) throws DataSourceException {
		int[] pages = new int[1];
		List<String> files = new ArrayList<>(ScoreCommand.FILES);
		files.addAll(List.of(PDF, HTML));
		OutputDirectory.write(out, files, temporary -> {
			ScoreCommand.writeScores(temporary, out, layer);
			pages[0] = QuickScanPdf.write(content, temporary.resolve(PDF));
			QuickScanHtml.write(content, temporary.resolve(HTML));
		});
		return pages[0];
	}

	/**
	 * @param file a KWB file
	 * @param preview what was read from it
	 * @return the source line of the report: file name and years
	 */
	public static SourceFile kwbSource(Path file, ImportPreview preview) {
		return new SourceFile(file.getFileName().toString(), "CBS Kerncijfers wijken en buurten " + years(preview.years()));
	}

	/**
	 * @param file the boundary file
	 * @param polygons the number of features it holds
	 * @return the source line of the report
	 */
	public static SourceFile boundarySource(Path file, int polygons) {
		return new SourceFile(file.getFileName().toString(),
				"Buurtgrenzen (" + polygons + " vlakken; Kadaster / CBS, Wijk- en Buurtkaart)");
	}

	private static String years(SortedSet<Integer> years) {
		if (years.isEmpty()) {
			return "(jaar onbekend)";
		}
		return years.size() == 1 ? years.first().toString() : years.first() + "\u2013" + years.last();
	}
}
