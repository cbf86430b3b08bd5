package nl.veerkracht.scoring.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.io.CbsImport;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.scoring.IndicatorRegistry;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.engine.NormalisationMethod;
import nl.veerkracht.scoring.engine.ScoringParameters;
import nl.veerkracht.scoring.run.DroppedIndicator;
import nl.veerkracht.scoring.run.ScoringRun;
import nl.veerkracht.scoring.run.SignalMapLayer;
import nl.veerkracht.scoring.run.YearResult;

/**
 * The score command: reads the KWB files and the boundary layer, runs {@link ScoringRun} for the chosen
 * year (default: the latest) and writes {@value #CSV} ({@link ScoresCsvWriter}) with its column types
 * {@value #CSVT}, and {@value #GPKG} (the {@link SignalMapLayer}, styled for QGIS by
 * {@link SignalMapGeoPackage}) into the output directory. All three files are written into a temporary directory
 * beside the output directory first and moved into place only when all are complete, so a failure leaves
 * no partial output.
 */
public final class ScoreCommand {

	/** The name of the scores table. */
	public static final String CSV = "scores.csv";
	/** The name of the signal-map GeoPackage. */
	public static final String GPKG = "signaleringskaart.gpkg";
	/** The name of the column types of the scores table, for GDAL and QGIS. */
	public static final String CSVT = "scores.csvt";
	/** The files the command writes. */
	public static final List<String> FILES = List.of(CSV, CSVT, GPKG);

	private final IndicatorRegistry registry;
	private final PrintStream log;

	/**
	 * Creates the command.
	 *
	 * @param registry the indicators to compute
	 * @param log      where to print the summary
	 */
	public ScoreCommand(IndicatorRegistry registry, PrintStream log) {
		this.registry = registry;
		this.log = log;
	}

	/**
	 * Runs the command.
	 *
	 * @param arguments the checked arguments
	 * @return the scored result of the year written
	 * @throws DataSourceException when an input cannot be read or an output cannot be written; the message
	 *                             names the file
	 * @throws UsageException      when the inputs do not fit together (no buurten, no such year, ...)
	 */
	public YearResult run(ScoreArguments arguments) throws DataSourceException, UsageException {
		CbsData data = new CbsImport().readAll(arguments.kwbFiles());
		FeatureCollection buurten = BoundaryLayers.read(arguments.boundaries(), log);
		ScoringRun run = prepare(data, buurten, registry, arguments);
		int year = year(run, arguments);
		YearResult result = run.score(year);
		FeatureCollection layer = SignalMapLayer.build(run, result, buurten.getCrs());
		write(arguments.out(), layer);
		report(run, result, arguments.out());
		return result;
	}

	private static void write(Path out, FeatureCollection layer) throws DataSourceException {
		OutputDirectory.write(out, FILES, temporary -> writeScores(temporary, out, layer));
	}

	/**
	 * Writes {@value #CSV}, {@value #CSVT} and the styled {@value #GPKG} of a signal-map layer into a directory.
	 *
	 * @param directory where to write
	 * @param out the output directory the files are meant for (named in errors)
	 * @param layer the signal-map layer
	 * @throws DataSourceException naming the file that cannot be written
	 */
	static void writeScores(Path directory, Path out, FeatureCollection layer) throws DataSourceException {
		try {
			ScoresCsvWriter.write(layer, directory.resolve(CSV));
			ScoresCsvWriter.writeTypes(layer, directory.resolve(CSVT));
		} catch (IOException e) {
			throw new DataSourceException(out.resolve(CSV), "cannot write (" + e.getMessage() + ")", e);
		}
		SignalMapGeoPackage.write(directory.resolve(GPKG), layer, (done, total) -> true);
	}

	/**
	 * Prepares the scoring run of the arguments.
	 *
	 * @param data the CBS data
	 * @param buurten the boundary layer
	 * @param registry the indicators
	 * @param arguments the arguments (gemeente, reference)
	 * @return the run
	 * @throws UsageException when the inputs do not fit together
	 */
	static ScoringRun prepare(CbsData data, FeatureCollection buurten, IndicatorRegistry registry, ScoreArguments arguments)
			throws UsageException {
		try {
			return ScoringRun.prepare(data, buurten, registry, arguments.gemeente(),
					ScoringParameters.of(arguments.reference(), NormalisationMethod.Z_SCORE,
							ScoringParameters.DEFAULT_MIN_COVERAGE));
		} catch (IllegalArgumentException e) {
			throw new UsageException("--kwb/--grenzen: " + e.getMessage());
		}
	}

	/**
	 * Chooses the year to score.
	 *
	 * @param run the run
	 * @param arguments the arguments
	 * @return the year asked for, or the latest in the data
	 * @throws UsageException when the year asked for is not in the data
	 */
	static int year(ScoringRun run, ScoreArguments arguments) throws UsageException {
		int[] years = run.years();
		int year = arguments.year().orElse(years[years.length - 1]);
		if (Arrays.stream(years).noneMatch(y -> y == year)) {
			throw new UsageException("--jaar: " + year + " is not in the KWB files, which hold " + Arrays.toString(years));
		}
		return year;
	}

	private void report(ScoringRun run, YearResult result, Path out) {
		log.printf(Locale.ROOT, "veerkracht score: %d buurten, jaar %d (trend over %s), %d indicatoren%n",
				run.table().regionCount(), result.year(), Arrays.toString(result.trendYears()),
				run.table().indicatorCount());
		Map<Klasse, Integer> counts = result.classCounts();
		log.println("  klassen: " + counts.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
				.collect(Collectors.joining(", ")));
		for (DroppedIndicator dropped : run.dropped()) {
			log.println("  weggelaten: " + dropped.id() + " — " + dropped.reason());
		}
		for (String skipped : run.skippedFeatures()) {
			log.println("  grens overgeslagen: " + skipped);
		}
		registry.problems().forEach(problem -> log.println("  indicator-plug-in: " + problem.message()));
		log.println("  geschreven: " + out.resolve(CSV) + " (met " + CSVT + "), " + out.resolve(GPKG));
	}
}
