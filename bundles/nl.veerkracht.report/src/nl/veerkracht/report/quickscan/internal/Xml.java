package nl.veerkracht.report.quickscan.internal;

/**
 * Escapes text for XHTML content and attribute values: markup characters become entities, characters XML does
 * not allow (control characters, lone surrogates) are dropped, so no text from data can break out of its
 * element or attribute.
 */
public final class Xml {

	private Xml() {
	}

	/**
	 * @param text any text, may be {@code null}
	 * @return the escaped text; empty for {@code null}
	 */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&#39;");
			default -> {
				if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					out.append(c).append(text.charAt(++i));
				} else if (allowed(c)) {
					out.append(c);
				}
			}
			}
		}
		return out.toString();
	}

	private static boolean allowed(char c) {
		return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800 || c >= 0xE000 && c < 0xFFFE;
	}
}
