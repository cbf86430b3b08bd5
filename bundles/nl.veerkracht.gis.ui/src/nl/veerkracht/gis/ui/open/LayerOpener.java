package nl.veerkracht.gis.ui.open;

import java.nio.file.Path;
import java.util.List;

import nl.veerkracht.gis.ui.map.MapView;

/**
 * Opens spatial data files as layers of a map. Reading happens in a background job per
 * file, with progress; a file that cannot be read is reported in a dialog that names the
 * file and the fault, and leaves the map as it was.
 */
public final class LayerOpener {

	private LayerOpener() {
	}

	/**
	 * Opens files as new layers on top of the map, zooming to each as it arrives.
	 * Call on the UI thread.
	 *
	 * @param view  the map view to add the layers to
	 * @param files the files to open
	 * @return the scheduled jobs, one per file, in the order of {@code files}
	 */
	public static List<OpenLayerJob> open(MapView view, List<Path> files) {
		List<OpenLayerJob> jobs = files.stream().map(file -> new OpenLayerJob(file, view)).toList();
		jobs.forEach(OpenLayerJob::schedule);
		return jobs;
	}
}
