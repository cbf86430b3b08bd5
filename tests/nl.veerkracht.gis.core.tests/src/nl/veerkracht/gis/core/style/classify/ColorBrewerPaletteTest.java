package nl.veerkracht.gis.core.style.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ColorBrewerPaletteTest {

	@Test
	void yellowOrangeRedFiveClassesAreThePublishedColours() {
		assertEquals(hex("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"),
				ColorBrewerPalette.YL_OR_RD.colours(5));
	}

	@Test
	void somePublishedColoursOfOtherSchemes() {
		assertEquals(hex("#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c",
				"#08306b"), ColorBrewerPalette.BLUES.colours(9));
		assertEquals(hex("#d7191c", "#fdae61", "#ffffbf", "#abd9e9", "#2c7bb6"), ColorBrewerPalette.RD_YL_BU.colours(5));
		assertEquals(hex("#e66101", "#fdb863", "#b2abd2", "#5e3c99"), ColorBrewerPalette.PU_OR.colours(4));
		assertEquals(hex("#1b9e77", "#d95f02", "#7570b3"), ColorBrewerPalette.DARK2.colours(3));
		assertEquals(hex("#66c2a5", "#fc8d62", "#8da0cb"), ColorBrewerPalette.SET2.colours(3));
	}

	@ParameterizedTest
	@EnumSource(ColorBrewerPalette.class)
	void everyOfferedCountHasThatManyDistinctColours(ColorBrewerPalette palette) {
		for (int classes = palette.minClasses(); classes <= palette.maxClasses(); classes++) {
			List<Color> colours = palette.colours(classes);
			assertEquals(classes, colours.size(), palette + " " + classes);
			assertEquals(classes, colours.stream().distinct().count(), palette + " " + classes);
		}
		assertThrows(IllegalArgumentException.class, () -> palette.colours(palette.minClasses() - 1));
		assertThrows(IllegalArgumentException.class, () -> palette.colours(palette.maxClasses() + 1));
	}

	@Test
	void sequentialAndDivergingOfferThreeToNineQualitativeOnlyTheSafeThree() {
		for (ColorBrewerPalette palette : ColorBrewerPalette.values()) {
			assertEquals(3, palette.minClasses(), palette.name());
			assertEquals(palette.kind() == PaletteKind.QUALITATIVE ? 3 : 9, palette.maxClasses(), palette.name());
			assertTrue(palette.colourBlindSafe(), palette.name());
		}
	}

	@Test
	void kindsAndNamesFollowColorBrewer() {
		assertEquals(PaletteKind.SEQUENTIAL, ColorBrewerPalette.OR_RD.kind());
		assertEquals(PaletteKind.DIVERGING, ColorBrewerPalette.BR_BG.kind());
		assertEquals(PaletteKind.QUALITATIVE, ColorBrewerPalette.SET2.kind());
		assertEquals("YlOrRd", ColorBrewerPalette.YL_OR_RD.brewerName());
		assertEquals("PuOr", ColorBrewerPalette.PU_OR.brewerName());
	}

	@Test
	void sequentialSchemesGetDarkerWithEveryClass() {
		for (ColorBrewerPalette palette : ColorBrewerPalette.values()) {
			if (palette.kind() == PaletteKind.SEQUENTIAL) {
				List<Color> colours = palette.colours(9);
				for (int i = 1; i < colours.size(); i++) {
					assertTrue(luminance(colours.get(i)) < luminance(colours.get(i - 1)), palette + " " + i);
				}
			}
		}
	}

	@Test
	void noDataIsANeutralLightGreyUsedByNoScheme() {
		Color grey = NoDataStyle.COLOUR;
		assertTrue(grey.getRed() == grey.getGreen() && grey.getGreen() == grey.getBlue(), grey::toString);
		assertTrue(grey.getRed() >= 0xC0 && grey.getRed() <= 0xE8, grey::toString);
		for (ColorBrewerPalette palette : ColorBrewerPalette.values()) {
			for (int classes = palette.minClasses(); classes <= palette.maxClasses(); classes++) {
				assertFalse(palette.colours(classes).contains(grey), palette + " " + classes);
			}
		}
	}

	private static double luminance(Color colour) {
		return 0.2126 * colour.getRed() + 0.7152 * colour.getGreen() + 0.0722 * colour.getBlue();
	}

	private static List<Color> hex(String... codes) {
		return List.of(codes).stream().map(Color::decode).toList();
	}
}
