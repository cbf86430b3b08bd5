package nl.veerkracht.stad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/** The synthetic stock from CBS-like figures, with its documented defaults. */
class SyntheticStockTest {

	private final SyntheticStock synthetic = new SyntheticStock(ModelParameters.defaults());

	@Test
	void missingFiguresTakeTheDocumentedDefaults() {
		// 2100 inhabitants / 2.1 = 1000 households; 40% corporation, 57% owner-occupied (default), 3% other rent
		BuurtStart buurt = synthetic.buurt("BU1", "Een", 2100, OptionalInt.empty(), OptionalDouble.of(40),
				OptionalDouble.empty(), OptionalDouble.empty());
		assertEquals(1000, buurt.households());
		assertEquals(new SegmentValues(400, 30, 570), buurt.dwellings());
		// 0.40 * 0.50 + 0.03 * 0.20 + 0.57 * 0.05
		assertEquals(0.2345, buurt.vulnerableShare(), 1e-12);
	}

	@Test
	void givenFiguresAreUsedAndTooLargePercentagesAreScaled() {
		// 60% + the default 57% exceed 100%: scaled to 60/117 and 57/117 of 500 -> 256.4 and 243.6, no other rent
		BuurtStart buurt = synthetic.buurt("BU2", "Twee", 0, OptionalInt.of(500), OptionalDouble.of(60),
				OptionalDouble.empty(), OptionalDouble.of(0.3));
		assertEquals(new SegmentValues(256, 0, 244), buurt.dwellings());
		assertEquals(500, buurt.households());
		assertEquals(0.3, buurt.vulnerableShare(), 1e-12);
		assertThrows(IllegalArgumentException.class, () -> synthetic.buurt("BU3", "Drie", 100, OptionalInt.empty(),
				OptionalDouble.of(120), OptionalDouble.empty(), OptionalDouble.empty()));
	}
}
