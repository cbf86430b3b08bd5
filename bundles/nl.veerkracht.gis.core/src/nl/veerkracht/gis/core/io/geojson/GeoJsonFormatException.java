package nl.veerkracht.gis.core.io.geojson;

import com.fasterxml.jackson.core.JsonLocation;

/** A GeoJSON structure fault at a known position; turned into a DataSourceException by the reader. */
final class GeoJsonFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int line;
	private final int column;

	GeoJsonFormatException(String message, JsonLocation location) {
		super(message);
		this.line = location.getLineNr();
		this.column = location.getColumnNr();
	}

	int line() {
		return line;
	}

	int column() {
		return column;
	}
}
