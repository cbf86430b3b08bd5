package nl.veerkracht.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.veerkracht.cbs.catalogue.Unit;
import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.RegionCode;

class IndicatorRegistryTest {

	private static IndicatorDescriptor.Builder bijstand(String contributor) {
		return IndicatorDescriptor.builder("bijstand", input -> input.ratio("a_soz_wb", "a_inw", 1000))
				.labels("Bijstand per 1 000 inwoners", "Social assistance per 1,000 inhabitants")
				.unit(Unit.PER_1000_INHABITANTS).domain(Domain.WERK).direction(Direction.HIGHER_IS_MORE_VULNERABLE)
				.role(Role.KWETSBAARHEID).variables("a_soz_wb", "a_inw").contributor(contributor);
	}

	private static IndicatorDescriptor.Builder corporation() {
		return IndicatorDescriptor.builder("corporatiebezit", input -> input.value("p_wcorpw"))
				.labels("Corporatiebezit", "Corporation dwellings").unit(Unit.PERCENT).domain(Domain.CONTEXT)
				.direction(Direction.HIGHER_IS_MORE_VULNERABLE).role(Role.CONTEXT).variables("p_wcorpw");
	}

	@Test
	void indicatorsCanBeRegisteredInPlainJava() {
		IndicatorRegistry registry = IndicatorRegistry.of(List.of(bijstand("com.example").build(), corporation().build()));
		assertEquals(List.of("bijstand", "corporatiebezit"), registry.indicators().stream().map(IndicatorDescriptor::id).toList());
		IndicatorDescriptor bijstand = registry.indicator("bijstand").orElseThrow();
		assertEquals(1.0, bijstand.defaultWeight());
		assertEquals("com.example", bijstand.contributor());
		assertEquals(0.0, registry.indicator("corporatiebezit").orElseThrow().defaultWeight());
		assertEquals(List.of("corporatiebezit"), registry.indicators(Role.CONTEXT).stream().map(IndicatorDescriptor::id).toList());
		assertTrue(registry.problems().isEmpty());
	}

	@Test
	void aVariableTheCatalogueDoesNotKnowIsNamed() {
		IndicatorDescriptor typo = IndicatorDescriptor.builder("typo", input -> input.value("p_hh_lk"))
				.labels("Laag inkomen", "Low income").unit(Unit.PERCENT).domain(Domain.INKOMEN)
				.direction(Direction.HIGHER_IS_MORE_VULNERABLE).role(Role.KWETSBAARHEID).variables("p_hh_lk")
				.contributor("com.example.typo").build();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IndicatorRegistry.of(List.of(typo)));
		assertEquals("Indicator typo of plug-in com.example.typo is left out: the variable catalogue has no variable p_hh_lk",
				e.getMessage());
	}

	@Test
	void anIdUsedTwiceNamesBothPlugins() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> IndicatorRegistry.of(List.of(bijstand("com.example.first").build(), bijstand("com.example.second").build())));
		assertEquals("Indicator bijstand of plug-in com.example.second is left out: the id is already used by plug-in "
				+ "com.example.first", e.getMessage());
	}

	@Test
	void aDescriptorThatBreaksTheRulesSaysWhich() {
		assertEquals("Indicator bijstand: unit is not set",
				assertThrows(IllegalArgumentException.class, () -> bijstand("x").unit(null).build()).getMessage());
		assertEquals("defaultWeight 0.5 must be 0 for role context: a context indicator is never part of the score",
				assertThrows(IllegalArgumentException.class, () -> corporation().defaultWeight(0.5).build()).getMessage());
		assertEquals("defaultWeight -1.0 must be a finite number >= 0",
				assertThrows(IllegalArgumentException.class, () -> bijstand("x").defaultWeight(-1).build()).getMessage());
		assertEquals("id 'Bijstand-Totaal' must be lower-case letters, digits and underscores, starting with a letter",
				assertThrows(IllegalArgumentException.class,
						() -> IndicatorDescriptor.builder("Bijstand-Totaal", input -> input.value("a_inw")).build()).getMessage());
		assertEquals("declares no variables; name every catalogue variable it reads", assertThrows(
				IllegalArgumentException.class,
				() -> IndicatorDescriptor.builder("leeg", input -> input.value("a_inw")).labels("Leeg", "Empty")
						.unit(Unit.COUNT).domain(Domain.BEVOLKING).direction(Direction.HIGHER_IS_MORE_VULNERABLE)
						.role(Role.KWETSBAARHEID).build()).getMessage());
	}

	@Test
	void anIndicatorThatFailsIsNamedWithRegionAndYear() {
		IndicatorDescriptor sloppy = IndicatorDescriptor.builder("slordig", input -> input.value("g_wozbag"))
				.labels("Slordig", "Sloppy").unit(Unit.PERCENT).domain(Domain.WONEN)
				.direction(Direction.HIGHER_IS_MORE_VULNERABLE).role(Role.KWETSBAARHEID).variables("a_inw")
				.contributor("com.example.sloppy").build();
		IllegalStateException e = assertThrows(IllegalStateException.class,
				() -> sloppy.compute(new CbsData.Builder().build(), RegionCode.of("BU03440111"), 2023));
		assertTrue(e.getMessage().startsWith("indicator slordig of plug-in com.example.sloppy failed for BU03440111 2023: "
				+ "The indicator reads variable g_wozbag, which its contribution does not declare"), e.getMessage());
	}
}
