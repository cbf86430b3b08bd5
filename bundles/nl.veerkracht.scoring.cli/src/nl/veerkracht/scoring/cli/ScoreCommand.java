package nl.veerkracht.scoring.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.io.CbsImport;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.WarningSink;
import nl.veerkracht.gis.core.io.geojson.GeoJsonReader;
import nl.veerkracht.gis.geopackage.GeoPackageReader;
import nl.veerkracht.gis.shapefile.ShapefileReader;
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
		FeatureCollection buurten = readBoundaries(arguments.boundaries());
		ScoringRun run;
		try {
			run = ScoringRun.prepare(data, buurten, registry, arguments.gemeente(),
					ScoringParameters.of(arguments.reference(), NormalisationMethod.Z_SCORE,
							ScoringParameters.DEFAULT_MIN_COVERAGE));
		} catch (IllegalArgumentException e) {
			throw new UsageException("--kwb/--grenzen: " + e.getMessage());
		}
		int[] years = run.years();
		int year = arguments.year().orElse(years[years.length - 1]);
		if (Arrays.stream(years).noneMatch(y -> y == year)) {
			throw new UsageException("--jaar: " + year + " is not in the KWB files, which hold " + Arrays.toString(years));
		}
		YearResult result = run.score(year);
		FeatureCollection layer = SignalMapLayer.build(run, result, buurten.getCrs());
		write(arguments.out(), layer);
		report(run, result, arguments.out());
		return result;
	}

	private FeatureCollection readBoundaries(Path file) throws DataSourceException {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".gpkg")) {
			return first(file, new GeoPackageReader().read(file, (done, total) -> true), "the GeoPackage has no feature table");
		}
		if (name.endsWith(".geojson") || name.endsWith(".json")) {
			return new GeoJsonReader().read(file);
		}
		WarningSink warnings = warning -> log.println("  grenzen: " + warning.message());
		if (name.endsWith(".shp")) {
			return new ShapefileReader().read(file, warnings, (done, total) -> true);
		}
		if (name.endsWith(".zip")) {
			return first(file, new ShapefileReader().readZip(file, warnings, (done, total) -> true), "the archive has no shapefile");
		}
		throw new DataSourceException(file,
				"--grenzen: not a GeoJSON (.geojson, .json), GeoPackage (.gpkg) or Shapefile (.shp, or a .zip of shapefiles)", null);
	}

	private static FeatureCollection first(Path file, List<FeatureCollection> layers, String none) throws DataSourceException {
		if (layers.isEmpty()) {
			throw new DataSourceException(file, none, null);
		}
		return layers.get(0);
	}

	private static void write(Path out, FeatureCollection layer) throws DataSourceException {
		Path parent = out.getParent();
		Path temporary;
		try {
			temporary = Files.createTempDirectory(parent, ".veerkracht-score-");
		} catch (IOException e) {
			throw new DataSourceException(parent, "cannot create a temporary directory (" + e.getMessage() + ")", e);
		}
		try {
			try {
				ScoresCsvWriter.write(layer, temporary.resolve(CSV));
				ScoresCsvWriter.writeTypes(layer, temporary.resolve(CSVT));
			} catch (IOException e) {
				throw new DataSourceException(out.resolve(CSV), "cannot write (" + e.getMessage() + ")", e);
			}
			SignalMapGeoPackage.write(temporary.resolve(GPKG), layer, (done, total) -> true);
			moveIntoPlace(temporary, out);
		} finally {
			deleteQuietly(temporary);
		}
	}

	private static void moveIntoPlace(Path temporary, Path out) throws DataSourceException {
		try {
			if (!Files.exists(out)) {
				Files.move(temporary, out, StandardCopyOption.ATOMIC_MOVE);
				return;
			}
			for (String name : List.of(CSV, CSVT, GPKG)) {
				Files.move(temporary.resolve(name), out.resolve(name), StandardCopyOption.REPLACE_EXISTING,
						StandardCopyOption.ATOMIC_MOVE);
			}
		} catch (IOException e) {
			throw new DataSourceException(out, "cannot move the results into place (" + e.getMessage() + ")", e);
		}
	}

	private static void deleteQuietly(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path path : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
				Files.deleteIfExists(path);
			}
		} catch (IOException e) {
			directory.toFile().deleteOnExit();
		}
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
