package nl.veerkracht.cbs.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class VariableCatalogueTest {

	private final VariableCatalogue catalogue = VariableCatalogue.standard();

	@Test
	void lowIncomeIsOneVariableUnderEveryFormatsName() {
		Variable lowIncome = catalogue.variable("p_hh_lkk").orElseThrow();
		assertEquals(Unit.PERCENT, lowIncome.unit());
		assertEquals(List.of(lowIncome), catalogue.variablesForColumn(SourceFormat.STATLINE_CSV, "||Huishoudens met een laag inkomen"));
		assertEquals(List.of(lowIncome), catalogue.variablesForColumn(SourceFormat.KWB_XLSX, "p_hh_lkk"));
		assertEquals(List.of(lowIncome),
				catalogue.variablesForColumn(SourceFormat.WBK_SNAKE_CASE, "percentage_huishoudens_met_laag_inkomen"));
		assertEquals(List.of(lowIncome),
				catalogue.variablesForColumn(SourceFormat.WBK_CAMEL_CASE, "percentageHuishoudensMetLaagInkomen"));
		assertEquals(List.of(lowIncome), catalogue.variablesForColumn(SourceFormat.SERIES_JSON, "huishoudens_laag_inkomen"));
	}

	@Test
	void kwbCodePHhLiIsTheLowest40PercentNotLowIncome() {
		assertEquals("p_hh_li", catalogue.variablesForColumn(SourceFormat.KWB_XLSX, "p_hh_li").get(0).id());
		assertEquals("40% huishoudens met laagste inkomen", catalogue.variable("p_hh_li").orElseThrow().labelNl());
	}

	@Test
	void oneStatLineHeaderNamesACountAndAPercentageVariable() {
		Set<String> ids = catalogue.variablesForColumn(SourceFormat.STATLINE_CSV, "||Eenpersoonshuishoudens").stream()
				.map(v -> v.id() + ":" + v.unit()).collect(Collectors.toSet());
		assertEquals(Set.of("a_1p_hh:COUNT", "p_1p_hh:PERCENT"), ids);
		assertEquals(new PercentageDerivation("a_1p_hh", "a_hh"), catalogue.variable("p_1p_hh").orElseThrow().derivation().orElseThrow());
	}

	@Test
	void coversTheMethodsIndicators() {
		for (String id : List.of("a_inw", "a_hh", "a_1p_hh", "p_1p_hh", "p_hh_lkk", "p_hh_osm", "p_hh_li", "p_hh_hi",
				"p_ink_li", "p_ink_hi", "a_soz_wb", "a_soz_ao", "a_soz_ww", "g_wozbag", "p_wcorpw", "p_koopw", "p_huurw",
				"p_arb_pp", "p_00_14", "p_65_oo", "bev_dich", "ind_wbi")) {
			assertTrue(catalogue.variable(id).isPresent(), id);
		}
	}

	@Test
	void rejectsADerivationFromANonCountVariable() {
		String text = "id,unit,label_nl,label_en,derive,statline\n" + "a,PERCENT,A,A,,\n" + "b,COUNT,B,B,,\n"
				+ "c,PERCENT,C,C,a/b,\n";
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> VariableCatalogue.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
		assertTrue(e.getMessage().contains("needs count variable a"), e.getMessage());
	}

	@Test
	void rejectsAnUnknownUnitNamingTheLine() {
		String text = "# comment\nid,unit,label_nl,label_en,derive\n" + "a,LITRES,A,A,\n";
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> VariableCatalogue.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
		assertEquals("Catalogue line 3: unknown unit", e.getMessage());
	}
}
