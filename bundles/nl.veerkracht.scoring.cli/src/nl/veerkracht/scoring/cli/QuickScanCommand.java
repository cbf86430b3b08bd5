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
			sources.add(new SourceFile(file.getFileName().toString(),
					"CBS Kerncijfers wijken en buurten " + years(preview.years())));
		}
		CbsData data = CbsData.merge(parts);
		FeatureCollection buurten = BoundaryLayers.read(arguments.boundaries(), log);
		sources.add(new SourceFile(arguments.boundaries().getFileName().toString(),
				"Buurtgrenzen (" + buurten.size() + " vlakken; Kadaster / CBS, Wijk- en Buurtkaart)"));
		ScoringRun run = ScoreCommand.prepare(data, buurten, registry, arguments);
		int year = ScoreCommand.year(run, arguments);
		YearResult result = run.score(year);
		FeatureCollection layer = SignalMapLayer.build(run, result, buurten.getCrs());
		QuickScanContent content = new QuickScanContentBuilder(run, result).build(layer, sources, LocalDate.now());
		Path out = arguments.out();
		int[] pages = new int[1];
		List<String> files = new ArrayList<>(ScoreCommand.FILES);
		files.addAll(List.of(PDF, HTML));
		OutputDirectory.write(out, files, temporary -> {
			ScoreCommand.writeScores(temporary, out, layer);
			pages[0] = QuickScanPdf.write(content, temporary.resolve(PDF));
			QuickScanHtml.write(content, temporary.resolve(HTML));
		});
		log.printf(Locale.ROOT, "veerkracht quickscan: %s, %d buurten, jaar %d, rapport van %d pagina's%n",
				content.gemeenteName(), content.buurtCount(), year, pages[0]);
		log.println("  geschreven: " + out.resolve(PDF) + ", " + out.resolve(HTML) + ", " + out.resolve(ScoreCommand.CSV)
				+ ", " + out.resolve(ScoreCommand.GPKG));
		return content;
	}

	private static String years(SortedSet<Integer> years) {
		if (years.isEmpty()) {
			return "(jaar onbekend)";
		}
		return years.size() == 1 ? years.first().toString() : years.first() + "\u2013" + years.last();
	}
}
