package nl.veerkracht.report.quickscan;

import java.util.Objects;

/**
 * One input file of the report, as the sources section names it.
 *
 * @param fileName    the file's name (without its folder)
 * @param description what it holds, e.g. "CBS Kerncijfers wijken en buurten 2016"
 */
public record SourceFile(String fileName, String description) {

	/**
	 * Checks the parts.
	 *
	 * @throws NullPointerException if a part is {@code null}
	 */
	public SourceFile {
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(description, "description");
	}
}
