package nl.veerkracht.gis.core.style.sld;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

import nl.veerkracht.gis.core.style.classify.ClassificationMethod;
import nl.veerkracht.gis.core.style.classify.ColorBrewerPalette;

/**
 * What SLD itself cannot say about a style, written as one line of {@code key=value} pairs in an
 * {@code Abstract} element, which SLD allows on every style and rule and other software shows as a
 * description or ignores:
 * <pre>
 * veerkracht: kind=graduated; method=natural-breaks; palette=YlOrRd     (UserStyle/Abstract)
 * veerkracht: size=10; fill=#e84a27                                     (Rule/Abstract)
 * </pre>
 * The style line gives the kind of style (when the rules alone leave it open), the classification method
 * and the ColorBrewer palette; a rule line gives the parts of the rule's symbol its symbolizer has no place
 * for (the point size of an area symbol, the fill of a line symbol). Only the first line that starts with
 * {@value #PREFIX} counts; other text in the abstract is left alone.
 */
final class Metadata {

	static final String PREFIX = "veerkracht:";

	static final String KIND = "kind";
	static final String METHOD = "method";
	static final String PALETTE = "palette";

	static final String KIND_SINGLE = "single-symbol";
	static final String KIND_CATEGORIZED = "categorized";
	static final String KIND_GRADUATED = "graduated";

	static final String FILL = "fill";
	static final String FILL_OPACITY = "fill-opacity";
	static final String STROKE_WIDTH = "stroke-width";
	static final String SIZE = "size";

	private Metadata() {
	}

	/**
	 * @param entries the pairs, in the order to write them
	 * @return the line, e.g. {@code "veerkracht: kind=graduated; method=quantile"}
	 */
	static String format(Map<String, String> entries) {
		StringJoiner line = new StringJoiner("; ", PREFIX + " ", "");
		entries.forEach((key, value) -> line.add(key + "=" + value));
		return line.toString();
	}

	/**
	 * @param text the text of an Abstract element, or {@code null}
	 * @return the pairs of its first metadata line, in order; empty when there is none
	 */
	static Map<String, String> parse(String text) {
		Map<String, String> entries = new LinkedHashMap<>();
		if (text == null) {
			return entries;
		}
		for (String line : text.split("\\R")) {
			String stripped = line.strip();
			if (stripped.startsWith(PREFIX)) {
				for (String pair : stripped.substring(PREFIX.length()).split(";")) {
					int equals = pair.indexOf('=');
					if (equals > 0) {
						entries.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
					}
				}
				return entries;
			}
		}
		return entries;
	}

	/** @return e.g. {@code "natural-breaks"} for {@link ClassificationMethod#NATURAL_BREAKS} */
	static String methodName(ClassificationMethod method) {
		return method.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** @return the method so named by {@link #methodName}, or {@code null} if none is */
	static ClassificationMethod method(String name) {
		for (ClassificationMethod method : ClassificationMethod.values()) {
			if (methodName(method).equals(name)) {
				return method;
			}
		}
		return null;
	}

	/** @return the palette with that ColorBrewer name, or {@code null} if none has it */
	static ColorBrewerPalette palette(String brewerName) {
		for (ColorBrewerPalette palette : ColorBrewerPalette.values()) {
			if (Objects.equals(palette.brewerName(), brewerName)) {
				return palette;
			}
		}
		return null;
	}
}
