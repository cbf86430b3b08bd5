package nl.veerkracht.cbs.online;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.veerkracht.cbs.catalogue.VariableCatalogue;
import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.MissingReason;
import nl.veerkracht.cbs.data.Observation;
import nl.veerkracht.cbs.data.RegionCode;

class KwbTableConversionTest {

	private static final List<DataProperty> PROPERTIES = List.of(
			new DataProperty("Gemeentenaam_1", "Gemeentenaam", "Topic", "", 0),
			new DataProperty("AantalInwoners_5", "Aantal inwoners", "Topic", "aantal", 0),
			new DataProperty("HuishoudensTotaal_28", "Huishoudens totaal", "Topic", "aantal", 0),
			new DataProperty("Eenpersoonshuishoudens_29", "Eenpersoonshuishoudens", "Topic", "aantal", 0),
			new DataProperty("GemiddeldeWOZWaardeVanWoningen_39", "Gemiddelde WOZ-waarde van woningen", "Topic", "x 1 000 euro", 0),
			new DataProperty("Odd_40", "Aantal inwoners", "Topic", "per km²", 0));

	@Test
	void propertiesBecomeCatalogueVariablesByTitleAndUnit() {
		CbsData data = convert(row("WK059901", 38145, 23000L, 14000L, 331));
		RegionCode wijk = RegionCode.of("WK059901");
		assertEquals(38145, value(data, wijk, "a_inw"));
		assertEquals(331, value(data, wijk, "g_wozbag"));
		assertEquals(23000, value(data, wijk, "a_hh"));
		assertEquals(100.0 * 14000 / 23000, value(data, wijk, "p_1p_hh"), 1e-9, "percentages are derived as for files");
	}

	@Test
	void nullIsMissingNeverZero() {
		CbsData data = convert(row("BU05990110", 25, null, null, null));
		Observation woz = data.observation(RegionCode.of("BU05990110"), "g_wozbag", 2024).orElseThrow();
		assertTrue(woz.isMissing());
		assertEquals(MissingReason.UNKNOWN_OR_SECRET, woz.missingReason().orElseThrow());
	}

	@Test
	void aKnownTitleWithAnotherUnitIsLeftOutAndSaid() {
		CbsData data = convert(row("GM0599", 664311, 350000L, 180000L, 283));
		assertEquals(664311, value(data, RegionCode.of("GM0599"), "a_inw"), "the 'per km2' column did not overwrite it");
		assertTrue(data.warnings().stream().anyMatch(w -> w.contains("Odd_40")), data.warnings().toString());
	}

	@Test
	void rowsThatAreNoRegionAreSkippedAndSaid() {
		CbsData data = convert(row("NL01", 1, 1L, 1L, 1));
		assertTrue(data.regions().isEmpty());
		assertTrue(data.warnings().stream().anyMatch(w -> w.contains("NL01")), data.warnings().toString());
	}

	private static CbsData convert(Map<String, Map<String, Object>> rows) {
		return KwbTableConversion.toCbsData(new KwbTable("85984NED", 2024, "GM0599", PROPERTIES, rows),
				VariableCatalogue.standard());
	}

	private static Map<String, Map<String, Object>> row(String code, long inwoners, Long huishoudens, Long eenpersoons,
			Integer woz) {
		Map<String, Object> values = new HashMap<>();
		values.put("Gemeentenaam_1", "Rotterdam");
		values.put("AantalInwoners_5", inwoners);
		values.put("HuishoudensTotaal_28", huishoudens);
		values.put("Eenpersoonshuishoudens_29", eenpersoons);
		values.put("GemiddeldeWOZWaardeVanWoningen_39", woz == null ? null : woz.longValue());
		values.put("Odd_40", 5000.0);
		return Map.of(code, values);
	}

	private static double value(CbsData data, RegionCode region, String variable) {
		return data.observation(region, variable, 2024).orElseThrow().value().orElseThrow();
	}
}
