package nl.veerkracht.scoring.ui.open;

import java.util.ArrayList;
import java.util.List;

import nl.veerkracht.cbs.io.ImportPreview;
import nl.veerkracht.scoring.ContributionProblem;
import nl.veerkracht.scoring.IndicatorRegistry;
import nl.veerkracht.scoring.run.DroppedIndicator;
import nl.veerkracht.scoring.run.ScoringRun;

/**
 * The lines of the preview's messages: the CBS missing values of each KWB file (by symbol), the indicators
 * left out and why, the readers' warnings, the boundary features the run skipped and the indicator plug-ins that were left out.
 */
final class PreviewMessages {

	private PreviewMessages() {
	}

	/**
	 * @param reading  the files read
	 * @param run      the run prepared from them
	 * @param registry the registered indicators
	 * @return the lines, empty when there is nothing to report
	 */
	static List<String> of(SignalMapReading reading, ScoringRun run, IndicatorRegistry registry) {
		List<String> lines = new ArrayList<>();
		for (ImportPreview preview : reading.previews()) {
			long missing = preview.missingCounts().values().stream().mapToLong(Long::longValue).sum();
			if (missing > 0) {
				lines.add(OpenMessages.bind(OpenMessages.Preview_missingValues, new Object[] { preview.file().getFileName(),
						PreviewTexts.number(missing), PreviewTexts.missing(preview.missingCounts()) }));
			}
		}
		for (DroppedIndicator dropped : run.dropped()) {
			lines.add(OpenMessages.bind(OpenMessages.Preview_droppedMessage, dropped.label(), dropped.reason()));
		}
		reading.data().warnings().forEach(warning -> lines.add(OpenMessages.bind(OpenMessages.Preview_warning, warning)));
		run.skippedFeatures().forEach(skipped -> lines.add(OpenMessages.bind(OpenMessages.Preview_skipped,
				reading.boundarySource().displayName(), skipped)));
		for (ContributionProblem problem : registry.problems()) {
			lines.add(OpenMessages.bind(OpenMessages.Preview_problem, problem.message()));
		}
		return lines;
	}
}
