package nl.veerkracht.gis.shapefile.internal;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps the contents of a {@code .cpg} file to a Java character set: {@code UTF-8}/{@code UTF8}, bare code
 * page numbers ({@code 1252}, {@code 850}), {@code ANSI 1252}, {@code CP1252}, {@code ISO-8859-1},
 * {@code ISO 88591}, {@code 88591}, or any name Java knows.
 */
public final class DbfEncoding {

	/** The encoding assumed when neither a {@code .cpg} nor the {@code .dbf} header names one. */
	public static final Charset DEFAULT = Charset.forName("windows-1252");

	private DbfEncoding() {
	}

	/**
	 * @param cpg the contents of a {@code .cpg}
	 * @return the character set, or empty when it is not recognised
	 */
	public static Optional<Charset> fromCpg(String cpg) {
		String text = cpg.strip().toUpperCase(Locale.ROOT);
		if (text.isEmpty()) {
			return Optional.empty();
		}
		String compact = text.replaceAll("[\\s_-]", "");
		if (compact.equals("UTF8")) {
			return Optional.of(StandardCharsets.UTF_8);
		}
		if (compact.startsWith("ANSI")) {
			compact = compact.substring(4);
		}
		if (compact.startsWith("ISO8859")) {
			return lookup("ISO-8859-" + compact.substring(7));
		}
		if (compact.startsWith("8859") && compact.length() > 4) {
			return lookup("ISO-8859-" + compact.substring(4));
		}
		if (compact.matches("CP\\d+")) {
			compact = compact.substring(2);
		}
		if (compact.matches("\\d+")) {
			int page = Integer.parseInt(compact);
			return page >= 1250 && page <= 1258 ? lookup("windows-" + page) : lookup("IBM" + compact);
		}
		return lookup(text);
	}

	private static Optional<Charset> lookup(String name) {
		try {
			return Optional.of(Charset.forName(name));
		} catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
			return Optional.empty();
		}
	}
}
