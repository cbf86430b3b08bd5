package nl.veerkracht.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

import nl.veerkracht.cbs.data.MissingReason;

/** Missing-value codes in words for a report reader. */
class MissingReasonTextsTest {

	@Test
	void everyCodeHasWords() {
		for (MissingReason reason : MissingReason.values()) {
			assertFalse(MissingReasonTexts.dutch(reason.name()).contains("_"), reason.name());
		}
		for (MissingCause cause : MissingCause.values()) {
			assertFalse(MissingReasonTexts.dutch(cause.name()).contains("_"), cause.name());
		}
	}

	@Test
	void codesInsideATextAreReplacedAndTheRestKept() {
		assertEquals("geen enkele waarde in 2014–2016 (niet in de bestanden 234×, geheim bij CBS 2×)",
				MissingReasonTexts.dutch("geen enkele waarde in 2014–2016 (INPUT_NOT_READ 234×, SECRET 2×)"));
		assertEquals("onbekend of geheim bij CBS", MissingReasonTexts.dutch("UNKNOWN_OR_SECRET"));
		assertEquals("SECRETARIS", MissingReasonTexts.dutch("SECRETARIS"));
		assertEquals("", MissingReasonTexts.dutch(""));
	}
}
