package nl.veerkracht.gis.core.style.sld;

import nl.veerkracht.gis.core.io.ReadWarning;
import nl.veerkracht.gis.core.io.WarningSink;

/** What the parts of {@link SldReader} share while reading one document: its name and where warnings go. */
final class ReadContext {

	private final String source;
	private final WarningSink warnings;

	ReadContext(String source, WarningSink warnings) {
		this.source = source;
		this.warnings = warnings;
	}

	/** @return the name of the document, for messages */
	String source() {
		return source;
	}

	/**
	 * @param at     the element at fault
	 * @param reason what is wrong or unsupported
	 * @return the exception to throw, naming the document and the element's line
	 */
	SldException fault(XmlElement at, String reason) {
		return new SldException(source, at.line(), 0, reason, null);
	}

	/**
	 * Tells the user what was read differently from what the document says, naming the line.
	 *
	 * @param at      the element concerned
	 * @param message what was noticed and what is done about it
	 */
	void warn(XmlElement at, String message) {
		warnings.warn(new ReadWarning(source, "line " + at.line() + ": " + message));
	}
}
