package nl.veerkracht.model.ui.maps;

import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

import org.eclipse.core.resources.IFile;

import nl.veerkracht.gis.core.layer.MapContent;

/**
 * Remembers, per map, the analysis and map name it was last opened from or kept as, so that keeping it
 * again needs no questions: the analysis is the active one and the name is suggested. Thread-safe; maps that
 * are gone are forgotten.
 */
final class MapOrigins {

	/**
	 * Where a map came from.
	 *
	 * @param file the analysis file
	 * @param name the map's name in it
	 */
	record Origin(IFile file, String name) {
	}

	private static final Map<MapContent, Origin> ORIGINS = new WeakHashMap<>();

	private MapOrigins() {
	}

	static synchronized void remember(MapContent map, IFile file, String name) {
		ORIGINS.put(map, new Origin(file, name));
	}

	static synchronized Optional<Origin> of(MapContent map) {
		return Optional.ofNullable(ORIGINS.get(map)).filter(origin -> origin.file().exists());
	}
}
