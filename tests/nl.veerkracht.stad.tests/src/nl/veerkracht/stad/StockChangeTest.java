package nl.veerkracht.stad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.Handelingsperspectief;

/** Woningprogramma: stock changes by hand in the three-buurt city of {@link Cities#threeBuurten()}. */
class StockChangeTest {

	private static final int YEAR = Cities.START + 1;

	@Test
	void demolitionRehousesItsVulnerableHouseholdsElsewhereAndNewDwellingsAreLet() {
		// A replaces 100 corporation dwellings by 100 owner-occupied ones in year one
		Scenario scenario = new Scenario("sloop-nieuwbouw A", Map.of(),
				List.of(new StockChange("A", YEAR, Segment.CORPORATIE_HUUR, -100), new StockChange("A", YEAR, Segment.KOOP, 100)));
		SimulationResult result = Cities.model().run(Cities.threeBuurten(), scenario, 1);
		BuurtYear a = result.buurt("A", YEAR);
		assertEquals(new SegmentValues(900, 0, 100), a.dwellings());
		assertEquals(1000, a.households());
		// 100 households leave with the demolition, 30 of them vulnerable; of the 900 left, 90 move out (27 vulnerable);
		// 90 corporation vacancies take 45 vulnerable, 100 new owner-occupied dwellings take 0.05 * 100 = 5
		assertEquals(300 - 30 - 27 + 45 + 5, a.vulnerable());
		// the 30 displaced take corporation vacancies elsewhere: B 200 and C 100 vacancies -> 20 and 10
		Cause cause = new Cause("A", Handelingsperspectief.WONINGPROGRAMMA);
		assertEquals(Map.of(cause, 20), result.buurt("B", YEAR).received());
		assertEquals(460 + 20, result.buurt("B", YEAR).vulnerable());
		assertEquals(230 + 10, result.buurt("C", YEAR).vulnerable());
		assertEquals(0, result.balance(YEAR).unplaced());
	}

	@Test
	void woningprogrammaIntensityRestructuresTheCorporationStockEveryYear() {
		// intensity 4: 0.03 of the corporation stock per year, replaced half by other rent, half by owner-occupied
		Scenario scenario = new Scenario("woningprogramma A", Map.of("A",
				PerspectiveMix.NONE.with(Handelingsperspectief.WONINGPROGRAMMA, 4)), List.of());
		SimulationResult result = Cities.model().run(Cities.threeBuurten(), scenario, 2);
		assertEquals(new SegmentValues(970, 15, 15), result.buurt("A", YEAR).dwellings());
		// year two: round(0.03 * 970) = 29 -> 941; 29 replaced as 14.5 + 14.5: the tie goes to other rent
		assertEquals(new SegmentValues(941, 30, 29), result.buurt("A", YEAR + 1).dwellings());
		assertEquals(1000, result.buurt("A", YEAR + 1).households());
		assertEquals(new SegmentValues(2000, 0, 0), result.buurt("B", YEAR + 1).dwellings());
	}

	@Test
	void aStockChangeOutsideTheHorizonIsRejected() {
		Scenario scenario = new Scenario("te laat", Map.of(),
				List.of(new StockChange("A", Cities.START + 3, Segment.KOOP, 10)));
		assertThrows(IllegalArgumentException.class, () -> Cities.model().run(Cities.threeBuurten(), scenario, 2));
	}
}
