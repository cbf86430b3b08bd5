package nl.veerkracht.gis.core.io.csv;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The decoded text of a CSV file: UTF-8 when it has a UTF-8 byte order mark or is valid UTF-8,
 * windows-1252 otherwise.
 *
 * @param text    the text, without byte order mark
 * @param charset the character set it was decoded with
 */
record CsvText(String text, Charset charset) {

	/** The character set of CSV files that are not UTF-8: what Dutch Excel writes. */
	static final Charset FALLBACK = Charset.forName("windows-1252");

	static CsvText decode(byte[] bytes) {
		boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF;
		ByteBuffer content = ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0));
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(content).toString();
			return new CsvText(text, StandardCharsets.UTF_8);
		} catch (CharacterCodingException notUtf8) {
			return new CsvText(new String(bytes, FALLBACK), FALLBACK);
		}
	}
}
