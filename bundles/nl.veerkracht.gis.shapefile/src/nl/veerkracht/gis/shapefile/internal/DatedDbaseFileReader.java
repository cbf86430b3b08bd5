package nl.veerkracht.gis.shapefile.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;

import org.h2gis.functions.io.dbf.internal.DbaseFileReader;

/**
 * The H2GIS dBase reader, which also tells where a field value lies in the file: H2GIS 2.2.5 returns
 * {@code NULL} for every {@code D} (date) field, so the reader reads those eight digits itself.
 */
final class DatedDbaseFileReader extends DbaseFileReader {

	DatedDbaseFileReader(FileChannel channel, String encoding) throws IOException {
		super(channel, encoding);
	}

	/** @return the byte position in the file of a field value */
	long positionOf(int record, int field) {
		return getPositionFor(record, field);
	}
}
