package nl.veerkracht.scoring.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.io.CbsImport;
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
	 * Reads the boundary layer: the first layer of the file (a GeoPackage's first feature table).
	 *
	 * @param file    the boundary file
	 * @param monitor progress and cancellation
	 * @return the features
	 * @throws DataSourceException when the file cannot be read or holds no layer
	 */
	public static FeatureCollection readBoundaries(Path file, IProgressMonitor monitor) throws DataSourceException {
		List<FeatureCollection> layers = LayerFileReader.read(file, SubMonitor.convert(monitor, 1));
		if (layers.isEmpty()) {
			throw new DataSourceException(file, Messages.SignalMapLoading_noLayer, null);
		}
		return layers.get(0);
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
