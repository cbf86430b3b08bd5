package nl.veerkracht.scoring.ui.open;

import java.nio.file.Path;
import java.util.Objects;

import nl.veerkracht.gis.core.layer.VectorLayer;

/**
 * Where the buurt boundaries of a signal map come from: a layer already in the Map view (read from a file,
 * so that the map can be made again from it), or a file still to be read.
 *
 * @param file  the boundary file: the layer's source, or the file chosen
 * @param layer the layer whose features are used, or {@code null} when the file is to be read
 */
record BoundarySource(Path file, VectorLayer layer) {

	/**
	 * Checks the components.
	 *
	 * @throws NullPointerException     if there is no file
	 * @throws IllegalArgumentException if the layer was not read from the file
	 */
	BoundarySource {
		Objects.requireNonNull(file, "file");
		if (layer != null && !layer.getSource().map(file::equals).orElse(false)) {
			throw new IllegalArgumentException("the layer " + layer.getTitle() + " was not read from " + file);
		}
	}

	/**
	 * A boundary file to read.
	 *
	 * @param file the file
	 * @return the source
	 */
	static BoundarySource ofFile(Path file) {
		return new BoundarySource(file.toAbsolutePath().normalize(), null);
	}

	/**
	 * A layer of the map, read from a file.
	 *
	 * @param layer the layer
	 * @return the source
	 * @throws java.util.NoSuchElementException if the layer has no source file
	 */
	static BoundarySource ofLayer(VectorLayer layer) {
		return new BoundarySource(layer.getSource().orElseThrow(), layer);
	}

	/** @return the name the user knows the boundaries by: the layer title or the file name */
	String displayName() {
		return layer != null ? layer.getTitle() : file.getFileName().toString();
	}
}
