package nl.veerkracht.gis.geopackage.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * Converts between JTS geometries and the GeoPackage geometry encoding (GeoPackage 1.3, clause 2.1.3):
 * a header ({@code "GP"}, version, flags, srs_id, optional envelope) followed by standard WKB.
 * Geometries are written two-dimensional, little-endian, with an xy envelope (none for points and
 * empty geometries, which carry the empty flag). Not thread-safe: one instance per reading or writing
 * thread.
 */
public final class GeoPackageBinary {

	private static final byte MAGIC_G = 'G';
	private static final byte MAGIC_P = 'P';
	private static final int FIXED_HEADER_LENGTH = 8;
	private static final int FLAG_LITTLE_ENDIAN = 0x01;
	private static final int FLAG_EMPTY = 0x10;
	private static final int FLAG_EXTENDED = 0x20;
	private static final int ENVELOPE_SHIFT = 1;
	private static final int ENVELOPE_MASK = 0x07;
	private static final int ENVELOPE_XY = 1;
	private static final int[] ENVELOPE_DOUBLES = { 0, 4, 6, 6, 8 };

	private final WKBReader reader;
	private final WKBWriter writer = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN);

	/**
	 * @param geometryFactory builds the geometries read
	 */
	public GeoPackageBinary(GeometryFactory geometryFactory) {
		this.reader = new WKBReader(geometryFactory);
	}

	/**
	 * Decodes a GeoPackage geometry blob.
	 *
	 * @param blob the blob
	 * @return the geometry
	 * @throws ParseException when the blob is not a valid GeoPackage geometry
	 */
	public Geometry read(byte[] blob) throws ParseException {
		if (blob.length < FIXED_HEADER_LENGTH || blob[0] != MAGIC_G || blob[1] != MAGIC_P) {
			throw new ParseException("not a GeoPackage geometry (no 'GP' header)");
		}
		int flags = blob[3];
		if ((flags & FLAG_EXTENDED) != 0) {
			throw new ParseException("extended GeoPackage geometry types are not supported");
		}
		int envelopeKind = (flags >> ENVELOPE_SHIFT) & ENVELOPE_MASK;
		if (envelopeKind >= ENVELOPE_DOUBLES.length) {
			throw new ParseException("invalid envelope indicator " + envelopeKind + " in a GeoPackage geometry");
		}
		int wkbOffset = FIXED_HEADER_LENGTH + Double.BYTES * ENVELOPE_DOUBLES[envelopeKind];
		if (blob.length <= wkbOffset) {
			throw new ParseException("GeoPackage geometry is truncated");
		}
		byte[] wkb = new byte[blob.length - wkbOffset];
		System.arraycopy(blob, wkbOffset, wkb, 0, wkb.length);
		return reader.read(wkb);
	}

	/**
	 * Encodes a geometry as a GeoPackage geometry blob.
	 *
	 * @param geometry the geometry
	 * @param srsId    the srs_id of the geometry column
	 * @return the blob
	 */
	public byte[] write(Geometry geometry, int srsId) {
		byte[] wkb = writer.write(geometry);
		boolean empty = geometry.isEmpty();
		boolean withEnvelope = !empty && geometry.getNumPoints() > 1;
		int envelopeBytes = withEnvelope ? Double.BYTES * ENVELOPE_DOUBLES[ENVELOPE_XY] : 0;
		ByteBuffer blob = ByteBuffer.allocate(FIXED_HEADER_LENGTH + envelopeBytes + wkb.length)
				.order(ByteOrder.LITTLE_ENDIAN);
		int flags = FLAG_LITTLE_ENDIAN | (empty ? FLAG_EMPTY : 0) | (withEnvelope ? ENVELOPE_XY << ENVELOPE_SHIFT : 0);
		blob.put(MAGIC_G).put(MAGIC_P).put((byte) 0).put((byte) flags).putInt(srsId);
		if (withEnvelope) {
			Envelope envelope = geometry.getEnvelopeInternal();
			blob.putDouble(envelope.getMinX()).putDouble(envelope.getMaxX())
					.putDouble(envelope.getMinY()).putDouble(envelope.getMaxY());
		}
		return blob.put(wkb).array();
	}
}
