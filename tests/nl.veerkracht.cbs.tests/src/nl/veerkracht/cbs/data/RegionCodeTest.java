package nl.veerkracht.cbs.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegionCodeTest {

	@Test
	void parsesTheThreeLevelsIgnoringSpacesAndCase() {
		assertEquals(RegionLevel.BUURT, RegionCode.parse(" bu05990110 ").orElseThrow().level());
		assertEquals("BU05990110", RegionCode.parse(" bu05990110 ").orElseThrow().code());
		assertEquals(RegionLevel.WIJK, RegionCode.of("WK059901").level());
		assertEquals(RegionLevel.GEMEENTE, RegionCode.of("GM0599").level());
	}

	@Test
	void rejectsWrongLengthsAndPrefixes() {
		assertTrue(RegionCode.parse("BU0599011").isEmpty());
		assertTrue(RegionCode.parse("WK05990110").isEmpty());
		assertTrue(RegionCode.parse("0599").isEmpty());
		assertTrue(RegionCode.parse(null).isEmpty());
		assertThrows(IllegalArgumentException.class, () -> RegionCode.of("XX0599"));
	}

	@Test
	void anObservationIsEitherANumberOrMissing() {
		Observation missing = Observation.missing(RegionCode.of("GM0599"), "a_inw", 2018, MissingReason.NIHIL, "test");
		assertTrue(missing.isMissing());
		assertTrue(missing.value().isEmpty());
		assertThrows(IllegalArgumentException.class,
				() -> Observation.measured(RegionCode.of("GM0599"), "a_inw", 2018, Double.NaN, "test"));
	}

	@Test
	void aRegionLiesWithinTheLargerRegionsThatShareItsDigits() {
		RegionCode bospolder = RegionCode.of("BU05990321");
		assertEquals(RegionCode.of("WK059903"), bospolder.within(RegionLevel.WIJK));
		assertEquals(RegionCode.of("GM0599"), bospolder.within(RegionLevel.GEMEENTE));
		assertEquals(RegionCode.of("GM0599"), RegionCode.of("WK059903").within(RegionLevel.GEMEENTE));
		assertEquals(bospolder, bospolder.within(RegionLevel.BUURT));
		assertThrows(IllegalArgumentException.class, () -> RegionCode.of("WK059903").within(RegionLevel.BUURT));
	}
}
