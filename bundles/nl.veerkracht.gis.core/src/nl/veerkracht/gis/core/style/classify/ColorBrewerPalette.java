package nl.veerkracht.gis.core.style.classify;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Colour schemes from ColorBrewer 2.0 (Cynthia Brewer, Mark Harrower and The Pennsylvania State
 * University, colorbrewer2.org, Apache License 2.0) with their published colours, for every class count
 * ColorBrewer offers: 3 to 9 classes for the sequential schemes, 3 to 11 for the diverging ones and 3 to 8,
 * 9 or 12 for the qualitative ones.
 * <p>
 * Each scheme says whether ColorBrewer rates it colour-blind safe, per class count
 * ({@link #colourBlindSafe(int)}): the sequential schemes and most diverging ones are safe at every count;
 * Spectral, RdYlGn and most qualitative schemes are not (ColorBrewer rates them "possibly" or "not" safe,
 * both reported here as not safe); Set2 and Dark2 are safe with 3 classes and Paired with up to 4.
 * <p>
 * Greys and RdGy are left out on purpose: their grey classes could be taken for the grey "no data" class
 * ({@link NoDataStyle#COLOUR}).
 */
public enum ColorBrewerPalette {

	/** Sequential yellow - orange - red, 3 to 9 classes, colour-blind safe. */
	YL_OR_RD("YlOrRd", PaletteKind.SEQUENTIAL, Safe.ALL,
			new String[] { "#ffeda0", "#feb24c", "#f03b20" },
			new String[] { "#ffffb2", "#fecc5c", "#fd8d3c", "#e31a1c" },
			new String[] { "#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026" },
			new String[] { "#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026" },
			new String[] { "#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026" },
			new String[] { "#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026" },
			new String[] { "#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#bd0026", "#800026" }),

	/** Sequential orange - red, 3 to 9 classes, colour-blind safe. */
	OR_RD("OrRd", PaletteKind.SEQUENTIAL, Safe.ALL,
			new String[] { "#fee8c8", "#fdbb84", "#e34a33" },
			new String[] { "#fef0d9", "#fdcc8a", "#fc8d59", "#d7301f" },
			new String[] { "#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000" },
			new String[] { "#fef0d9", "#fdd49e", "#fdbb84", "#fc8d59", "#e34a33", "#b30000" },
			new String[] { "#fef0d9", "#fdd49e", "#fdbb84", "#fc8d59", "#ef6548", "#d7301f", "#990000" },
			new String[] { "#fff7ec", "#fee8c8", "#fdd49e", "#fdbb84", "#fc8d59", "#ef6548", "#d7301f", "#990000" },
			new String[] { "#fff7ec", "#fee8c8", "#fdd49e", "#fdbb84", "#fc8d59", "#ef6548", "#d7301f", "#b30000", "#7f0000" }),

	/** Sequential blues, 3 to 9 classes, colour-blind safe. */
	BLUES("Blues", PaletteKind.SEQUENTIAL, Safe.ALL,
			new String[] { "#deebf7", "#9ecae1", "#3182bd" },
			new String[] { "#eff3ff", "#bdd7e7", "#6baed6", "#2171b5" },
			new String[] { "#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c" },
			new String[] { "#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c" },
			new String[] { "#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594" },
			new String[] { "#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594" },
			new String[] { "#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b" }),

	/** Sequential greens, 3 to 9 classes, colour-blind safe. */
	GREENS("Greens", PaletteKind.SEQUENTIAL, Safe.ALL,
			new String[] { "#e5f5e0", "#a1d99b", "#31a354" },
			new String[] { "#edf8e9", "#bae4b3", "#74c476", "#238b45" },
			new String[] { "#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c" },
			new String[] { "#edf8e9", "#c7e9c0", "#a1d99b", "#74c476", "#31a354", "#006d2c" },
			new String[] { "#edf8e9", "#c7e9c0", "#a1d99b", "#74c476", "#41ab5d", "#238b45", "#005a32" },
			new String[] { "#f7fcf5", "#e5f5e0", "#c7e9c0", "#a1d99b", "#74c476", "#41ab5d", "#238b45", "#005a32" },
			new String[] { "#f7fcf5", "#e5f5e0", "#c7e9c0", "#a1d99b", "#74c476", "#41ab5d", "#238b45", "#006d2c", "#00441b" }),

	/** Sequential purples, 3 to 9 classes, colour-blind safe. */
	PURPLES("Purples", PaletteKind.SEQUENTIAL, Safe.ALL,
			new String[] { "#efedf5", "#bcbddc", "#756bb1" },
			new String[] { "#f2f0f7", "#cbc9e2", "#9e9ac8", "#6a51a3" },
			new String[] { "#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f" },
			new String[] { "#f2f0f7", "#dadaeb", "#bcbddc", "#9e9ac8", "#756bb1", "#54278f" },
			new String[] { "#f2f0f7", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#4a1486" },
			new String[] { "#fcfbfd", "#efedf5", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#4a1486" },
			new String[] { "#fcfbfd", "#efedf5", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#54278f", "#3f007d" }),

	/** Sequential blue - green, 3 to 9 classes, colour-blind safe. */
	BU_GN("BuGn", PaletteKind.SEQUENTIAL, Safe.ALL,
			new String[] { "#e5f5f9", "#99d8c9", "#2ca25f" },
			new String[] { "#edf8fb", "#b2e2e2", "#66c2a4", "#238b45" },
			new String[] { "#edf8fb", "#b2e2e2", "#66c2a4", "#2ca25f", "#006d2c" },
			new String[] { "#edf8fb", "#ccece6", "#99d8c9", "#66c2a4", "#2ca25f", "#006d2c" },
			new String[] { "#edf8fb", "#ccece6", "#99d8c9", "#66c2a4", "#41ae76", "#238b45", "#005824" },
			new String[] { "#f7fcfd", "#e5f5f9", "#ccece6", "#99d8c9", "#66c2a4", "#41ae76", "#238b45", "#005824" },
			new String[] { "#f7fcfd", "#e5f5f9", "#ccece6", "#99d8c9", "#66c2a4", "#41ae76", "#238b45", "#006d2c", "#00441b" }),

	/** Sequential blue - purple, 3 to 9 classes, colour-blind safe. */
	BU_PU("BuPu", PaletteKind.SEQUENTIAL, Safe.ALL,
			new String[] { "#e0ecf4", "#9ebcda", "#8856a7" },
			new String[] { "#edf8fb", "#b3cde3", "#8c96c6", "#88419d" },
			new String[] { "#edf8fb", "#b3cde3", "#8c96c6", "#8856a7", "#810f7c" },
			new String[] { "#edf8fb", "#bfd3e6", "#9ebcda", "#8c96c6", "#8856a7", "#810f7c" },
			new String[] { "#edf8fb", "#bfd3e6", "#9ebcda", "#8c96c6", "#8c6bb1", "#88419d", "#6e016b" },
			new String[] { "#f7fcfd", "#e0ecf4", "#bfd3e6", "#9ebcda", "#8c96c6", "#8c6bb1", "#88419d", "#6e016b" },
			new String[] { "#f7fcfd", "#e0ecf4", "#bfd3e6", "#9ebcda", "#8c96c6", "#8c6bb1", "#88419d", "#810f7c", "#4d004b" }),

	/** Sequential green - blue, 3 to 9 classes, colour-blind safe. */
	GN_BU("GnBu", PaletteKind.SEQUENTIAL, Safe.ALL,
			new String[] { "#e0f3db", "#a8ddb5", "#43a2ca" },
			new String[] { "#f0f9e8", "#bae4bc", "#7bccc4", "#2b8cbe" },
			new String[] { "#f0f9e8", "#bae4bc", "#7bccc4", "#43a2ca", "#0868ac" },
			new String[] { "#f0f9e8", "#ccebc5", "#a8ddb5", "#7bccc4", "#43a2ca", "#0868ac" },
			new String[] { "#f0f9e8", "#ccebc5", "#a8ddb5", "#7bccc4", "#4eb3d3", "#2b8cbe", "#08589e" },
			new String[] { "#f7fcf0", "#e0f3db", "#ccebc5", "#a8ddb5", "#7bccc4", "#4eb3d3", "#2b8cbe", "#08589e" },
			new String[] { "#f7fcf0", "#e0f3db", "#ccebc5", "#a8ddb5", "#7bccc4", "#4eb3d3", "#2b8cbe", "#0868ac", "#084081" }),

	/** Sequential purple - blue, 3 to 9 classes, colour-blind safe. */
	PU_BU("PuBu", PaletteKind.SEQUENTIAL, Safe.ALL,
			new String[] { "#ece7f2", "#a6bddb", "#2b8cbe" },
			new String[] { "#f1eef6", "#bdc9e1", "#74a9cf", "#0570b0" },
			new String[] { "#f1eef6", "#bdc9e1", "#74a9cf", "#2b8cbe", "#045a8d" },
			new String[] { "#f1eef6", "#d0d1e6", "#a6bddb", "#74a9cf", "#2b8cbe", "#045a8d" },
			new String[] { "#f1eef6", "#d0d1e6", "#a6bddb", "#74a9cf", "#3690c0", "#0570b0", "#034e7b" },
			new String[] { "#fff7fb", "#ece7f2", "#d0d1e6", "#a6bddb", "#74a9cf", "#3690c0", "#0570b0", "#034e7b" },
			new String[] { "#fff7fb", "#ece7f2", "#d0d1e6", "#a6bddb", "#74a9cf", "#3690c0", "#0570b0", "#045a8d", "#023858" }),

	/** Sequential purple - blue - green, 3 to 9 classes, colour-blind safe. */
	PU_BU_GN("PuBuGn", PaletteKind.SEQUENTIAL, Safe.ALL,
			new String[] { "#ece2f0", "#a6bddb", "#1c9099" },
			new String[] { "#f6eff7", "#bdc9e1", "#67a9cf", "#02818a" },
			new String[] { "#f6eff7", "#bdc9e1", "#67a9cf", "#1c9099", "#016c59" },
			new String[] { "#f6eff7", "#d0d1e6", "#a6bddb", "#67a9cf", "#1c9099", "#016c59" },
			new String[] { "#f6eff7", "#d0d1e6", "#a6bddb", "#67a9cf", "#3690c0", "#02818a", "#016450" },
			new String[] { "#fff7fb", "#ece2f0", "#d0d1e6", "#a6bddb", "#67a9cf", "#3690c0", "#02818a", "#016450" },
			new String[] { "#fff7fb", "#ece2f0", "#d0d1e6", "#a6bddb", "#67a9cf", "#3690c0", "#02818a", "#016c59", "#014636" }),

	/** Sequential purple - red, 3 to 9 classes, colour-blind safe. */
	PU_RD("PuRd", PaletteKind.SEQUENTIAL, Safe.ALL,
			new String[] { "#e7e1ef", "#c994c7", "#dd1c77" },
			new String[] { "#f1eef6", "#d7b5d8", "#df65b0", "#ce1256" },
			new String[] { "#f1eef6", "#d7b5d8", "#df65b0", "#dd1c77", "#980043" },
			new String[] { "#f1eef6", "#d4b9da", "#c994c7", "#df65b0", "#dd1c77", "#980043" },
			new String[] { "#f1eef6", "#d4b9da", "#c994c7", "#df65b0", "#e7298a", "#ce1256", "#91003f" },
			new String[] { "#f7f4f9", "#e7e1ef", "#d4b9da", "#c994c7", "#df65b0", "#e7298a", "#ce1256", "#91003f" },
			new String[] { "#f7f4f9", "#e7e1ef", "#d4b9da", "#c994c7", "#df65b0", "#e7298a", "#ce1256", "#980043", "#67001f" }),

	/** Sequential red - purple, 3 to 9 classes, colour-blind safe. */
	RD_PU("RdPu", PaletteKind.SEQUENTIAL, Safe.ALL,
			new String[] { "#fde0dd", "#fa9fb5", "#c51b8a" },
			new String[] { "#feebe2", "#fbb4b9", "#f768a1", "#ae017e" },
			new String[] { "#feebe2", "#fbb4b9", "#f768a1", "#c51b8a", "#7a0177" },
			new String[] { "#feebe2", "#fcc5c0", "#fa9fb5", "#f768a1", "#c51b8a", "#7a0177" },
			new String[] { "#feebe2", "#fcc5c0", "#fa9fb5", "#f768a1", "#dd3497", "#ae017e", "#7a0177" },
			new String[] { "#fff7f3", "#fde0dd", "#fcc5c0", "#fa9fb5", "#f768a1", "#dd3497", "#ae017e", "#7a0177" },
			new String[] { "#fff7f3", "#fde0dd", "#fcc5c0", "#fa9fb5", "#f768a1", "#dd3497", "#ae017e", "#7a0177", "#49006a" }),

	/** Sequential yellow - green, 3 to 9 classes, colour-blind safe. */
	YL_GN("YlGn", PaletteKind.SEQUENTIAL, Safe.ALL,
			new String[] { "#f7fcb9", "#addd8e", "#31a354" },
			new String[] { "#ffffcc", "#c2e699", "#78c679", "#238443" },
			new String[] { "#ffffcc", "#c2e699", "#78c679", "#31a354", "#006837" },
			new String[] { "#ffffcc", "#d9f0a3", "#addd8e", "#78c679", "#31a354", "#006837" },
			new String[] { "#ffffcc", "#d9f0a3", "#addd8e", "#78c679", "#41ab5d", "#238443", "#005a32" },
			new String[] { "#ffffe5", "#f7fcb9", "#d9f0a3", "#addd8e", "#78c679", "#41ab5d", "#238443", "#005a32" },
			new String[] { "#ffffe5", "#f7fcb9", "#d9f0a3", "#addd8e", "#78c679", "#41ab5d", "#238443", "#006837", "#004529" }),

	/** Sequential yellow - green - blue, 3 to 9 classes, colour-blind safe. */
	YL_GN_BU("YlGnBu", PaletteKind.SEQUENTIAL, Safe.ALL,
			new String[] { "#edf8b1", "#7fcdbb", "#2c7fb8" },
			new String[] { "#ffffcc", "#a1dab4", "#41b6c4", "#225ea8" },
			new String[] { "#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494" },
			new String[] { "#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494" },
			new String[] { "#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84" },
			new String[] { "#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84" },
			new String[] { "#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#253494", "#081d58" }),

	/** Sequential yellow - orange - brown, 3 to 9 classes, colour-blind safe. */
	YL_OR_BR("YlOrBr", PaletteKind.SEQUENTIAL, Safe.ALL,
			new String[] { "#fff7bc", "#fec44f", "#d95f0e" },
			new String[] { "#ffffd4", "#fed98e", "#fe9929", "#cc4c02" },
			new String[] { "#ffffd4", "#fed98e", "#fe9929", "#d95f0e", "#993404" },
			new String[] { "#ffffd4", "#fee391", "#fec44f", "#fe9929", "#d95f0e", "#993404" },
			new String[] { "#ffffd4", "#fee391", "#fec44f", "#fe9929", "#ec7014", "#cc4c02", "#8c2d04" },
			new String[] { "#ffffe5", "#fff7bc", "#fee391", "#fec44f", "#fe9929", "#ec7014", "#cc4c02", "#8c2d04" },
			new String[] { "#ffffe5", "#fff7bc", "#fee391", "#fec44f", "#fe9929", "#ec7014", "#cc4c02", "#993404", "#662506" }),

	/** Sequential oranges, 3 to 9 classes, colour-blind safe. */
	ORANGES("Oranges", PaletteKind.SEQUENTIAL, Safe.ALL,
			new String[] { "#fee6ce", "#fdae6b", "#e6550d" },
			new String[] { "#feedde", "#fdbe85", "#fd8d3c", "#d94701" },
			new String[] { "#feedde", "#fdbe85", "#fd8d3c", "#e6550d", "#a63603" },
			new String[] { "#feedde", "#fdd0a2", "#fdae6b", "#fd8d3c", "#e6550d", "#a63603" },
			new String[] { "#feedde", "#fdd0a2", "#fdae6b", "#fd8d3c", "#f16913", "#d94801", "#8c2d04" },
			new String[] { "#fff5eb", "#fee6ce", "#fdd0a2", "#fdae6b", "#fd8d3c", "#f16913", "#d94801", "#8c2d04" },
			new String[] { "#fff5eb", "#fee6ce", "#fdd0a2", "#fdae6b", "#fd8d3c", "#f16913", "#d94801", "#a63603", "#7f2704" }),

	/** Sequential reds, 3 to 9 classes, colour-blind safe. */
	REDS("Reds", PaletteKind.SEQUENTIAL, Safe.ALL,
			new String[] { "#fee0d2", "#fc9272", "#de2d26" },
			new String[] { "#fee5d9", "#fcae91", "#fb6a4a", "#cb181d" },
			new String[] { "#fee5d9", "#fcae91", "#fb6a4a", "#de2d26", "#a50f15" },
			new String[] { "#fee5d9", "#fcbba1", "#fc9272", "#fb6a4a", "#de2d26", "#a50f15" },
			new String[] { "#fee5d9", "#fcbba1", "#fc9272", "#fb6a4a", "#ef3b2c", "#cb181d", "#99000d" },
			new String[] { "#fff5f0", "#fee0d2", "#fcbba1", "#fc9272", "#fb6a4a", "#ef3b2c", "#cb181d", "#99000d" },
			new String[] { "#fff5f0", "#fee0d2", "#fcbba1", "#fc9272", "#fb6a4a", "#ef3b2c", "#cb181d", "#a50f15", "#67000d" }),

	/** Diverging red - yellow - blue, 3 to 11 classes, colour-blind safe. */
	RD_YL_BU("RdYlBu", PaletteKind.DIVERGING, Safe.ALL,
			new String[] { "#fc8d59", "#ffffbf", "#91bfdb" },
			new String[] { "#d7191c", "#fdae61", "#abd9e9", "#2c7bb6" },
			new String[] { "#d7191c", "#fdae61", "#ffffbf", "#abd9e9", "#2c7bb6" },
			new String[] { "#d73027", "#fc8d59", "#fee090", "#e0f3f8", "#91bfdb", "#4575b4" },
			new String[] { "#d73027", "#fc8d59", "#fee090", "#ffffbf", "#e0f3f8", "#91bfdb", "#4575b4" },
			new String[] { "#d73027", "#f46d43", "#fdae61", "#fee090", "#e0f3f8", "#abd9e9", "#74add1", "#4575b4" },
			new String[] { "#d73027", "#f46d43", "#fdae61", "#fee090", "#ffffbf", "#e0f3f8", "#abd9e9", "#74add1", "#4575b4" },
			new String[] { "#a50026", "#d73027", "#f46d43", "#fdae61", "#fee090", "#e0f3f8", "#abd9e9", "#74add1", "#4575b4", "#313695" },
			new String[] { "#a50026", "#d73027", "#f46d43", "#fdae61", "#fee090", "#ffffbf", "#e0f3f8", "#abd9e9", "#74add1", "#4575b4", "#313695" }),

	/** Diverging brown - blue-green, 3 to 11 classes, colour-blind safe. */
	BR_BG("BrBG", PaletteKind.DIVERGING, Safe.ALL,
			new String[] { "#d8b365", "#f5f5f5", "#5ab4ac" },
			new String[] { "#a6611a", "#dfc27d", "#80cdc1", "#018571" },
			new String[] { "#a6611a", "#dfc27d", "#f5f5f5", "#80cdc1", "#018571" },
			new String[] { "#8c510a", "#d8b365", "#f6e8c3", "#c7eae5", "#5ab4ac", "#01665e" },
			new String[] { "#8c510a", "#d8b365", "#f6e8c3", "#f5f5f5", "#c7eae5", "#5ab4ac", "#01665e" },
			new String[] { "#8c510a", "#bf812d", "#dfc27d", "#f6e8c3", "#c7eae5", "#80cdc1", "#35978f", "#01665e" },
			new String[] { "#8c510a", "#bf812d", "#dfc27d", "#f6e8c3", "#f5f5f5", "#c7eae5", "#80cdc1", "#35978f", "#01665e" },
			new String[] { "#543005", "#8c510a", "#bf812d", "#dfc27d", "#f6e8c3", "#c7eae5", "#80cdc1", "#35978f", "#01665e", "#003c30" },
			new String[] { "#543005", "#8c510a", "#bf812d", "#dfc27d", "#f6e8c3", "#f5f5f5", "#c7eae5", "#80cdc1", "#35978f", "#01665e", "#003c30" }),

	/** Diverging orange - purple (ColorBrewer lists it purple-orange), 3 to 11 classes, colour-blind safe. */
	PU_OR("PuOr", PaletteKind.DIVERGING, Safe.ALL,
			new String[] { "#f1a340", "#f7f7f7", "#998ec3" },
			new String[] { "#e66101", "#fdb863", "#b2abd2", "#5e3c99" },
			new String[] { "#e66101", "#fdb863", "#f7f7f7", "#b2abd2", "#5e3c99" },
			new String[] { "#b35806", "#f1a340", "#fee0b6", "#d8daeb", "#998ec3", "#542788" },
			new String[] { "#b35806", "#f1a340", "#fee0b6", "#f7f7f7", "#d8daeb", "#998ec3", "#542788" },
			new String[] { "#b35806", "#e08214", "#fdb863", "#fee0b6", "#d8daeb", "#b2abd2", "#8073ac", "#542788" },
			new String[] { "#b35806", "#e08214", "#fdb863", "#fee0b6", "#f7f7f7", "#d8daeb", "#b2abd2", "#8073ac", "#542788" },
			new String[] { "#7f3b08", "#b35806", "#e08214", "#fdb863", "#fee0b6", "#d8daeb", "#b2abd2", "#8073ac", "#542788", "#2d004b" },
			new String[] { "#7f3b08", "#b35806", "#e08214", "#fdb863", "#fee0b6", "#f7f7f7", "#d8daeb", "#b2abd2", "#8073ac", "#542788", "#2d004b" }),

	/** Diverging pink - yellow-green, 3 to 11 classes, colour-blind safe. */
	PI_YG("PiYG", PaletteKind.DIVERGING, Safe.ALL,
			new String[] { "#e9a3c9", "#f7f7f7", "#a1d76a" },
			new String[] { "#d01c8b", "#f1b6da", "#b8e186", "#4dac26" },
			new String[] { "#d01c8b", "#f1b6da", "#f7f7f7", "#b8e186", "#4dac26" },
			new String[] { "#c51b7d", "#e9a3c9", "#fde0ef", "#e6f5d0", "#a1d76a", "#4d9221" },
			new String[] { "#c51b7d", "#e9a3c9", "#fde0ef", "#f7f7f7", "#e6f5d0", "#a1d76a", "#4d9221" },
			new String[] { "#c51b7d", "#de77ae", "#f1b6da", "#fde0ef", "#e6f5d0", "#b8e186", "#7fbc41", "#4d9221" },
			new String[] { "#c51b7d", "#de77ae", "#f1b6da", "#fde0ef", "#f7f7f7", "#e6f5d0", "#b8e186", "#7fbc41", "#4d9221" },
			new String[] { "#8e0152", "#c51b7d", "#de77ae", "#f1b6da", "#fde0ef", "#e6f5d0", "#b8e186", "#7fbc41", "#4d9221", "#276419" },
			new String[] { "#8e0152", "#c51b7d", "#de77ae", "#f1b6da", "#fde0ef", "#f7f7f7", "#e6f5d0", "#b8e186", "#7fbc41", "#4d9221", "#276419" }),

	/** Diverging purple - green, 3 to 11 classes, colour-blind safe. */
	PR_GN("PRGn", PaletteKind.DIVERGING, Safe.ALL,
			new String[] { "#af8dc3", "#f7f7f7", "#7fbf7b" },
			new String[] { "#7b3294", "#c2a5cf", "#a6dba0", "#008837" },
			new String[] { "#7b3294", "#c2a5cf", "#f7f7f7", "#a6dba0", "#008837" },
			new String[] { "#762a83", "#af8dc3", "#e7d4e8", "#d9f0d3", "#7fbf7b", "#1b7837" },
			new String[] { "#762a83", "#af8dc3", "#e7d4e8", "#f7f7f7", "#d9f0d3", "#7fbf7b", "#1b7837" },
			new String[] { "#762a83", "#9970ab", "#c2a5cf", "#e7d4e8", "#d9f0d3", "#a6dba0", "#5aae61", "#1b7837" },
			new String[] { "#762a83", "#9970ab", "#c2a5cf", "#e7d4e8", "#f7f7f7", "#d9f0d3", "#a6dba0", "#5aae61", "#1b7837" },
			new String[] { "#40004b", "#762a83", "#9970ab", "#c2a5cf", "#e7d4e8", "#d9f0d3", "#a6dba0", "#5aae61", "#1b7837", "#00441b" },
			new String[] { "#40004b", "#762a83", "#9970ab", "#c2a5cf", "#e7d4e8", "#f7f7f7", "#d9f0d3", "#a6dba0", "#5aae61", "#1b7837", "#00441b" }),

	/** Diverging red - blue, 3 to 11 classes, colour-blind safe. */
	RD_BU("RdBu", PaletteKind.DIVERGING, Safe.ALL,
			new String[] { "#ef8a62", "#f7f7f7", "#67a9cf" },
			new String[] { "#ca0020", "#f4a582", "#92c5de", "#0571b0" },
			new String[] { "#ca0020", "#f4a582", "#f7f7f7", "#92c5de", "#0571b0" },
			new String[] { "#b2182b", "#ef8a62", "#fddbc7", "#d1e5f0", "#67a9cf", "#2166ac" },
			new String[] { "#b2182b", "#ef8a62", "#fddbc7", "#f7f7f7", "#d1e5f0", "#67a9cf", "#2166ac" },
			new String[] { "#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#d1e5f0", "#92c5de", "#4393c3", "#2166ac" },
			new String[] { "#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#f7f7f7", "#d1e5f0", "#92c5de", "#4393c3", "#2166ac" },
			new String[] { "#67001f", "#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#d1e5f0", "#92c5de", "#4393c3", "#2166ac", "#053061" },
			new String[] { "#67001f", "#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#f7f7f7", "#d1e5f0", "#92c5de", "#4393c3", "#2166ac", "#053061" }),

	/** Diverging red - yellow - green, 3 to 11 classes, not colour-blind safe. */
	RD_YL_GN("RdYlGn", PaletteKind.DIVERGING, Safe.NONE,
			new String[] { "#fc8d59", "#ffffbf", "#91cf60" },
			new String[] { "#d7191c", "#fdae61", "#a6d96a", "#1a9641" },
			new String[] { "#d7191c", "#fdae61", "#ffffbf", "#a6d96a", "#1a9641" },
			new String[] { "#d73027", "#fc8d59", "#fee08b", "#d9ef8b", "#91cf60", "#1a9850" },
			new String[] { "#d73027", "#fc8d59", "#fee08b", "#ffffbf", "#d9ef8b", "#91cf60", "#1a9850" },
			new String[] { "#d73027", "#f46d43", "#fdae61", "#fee08b", "#d9ef8b", "#a6d96a", "#66bd63", "#1a9850" },
			new String[] { "#d73027", "#f46d43", "#fdae61", "#fee08b", "#ffffbf", "#d9ef8b", "#a6d96a", "#66bd63", "#1a9850" },
			new String[] { "#a50026", "#d73027", "#f46d43", "#fdae61", "#fee08b", "#d9ef8b", "#a6d96a", "#66bd63", "#1a9850", "#006837" },
			new String[] { "#a50026", "#d73027", "#f46d43", "#fdae61", "#fee08b", "#ffffbf", "#d9ef8b", "#a6d96a", "#66bd63", "#1a9850", "#006837" }),

	/** Diverging spectral (red - yellow - blue via green), 3 to 11 classes, not colour-blind safe. */
	SPECTRAL("Spectral", PaletteKind.DIVERGING, Safe.NONE,
			new String[] { "#fc8d59", "#ffffbf", "#99d594" },
			new String[] { "#d7191c", "#fdae61", "#abdda4", "#2b83ba" },
			new String[] { "#d7191c", "#fdae61", "#ffffbf", "#abdda4", "#2b83ba" },
			new String[] { "#d53e4f", "#fc8d59", "#fee08b", "#e6f598", "#99d594", "#3288bd" },
			new String[] { "#d53e4f", "#fc8d59", "#fee08b", "#ffffbf", "#e6f598", "#99d594", "#3288bd" },
			new String[] { "#d53e4f", "#f46d43", "#fdae61", "#fee08b", "#e6f598", "#abdda4", "#66c2a5", "#3288bd" },
			new String[] { "#d53e4f", "#f46d43", "#fdae61", "#fee08b", "#ffffbf", "#e6f598", "#abdda4", "#66c2a5", "#3288bd" },
			new String[] { "#9e0142", "#d53e4f", "#f46d43", "#fdae61", "#fee08b", "#e6f598", "#abdda4", "#66c2a5", "#3288bd", "#5e4fa2" },
			new String[] { "#9e0142", "#d53e4f", "#f46d43", "#fdae61", "#fee08b", "#ffffbf", "#e6f598", "#abdda4", "#66c2a5", "#3288bd", "#5e4fa2" }),

	/** Qualitative set of soft hues, 3 to 8 classes, colour-blind safe up to 3 classes. */
	SET2("Set2", PaletteKind.QUALITATIVE, Safe.upTo(3),
			new String[] { "#66c2a5", "#fc8d62", "#8da0cb" },
			new String[] { "#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3" },
			new String[] { "#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854" },
			new String[] { "#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f" },
			new String[] { "#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f", "#e5c494" },
			new String[] { "#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f", "#e5c494", "#b3b3b3" }),

	/** Qualitative dark set, 3 to 8 classes, colour-blind safe up to 3 classes. */
	DARK2("Dark2", PaletteKind.QUALITATIVE, Safe.upTo(3),
			new String[] { "#1b9e77", "#d95f02", "#7570b3" },
			new String[] { "#1b9e77", "#d95f02", "#7570b3", "#e7298a" },
			new String[] { "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e" },
			new String[] { "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02" },
			new String[] { "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d" },
			new String[] { "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666" }),

	/** Qualitative accent set, 3 to 8 classes, not colour-blind safe. */
	ACCENT("Accent", PaletteKind.QUALITATIVE, Safe.NONE,
			new String[] { "#7fc97f", "#beaed4", "#fdc086" },
			new String[] { "#7fc97f", "#beaed4", "#fdc086", "#ffff99" },
			new String[] { "#7fc97f", "#beaed4", "#fdc086", "#ffff99", "#386cb0" },
			new String[] { "#7fc97f", "#beaed4", "#fdc086", "#ffff99", "#386cb0", "#f0027f" },
			new String[] { "#7fc97f", "#beaed4", "#fdc086", "#ffff99", "#386cb0", "#f0027f", "#bf5b17" },
			new String[] { "#7fc97f", "#beaed4", "#fdc086", "#ffff99", "#386cb0", "#f0027f", "#bf5b17", "#666666" }),

	/** Qualitative light and dark pairs, 3 to 12 classes, colour-blind safe up to 4 classes. */
	PAIRED("Paired", PaletteKind.QUALITATIVE, Safe.upTo(4),
			new String[] { "#a6cee3", "#1f78b4", "#b2df8a" },
			new String[] { "#a6cee3", "#1f78b4", "#b2df8a", "#33a02c" },
			new String[] { "#a6cee3", "#1f78b4", "#b2df8a", "#33a02c", "#fb9a99" },
			new String[] { "#a6cee3", "#1f78b4", "#b2df8a", "#33a02c", "#fb9a99", "#e31a1c" },
			new String[] { "#a6cee3", "#1f78b4", "#b2df8a", "#33a02c", "#fb9a99", "#e31a1c", "#fdbf6f" },
			new String[] { "#a6cee3", "#1f78b4", "#b2df8a", "#33a02c", "#fb9a99", "#e31a1c", "#fdbf6f", "#ff7f00" },
			new String[] { "#a6cee3", "#1f78b4", "#b2df8a", "#33a02c", "#fb9a99", "#e31a1c", "#fdbf6f", "#ff7f00", "#cab2d6" },
			new String[] { "#a6cee3", "#1f78b4", "#b2df8a", "#33a02c", "#fb9a99", "#e31a1c", "#fdbf6f", "#ff7f00", "#cab2d6", "#6a3d9a" },
			new String[] { "#a6cee3", "#1f78b4", "#b2df8a", "#33a02c", "#fb9a99", "#e31a1c", "#fdbf6f", "#ff7f00", "#cab2d6", "#6a3d9a", "#ffff99" },
			new String[] { "#a6cee3", "#1f78b4", "#b2df8a", "#33a02c", "#fb9a99", "#e31a1c", "#fdbf6f", "#ff7f00", "#cab2d6", "#6a3d9a", "#ffff99", "#b15928" }),

	/** Qualitative pastel set, 3 to 9 classes, not colour-blind safe. */
	PASTEL1("Pastel1", PaletteKind.QUALITATIVE, Safe.NONE,
			new String[] { "#fbb4ae", "#b3cde3", "#ccebc5" },
			new String[] { "#fbb4ae", "#b3cde3", "#ccebc5", "#decbe4" },
			new String[] { "#fbb4ae", "#b3cde3", "#ccebc5", "#decbe4", "#fed9a6" },
			new String[] { "#fbb4ae", "#b3cde3", "#ccebc5", "#decbe4", "#fed9a6", "#ffffcc" },
			new String[] { "#fbb4ae", "#b3cde3", "#ccebc5", "#decbe4", "#fed9a6", "#ffffcc", "#e5d8bd" },
			new String[] { "#fbb4ae", "#b3cde3", "#ccebc5", "#decbe4", "#fed9a6", "#ffffcc", "#e5d8bd", "#fddaec" },
			new String[] { "#fbb4ae", "#b3cde3", "#ccebc5", "#decbe4", "#fed9a6", "#ffffcc", "#e5d8bd", "#fddaec", "#f2f2f2" }),

	/** Qualitative second pastel set, 3 to 8 classes, not colour-blind safe. */
	PASTEL2("Pastel2", PaletteKind.QUALITATIVE, Safe.NONE,
			new String[] { "#b3e2cd", "#fdcdac", "#cbd5e8" },
			new String[] { "#b3e2cd", "#fdcdac", "#cbd5e8", "#f4cae4" },
			new String[] { "#b3e2cd", "#fdcdac", "#cbd5e8", "#f4cae4", "#e6f5c9" },
			new String[] { "#b3e2cd", "#fdcdac", "#cbd5e8", "#f4cae4", "#e6f5c9", "#fff2ae" },
			new String[] { "#b3e2cd", "#fdcdac", "#cbd5e8", "#f4cae4", "#e6f5c9", "#fff2ae", "#f1e2cc" },
			new String[] { "#b3e2cd", "#fdcdac", "#cbd5e8", "#f4cae4", "#e6f5c9", "#fff2ae", "#f1e2cc", "#cccccc" }),

	/** Qualitative set of strong hues, 3 to 9 classes, not colour-blind safe. */
	SET1("Set1", PaletteKind.QUALITATIVE, Safe.NONE,
			new String[] { "#e41a1c", "#377eb8", "#4daf4a" },
			new String[] { "#e41a1c", "#377eb8", "#4daf4a", "#984ea3" },
			new String[] { "#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00" },
			new String[] { "#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00", "#ffff33" },
			new String[] { "#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00", "#ffff33", "#a65628" },
			new String[] { "#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00", "#ffff33", "#a65628", "#f781bf" },
			new String[] { "#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00", "#ffff33", "#a65628", "#f781bf", "#999999" }),

	/** Qualitative set of light hues, 3 to 12 classes, not colour-blind safe. */
	SET3("Set3", PaletteKind.QUALITATIVE, Safe.NONE,
			new String[] { "#8dd3c7", "#ffffb3", "#bebada" },
			new String[] { "#8dd3c7", "#ffffb3", "#bebada", "#fb8072" },
			new String[] { "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3" },
			new String[] { "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462" },
			new String[] { "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69" },
			new String[] { "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5" },
			new String[] { "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#d9d9d9" },
			new String[] { "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd" },
			new String[] { "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5" },
			new String[] { "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f" });

	private final String brewerName;
	private final PaletteKind kind;
	private final int safeUpTo;
	private final String[][] coloursByCount;

	ColorBrewerPalette(String brewerName, PaletteKind kind, int safeUpTo, String[]... coloursByCount) {
		this.brewerName = brewerName;
		this.kind = kind;
		this.safeUpTo = safeUpTo;
		this.coloursByCount = coloursByCount;
	}

	/**
	 * Finds a scheme by the name ColorBrewer gives it.
	 *
	 * @param name the name, for example {@code "YlOrRd"}; compared ignoring case
	 * @return the scheme, or empty if there is none of that name here
	 */
	public static Optional<ColorBrewerPalette> forBrewerName(String name) {
		for (ColorBrewerPalette palette : values()) {
			if (palette.brewerName.equalsIgnoreCase(name)) {
				return Optional.of(palette);
			}
		}
		return Optional.empty();
	}

	/**
	 * Returns the name ColorBrewer gives the scheme, as used in SLD and by other GIS software.
	 *
	 * @return the name, for example {@code "YlOrRd"}
	 */
	public String brewerName() {
		return brewerName;
	}

	/**
	 * Returns the kind of the scheme.
	 *
	 * @return sequential, diverging or qualitative
	 */
	public PaletteKind kind() {
		return kind;
	}

	/**
	 * Returns whether ColorBrewer marks the scheme colour-blind safe for every class count offered here,
	 * from {@link #minClasses()} to {@link #maxClasses()}.
	 *
	 * @return {@code true} if it is safe for readers with colour-vision deficiencies at every class count
	 */
	public boolean colourBlindSafe() {
		return safeUpTo >= maxClasses();
	}

	/**
	 * Returns whether ColorBrewer marks the variant with a number of classes colour-blind safe. Variants
	 * ColorBrewer rates only "possibly" safe count as not safe.
	 *
	 * @param classes the number of classes
	 * @return {@code true} if the scheme offers that many classes and that variant is safe for readers with
	 *         colour-vision deficiencies
	 */
	public boolean colourBlindSafe(int classes) {
		return classes >= minClasses() && classes <= maxClasses() && classes <= safeUpTo;
	}

	/**
	 * Returns the smallest number of classes the scheme offers.
	 *
	 * @return 3
	 */
	public int minClasses() {
		return coloursByCount[0].length;
	}

	/**
	 * Returns the largest number of classes the scheme offers.
	 *
	 * @return the number of colours of the largest variant
	 */
	public int maxClasses() {
		return coloursByCount[coloursByCount.length - 1].length;
	}

	/**
	 * Returns the colours of the variant with the given number of classes, from the first (lowest) class to
	 * the last.
	 *
	 * @param classes the number of classes, from {@link #minClasses()} to {@link #maxClasses()}
	 * @return the colours, unmodifiable, {@code classes} of them
	 * @throws IllegalArgumentException if the scheme has no variant with that number of classes
	 */
	public List<Color> colours(int classes) {
		if (classes < minClasses() || classes > maxClasses()) {
			throw new IllegalArgumentException(brewerName + " has " + minClasses() + " to " + maxClasses()
					+ " classes, not " + classes);
		}
		String[] hex = coloursByCount[classes - minClasses()];
		List<Color> colours = new ArrayList<>(hex.length);
		for (String code : hex) {
			colours.add(Color.decode(code));
		}
		return List.copyOf(colours);
	}

	/** The largest class counts ColorBrewer rates colour-blind safe, as the constants above give them. */
	private static final class Safe {

		/** Safe for every class count the scheme offers. */
		static final int ALL = Integer.MAX_VALUE;

		/** Safe for no class count: ColorBrewer rates every variant "possibly" or "not" safe. */
		static final int NONE = 0;

		private Safe() {
		}

		/** Safe from the smallest class count up to and including {@code classes}. */
		static int upTo(int classes) {
			return classes;
		}
	}
}
