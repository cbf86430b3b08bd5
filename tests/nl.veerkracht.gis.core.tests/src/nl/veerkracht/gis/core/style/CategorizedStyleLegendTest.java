package nl.veerkracht.gis.core.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.util.List;

import org.junit.jupiter.api.Test;

class CategorizedStyleLegendTest {

	private static final SimpleStyle RED = SimpleStyle.defaults().withFill(Color.RED);
	private static final SimpleStyle GREY = SimpleStyle.defaults().withFill(Color.LIGHT_GRAY);

	@Test
	void noDataSymbolHasItsOwnEntryLastWhenNoCategoryMeansNoData() {
		CategorizedStyle style = new CategorizedStyle("klasse", List.of(new Category("kwetsbaar", "kwetsbaar", RED)),
				null, GREY, null);

		assertEquals(List.of(new LegendEntry("kwetsbaar", RED, false), new LegendEntry("geen gegevens", GREY, true)),
				style.legend());
	}

	@Test
	void categoryLabelledGeenGegevensIsTheNoDataEntryAndItIsNotRepeated() {
		SimpleStyle darkGrey = GREY.withFill(Color.GRAY);
		CategorizedStyle style = new CategorizedStyle("klasse", List.of(new Category("kwetsbaar", "kwetsbaar", RED),
				new Category("geen gegevens", "geen gegevens", darkGrey)), null, GREY, null);

		assertEquals(List.of(new LegendEntry("kwetsbaar", RED, false), new LegendEntry("geen gegevens", darkGrey, true)),
				style.legend());
	}
}
