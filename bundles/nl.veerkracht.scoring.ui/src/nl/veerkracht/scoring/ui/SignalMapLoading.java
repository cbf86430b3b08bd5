package nl.veerkracht.scoring.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.RegionCode;
import nl.veerkracht.cbs.data.RegionLevel;
import nl.veerkracht.cbs.io.CbsImport;
import nl.veerkracht.cbs.join.BoundaryJoin;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.ui.imports.LayerFileReader;
import nl.veerkracht.scoring.IndicatorRegistry;
import nl.veerkracht.scoring.engine.IndicatorSpec;
import nl.veerkracht.scoring.engine.Weights;
import nl.veerkracht.scoring.run.ScoringRun;
import nl.veerkracht.scoring.run.ScoringState;
import nl.veerkracht.scoring.ui.internal.Messages;

/**
 * Makes a signal map from its {@link SignalMapInputs}: reads the KWB files and the boundary file (any format
 * the workbench opens), prepares the {@link ScoringRun} and scores the asked year with the asked weights.
 * Blocking: run it in a job.
 */
public final class SignalMapLoading {

	private SignalMapLoading() {
	}

	/**
	 * A loaded signal map and what did not fit: stored weights of indicators the run does not have, or a
	 * year that is not in the data.
	 *
	 * @param state  the scored state
	 * @param notes  what was adjusted, one sentence each (for the analyst), empty when all fitted
	 */
	public record Loaded(ScoringState state, List<String> notes) {

		/**
		 * Copies the notes.
		 */
		public Loaded {
			notes = List.copyOf(notes);
		}
	}

	/**
	 * Loads a signal map.
	 *
	 * @param inputs   the files, gemeente and parameters
	 * @param weights  weights by indicator id (indicators without an entry keep their default weight; ids the
	 *                 run does not have are reported in the notes)
	 * @param year     the year to show, or empty for the latest in the data (a year not in the data falls back
	 *                 to the latest, with a note)
	 * @param registry the indicators
	 * @param monitor  progress and cancellation
	 * @return the state and notes
	 * @throws DataSourceException      when a file cannot be read; the message names it
	 * @throws IllegalArgumentException when the inputs do not fit together (no buurten, no common year, ...)
	 * @throws OperationCanceledException when cancelled
	 */
	public static Loaded load(SignalMapInputs inputs, Map<String, Double> weights, OptionalInt year,
			IndicatorRegistry registry, IProgressMonitor monitor) throws DataSourceException {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		progress.subTask(inputs.kwbFiles().size() == 1 ? inputs.kwbFiles().get(0).getFileName().toString()
				: inputs.kwbFiles().size() + " KWB"); //$NON-NLS-1$
		CbsData data = new CbsImport().readAll(inputs.kwbFiles());
		progress.worked(30);
		checkCancel(progress);
		FeatureCollection buurten = readBoundaries(inputs.boundaries(), progress.split(20));
		checkCancel(progress);
		ScoringRun run = ScoringRun.prepare(data, buurten, registry, inputs.gemeente(), inputs.parameters());
		progress.worked(20);
		checkCancel(progress);
		List<String> notes = new ArrayList<>();
		Weights chosen = weightsFor(run, weights, notes);
		int[] years = run.years();
		int latest = years[years.length - 1];
		int shown = latest;
		if (year.isPresent()) {
			if (Arrays.stream(years).anyMatch(y -> y == year.getAsInt())) {
				shown = year.getAsInt();
			} else {
				notes.add(NLS.bind(Messages.SignalMapLoading_yearMissing,
						new Object[] { year.getAsInt(), Arrays.toString(years), latest }));
			}
		}
		ScoringState state = ScoringState.compute(run, chosen, shown, buurten.getCrs());
		progress.worked(30);
		return new Loaded(state, notes);
	}

	/**
	 * Reads the boundary layer of a file: of a file with several layers (a GeoPackage) the first whose features
	 * carry CBS buurt codes ({@link #boundaryLayer}), the rule the signal-map wizard shows too.
	 *
	 * @param file    a layer file (GeoJSON, GeoPackage, Shapefile)
	 * @param monitor progress
	 * @return the boundary features
	 * @throws DataSourceException when the file cannot be read or holds no layer
	 */
	public static FeatureCollection readBoundaries(Path file, IProgressMonitor monitor) throws DataSourceException {
		List<FeatureCollection> layers = LayerFileReader.read(file, SubMonitor.convert(monitor, 1));
		return boundaryLayer(layers).orElseThrow(() -> new DataSourceException(file, Messages.SignalMapLoading_noLayer, null));
	}

	/**
	 * @param layers the layers of one file, in the file's order
	 * @return the first layer with CBS buurt codes (in the attribute {@link ScoringRun#prepare} would join on),
	 *         else the first layer, else empty
	 */
	public static Optional<FeatureCollection> boundaryLayer(List<FeatureCollection> layers) {
		return layers.stream().filter(SignalMapLoading::hasBuurtCodes).findFirst().or(() -> layers.stream().findFirst());
	}

	private static boolean hasBuurtCodes(FeatureCollection layer) {
		String attribute;
		try {
			attribute = BoundaryJoin.detectCodeAttribute(layer);
		} catch (IllegalArgumentException e) {
			return false;
		}
		return layer.getFeatures().stream().map(feature -> feature.getAttribute(attribute))
				.map(value -> RegionCode.parse(value == null ? null : value.toString()))
				.anyMatch(code -> code.isPresent() && code.get().level() == RegionLevel.BUURT);
	}

	/**
	 * Returns the run's default weights with the given ones put over them.
	 *
	 * @param run     the run
	 * @param weights weights by indicator id
	 * @param notes   receives a note for each id the run has no indicator for
	 * @return the weights
	 */
	public static Weights weightsFor(ScoringRun run, Map<String, Double> weights, List<String> notes) {
		Weights result = run.weights();
		List<String> known = run.table().indicators().stream().map(IndicatorSpec::id).toList();
		for (Map.Entry<String, Double> entry : weights.entrySet()) {
			if (known.contains(entry.getKey())) {
				result = result.with(entry.getKey(), entry.getValue());
			} else {
				notes.add(NLS.bind(Messages.SignalMapLoading_unknownWeight, entry.getKey()));
			}
		}
		return result;
	}

	private static void checkCancel(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}
