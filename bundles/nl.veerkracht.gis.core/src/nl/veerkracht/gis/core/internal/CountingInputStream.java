package nl.veerkracht.gis.core.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that counts the bytes read through it, for progress reporting.
 * Not thread-safe; the count may be read from any thread.
 */
public final class CountingInputStream extends FilterInputStream {

	private volatile long count;

	/**
	 * Wraps a stream.
	 *
	 * @param in the stream to read from
	 */
	public CountingInputStream(InputStream in) {
		super(in);
	}

	/**
	 * Returns the number of bytes read (or skipped) so far.
	 *
	 * @return the byte count
	 */
	public long getCount() {
		return count;
	}

	@Override
	public int read() throws IOException {
		int result = super.read();
		if (result >= 0) {
			count++;
		}
		return result;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int result = in.read(buffer, offset, length);
		if (result > 0) {
			count += result;
		}
		return result;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		count += skipped;
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}
}
