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
	void everySchemeOffersColorBrewersClassCounts() {
		for (ColorBrewerPalette palette : ColorBrewerPalette.values()) {
			assertEquals(3, palette.minClasses(), palette.name());
			int expectedMax = switch (palette.kind()) {
				case SEQUENTIAL -> 9;
				case DIVERGING -> 11;
				case QUALITATIVE -> switch (palette) {
					case SET1, PASTEL1 -> 9;
					case SET3, PAIRED -> 12;
					default -> 8;
				};
			};
			assertEquals(expectedMax, palette.maxClasses(), palette.name());
		}
	}

	@Test
	void sequentialAndTheClassicDivergingSchemesAreColourBlindSafeAtEveryCount() {
		for (ColorBrewerPalette palette : ColorBrewerPalette.values()) {
			if (palette.kind() == PaletteKind.SEQUENTIAL) {
				assertTrue(palette.colourBlindSafe(), palette.name());
			}
		}
		for (ColorBrewerPalette palette : List.of(ColorBrewerPalette.RD_YL_BU, ColorBrewerPalette.BR_BG,
				ColorBrewerPalette.PU_OR, ColorBrewerPalette.PI_YG, ColorBrewerPalette.PR_GN, ColorBrewerPalette.RD_BU)) {
			assertTrue(palette.colourBlindSafe(), palette.name());
			for (int classes = 3; classes <= 11; classes++) {
				assertTrue(palette.colourBlindSafe(classes), palette.name() + " " + classes);
			}
		}
	}

	@Test
	void spectralRedYellowGreenAndMostQualitativeSchemesAreNotColourBlindSafe() {
		for (ColorBrewerPalette palette : List.of(ColorBrewerPalette.SPECTRAL, ColorBrewerPalette.RD_YL_GN,
				ColorBrewerPalette.SET1, ColorBrewerPalette.SET3, ColorBrewerPalette.PASTEL1, ColorBrewerPalette.PASTEL2,
				ColorBrewerPalette.ACCENT)) {
			assertFalse(palette.colourBlindSafe(), palette.name());
			for (int classes = palette.minClasses(); classes <= palette.maxClasses(); classes++) {
				assertFalse(palette.colourBlindSafe(classes), palette.name() + " " + classes);
			}
		}
	}

	@Test
	void someQualitativeSchemesAreColourBlindSafeOnlyWithFewClasses() {
		assertSafeUpTo(ColorBrewerPalette.SET2, 3);
		assertSafeUpTo(ColorBrewerPalette.DARK2, 3);
		assertSafeUpTo(ColorBrewerPalette.PAIRED, 4);
	}

	@Test
	void countsOutsideTheSchemeAreNeverSafe() {
		assertFalse(ColorBrewerPalette.YL_OR_RD.colourBlindSafe(2));
		assertFalse(ColorBrewerPalette.YL_OR_RD.colourBlindSafe(10));
		assertFalse(ColorBrewerPalette.RD_YL_BU.colourBlindSafe(12));
	}

	@Test
	void publishedColoursOfTheSchemesThatAreNotColourBlindSafe() {
		assertEquals(hex("#d7191c", "#fdae61", "#ffffbf", "#abdda4", "#2b83ba"), ColorBrewerPalette.SPECTRAL.colours(5));
		assertEquals(hex("#fc8d59", "#ffffbf", "#91cf60"), ColorBrewerPalette.RD_YL_GN.colours(3));
		assertEquals(hex("#a50026", "#d73027", "#f46d43", "#fdae61", "#fee08b", "#ffffbf", "#d9ef8b", "#a6d96a",
				"#66bd63", "#1a9850", "#006837"), ColorBrewerPalette.RD_YL_GN.colours(11));
		assertEquals(hex("#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00", "#ffff33", "#a65628", "#f781bf",
				"#999999"), ColorBrewerPalette.SET1.colours(9));
		assertEquals(hex("#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5",
				"#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f"), ColorBrewerPalette.SET3.colours(12));
		assertEquals(hex("#a6cee3", "#1f78b4", "#b2df8a", "#33a02c", "#fb9a99", "#e31a1c", "#fdbf6f", "#ff7f00",
				"#cab2d6", "#6a3d9a", "#ffff99", "#b15928"), ColorBrewerPalette.PAIRED.colours(12));
		assertEquals(hex("#fbb4ae", "#b3cde3", "#ccebc5", "#decbe4", "#fed9a6", "#ffffcc", "#e5d8bd", "#fddaec",
				"#f2f2f2"), ColorBrewerPalette.PASTEL1.colours(9));
		assertEquals(hex("#7fc97f", "#beaed4", "#fdc086", "#ffff99", "#386cb0", "#f0027f", "#bf5b17", "#666666"),
				ColorBrewerPalette.ACCENT.colours(8));
	}

	@Test
	void qualitativeVariantsAreTheFirstColoursOfTheLargest() {
		for (ColorBrewerPalette palette : ColorBrewerPalette.values()) {
			if (palette.kind() == PaletteKind.QUALITATIVE) {
				List<Color> largest = palette.colours(palette.maxClasses());
				for (int classes = palette.minClasses(); classes < palette.maxClasses(); classes++) {
					assertEquals(largest.subList(0, classes), palette.colours(classes), palette + " " + classes);
				}
			}
		}
	}

	@Test
	void schemesAreFoundByTheirColorBrewerName() {
		for (ColorBrewerPalette palette : ColorBrewerPalette.values()) {
			assertEquals(palette, ColorBrewerPalette.forBrewerName(palette.brewerName()).orElseThrow());
		}
		assertEquals(ColorBrewerPalette.RD_YL_GN, ColorBrewerPalette.forBrewerName("rdylgn").orElseThrow());
		assertTrue(ColorBrewerPalette.forBrewerName("Greys").isEmpty(), "greys would look like no data");
		assertTrue(ColorBrewerPalette.forBrewerName("Viridis").isEmpty());
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

	private static void assertSafeUpTo(ColorBrewerPalette palette, int safeUpTo) {
		assertFalse(palette.colourBlindSafe(), palette.name());
		for (int classes = palette.minClasses(); classes <= palette.maxClasses(); classes++) {
			assertEquals(classes <= safeUpTo, palette.colourBlindSafe(classes), palette.name() + " " + classes);
		}
	}

	private static double luminance(Color colour) {
		return 0.2126 * colour.getRed() + 0.7152 * colour.getGreen() + 0.0722 * colour.getBlue();
	}

	private static List<Color> hex(String... codes) {
		return List.of(codes).stream().map(Color::decode).toList();
	}
}
