package nl.veerkracht.cbs.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Tests the year-to-table list of the Kerncijfers wijken en buurten. */
class KwbTablesTest {

	@Test
	void knowsEveryYearFrom2014To2024() {
		assertEquals(2014, KwbTables.years().first());
		assertEquals(2024, KwbTables.years().last());
		assertEquals(11, KwbTables.years().size());
		assertEquals(Optional.of("85984NED"), KwbTables.tableId(2024));
		assertEquals(Optional.of("82931NED"), KwbTables.tableId(2014));
	}

	@Test
	void everyTableIdHasTheStatLineForm() {
		for (int year : KwbTables.years()) {
			assertTrue(KwbTables.tableId(year).orElseThrow().matches("\\d{5}NED"), "table of " + year);
		}
		assertEquals(Optional.empty(), KwbTables.tableId(2013));
	}
}
