package nl.veerkracht.scoring.ui.open;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.operation.IRunnableWithProgress;

import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.Observation;
import nl.veerkracht.cbs.data.RegionCode;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.scoring.IndicatorRegistry;
import nl.veerkracht.scoring.engine.ScoringParameters;
import nl.veerkracht.scoring.run.ScoringRun;

/**
 * Prepares a {@link ScoringRun} for the buurten of the boundaries (of one gemeente, or all) from the KWB
 * figures: computes every registered indicator for every buurt and year, which tells the preview which
 * indicators will be computed and which are dropped, and gives the {@link OpenSignalMapJob} its run. When
 * the figures and the boundaries have no buurt in common, or the run cannot be made, {@link #problem()}
 * says why in the user's language, naming the files.
 */
final class SignalMapPreparation implements IRunnableWithProgress {

	private final CbsData data;
	private final List<Path> kwbFiles;
	private final FeatureCollection boundaries;
	private final BoundaryBuurten buurten;
	private final String boundaryName;
	private final Optional<String> gemeente;
	private final ScoringParameters parameters;
	private ScoringRun run;
	private String problem;
	private int matched;

	/**
	 * @param data         the KWB figures
	 * @param kwbFiles     the files they came from, for messages
	 * @param boundaries   the buurt boundaries
	 * @param boundaryName the boundaries' file or layer name, for messages
	 * @param gemeente     only the buurten of this gemeente, or empty for all
	 * @param parameters   the scoring parameters
	 */
	SignalMapPreparation(CbsData data, List<Path> kwbFiles, FeatureCollection boundaries, String boundaryName,
			Optional<String> gemeente, ScoringParameters parameters) {
		this.data = Objects.requireNonNull(data, "data");
		this.kwbFiles = List.copyOf(kwbFiles);
		this.boundaries = Objects.requireNonNull(boundaries, "boundaries");
		this.buurten = BoundaryBuurten.of(boundaries);
		this.boundaryName = boundaryName;
		this.gemeente = gemeente;
		this.parameters = parameters;
	}

	@Override
	public void run(IProgressMonitor monitor) throws InterruptedException {
		int count = buurten.buurtCount(gemeente);
		SubMonitor progress = SubMonitor.convert(monitor, OpenMessages.bind(OpenMessages.Job_prepare, count), 1);
		if (progress.isCanceled()) {
			throw new InterruptedException();
		}
		matched = countBuurtenWithFigures();
		if (matched == 0) {
			problem = OpenMessages.bind(OpenMessages.Problem_noCommonData, new Object[] { fileNames(), count,
					gemeente.orElse(OpenMessages.Problem_allGemeenten), boundaryName });
			return;
		}
		try {
			run = ScoringRun.prepare(data, boundaries, IndicatorRegistry.getDefault(), gemeente, parameters);
		} catch (IllegalArgumentException e) {
			problem = OpenMessages.bind(OpenMessages.Problem_prepare, e.getMessage());
		}
		if (progress.isCanceled()) {
			run = null;
			throw new InterruptedException();
		}
		progress.worked(1);
	}

	private int countBuurtenWithFigures() {
		Set<RegionCode> withFigures = new HashSet<>();
		for (Observation observation : data.observations()) {
			if (buurten.contains(observation.region(), gemeente)) {
				withFigures.add(observation.region());
			}
		}
		return withFigures.size();
	}

	private String fileNames() {
		return kwbFiles.stream().map(file -> file.getFileName().toString()).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	/** @return the prepared run, empty when there is a {@link #problem()} */
	Optional<ScoringRun> run() {
		return Optional.ofNullable(run);
	}

	/** @return the number of buurten of the boundaries (of the gemeente) */
	int buurtCount() {
		return buurten.buurtCount(gemeente);
	}

	/** @return how many of them have figures in the KWB files; known after {@link #run} */
	int matchedBuurten() {
		return matched;
	}

	/** @return why no run could be made, in the user's language, or empty */
	Optional<String> problem() {
		return Optional.ofNullable(problem);
	}
}
