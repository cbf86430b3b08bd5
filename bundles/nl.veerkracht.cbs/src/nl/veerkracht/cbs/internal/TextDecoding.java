package nl.veerkracht.cbs.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes CBS text exports, which come as UTF-8 with a byte order mark (StatLine today), UTF-8 without one,
 * or windows-1252 (older exports and files re-saved by spreadsheet programs).
 */
public final class TextDecoding {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private TextDecoding() {
	}

	/**
	 * Decodes bytes: a UTF-8 BOM is removed and the rest decoded as UTF-8; without a BOM, bytes that are
	 * valid UTF-8 are decoded as such, anything else as windows-1252.
	 *
	 * @param bytes the file content
	 * @return the text and the charset used
	 */
	public static Decoded decode(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
			return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
			return new Decoded(text, "UTF-8");
		} catch (CharacterCodingException notUtf8) {
			return new Decoded(new String(bytes, WINDOWS_1252), "windows-1252");
		}
	}

	/**
	 * Decoded text.
	 *
	 * @param text the text
	 * @param charset the name of the encoding that was used
	 */
	public record Decoded(String text, String charset) {
	}
}
