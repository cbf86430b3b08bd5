package nl.veerkracht.cbs.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class MissingReasonTest {

	@Test
	void statLineSymbolsMapToTheirMeaning() {
		assertEquals(Optional.of(MissingReason.UNKNOWN_OR_SECRET), MissingReason.forSymbol(" . "));
		assertEquals(Optional.of(MissingReason.SECRET), MissingReason.forSymbol("x"));
		assertEquals(Optional.of(MissingReason.NIHIL), MissingReason.forSymbol("-"));
		assertEquals(Optional.empty(), MissingReason.forSymbol("12,5"));
	}

	@Test
	void wijkEnBuurtkaartCodesMapToTheirMeaningAndOrdinaryNumbersDoNot() {
		assertEquals(Optional.of(MissingReason.SECRET), MissingReason.forWbkCode(-99997));
		assertEquals(Optional.of(MissingReason.SECRET), MissingReason.forWbkCode(-99999997));
		assertEquals(Optional.of(MissingReason.NOT_YET_PUBLISHED), MissingReason.forWbkCode(-99995));
		assertEquals(Optional.of(MissingReason.UNKNOWN_OR_SECRET), MissingReason.forWbkCode(-99999999));
		assertEquals(Optional.empty(), MissingReason.forWbkCode(-12));
		assertTrue(MissingReason.looksLikeUnlistedWbkCode(-99991));
		assertFalse(MissingReason.looksLikeUnlistedWbkCode(-5000));
	}
}
