package nl.veerkracht.model.regions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.veerkracht.model.Buurt;
import nl.veerkracht.model.Gemeente;
import nl.veerkracht.model.Wijk;

class RegionTreeTest {

	@Test
	void buurtenGoUnderTheirWijkAndOtherGemeentenStayOut() {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("GM0599", "Rotterdam");
		names.put("WK059901", "Stadscentrum");
		names.put("BU05990110", "Stadsdriehoek");
		names.put("BU05990111", "Cool");
		names.put("BU05990210", "Oude Westen");
		names.put("WK034401", "Binnenstad (Utrecht)");
		names.put("BU03440101", "Domplein");

		Gemeente rotterdam = RegionTree.gemeente("GM0599", "Rotterdam", names);

		List<Wijk> wijken = rotterdam.getWijken();
		assertEquals(List.of("WK059901", "WK059902"), wijken.stream().map(Wijk::getCode).toList());
		assertEquals("Stadscentrum", wijken.get(0).getName());
		assertEquals("WK059902", wijken.get(1).getName(), "a wijk known only from its buurten is named by its code");
		assertEquals(List.of("Stadsdriehoek", "Cool"), wijken.get(0).getBuurten().stream().map(Buurt::getName).toList());
		assertEquals(rotterdam, wijken.get(1).getBuurten().get(0).getWijk().getGemeente());
	}
}
