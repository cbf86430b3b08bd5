package nl.veerkracht.model.regions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import nl.veerkracht.model.Buurt;
import nl.veerkracht.model.Gemeente;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.Wijk;

/**
 * Builds a gemeente with its wijken and buurten from CBS region codes: a wijk {@code WKggggww} belongs
 * to gemeente {@code GMgggg}, a buurt {@code BUggggwwbb} to wijk {@code WKggggww}. Codes of other
 * gemeenten are left out; a buurt whose wijk is not among the codes gets that wijk, named by its code.
 */
public final class RegionTree {

	private RegionTree() {
	}

	/**
	 * @param gemeenteCode e.g. {@code GM0599}
	 * @param gemeenteName e.g. {@code Rotterdam}
	 * @param namesByCode  region names by CBS code (GM, WK and BU codes; others are ignored), in the
	 *                     order the wijken and buurten should have
	 * @return the gemeente, its wijken and their buurten
	 */
	public static Gemeente gemeente(String gemeenteCode, String gemeenteName, Map<String, String> namesByCode) {
		Objects.requireNonNull(gemeenteCode, "gemeenteCode");
		String digits = gemeenteCode.substring(2);
		Gemeente gemeente = VeerkrachtFactory.eINSTANCE.createGemeente();
		gemeente.setCode(gemeenteCode);
		gemeente.setName(gemeenteName);
		Map<String, Wijk> wijken = new LinkedHashMap<>();
		namesByCode.forEach((code, name) -> {
			if (code.matches("WK" + digits + "\\d{2}")) {
				wijk(gemeente, wijken, code).setName(name);
			}
		});
		namesByCode.forEach((code, name) -> {
			if (code.matches("BU" + digits + "\\d{4}")) {
				Buurt buurt = VeerkrachtFactory.eINSTANCE.createBuurt();
				buurt.setCode(code);
				buurt.setName(name);
				wijk(gemeente, wijken, "WK" + code.substring(2, 8)).getBuurten().add(buurt);
			}
		});
		return gemeente;
	}

	private static Wijk wijk(Gemeente gemeente, Map<String, Wijk> wijken, String code) {
		return wijken.computeIfAbsent(code, c -> {
			Wijk wijk = VeerkrachtFactory.eINSTANCE.createWijk();
			wijk.setCode(c);
			wijk.setName(c);
			gemeente.getWijken().add(wijk);
			return wijk;
		});
	}
}
