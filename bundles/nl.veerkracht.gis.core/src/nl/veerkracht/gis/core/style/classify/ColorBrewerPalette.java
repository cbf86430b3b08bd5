package nl.veerkracht.gis.core.style.classify;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Colour schemes from ColorBrewer 2.0 (Cynthia Brewer, Mark Harrower and The Pennsylvania State
 * University, colorbrewer2.org, Apache License 2.0) with their published colours. Only the class counts
 * that ColorBrewer marks colour-blind safe are included: 3 to 9 classes for the sequential and diverging
 * schemes, 3 classes for the qualitative Set2 and Dark2 (ColorBrewer marks 4 to 8 classes of those as
 * uncertain or unsafe).
 */
public enum ColorBrewerPalette {

	/** Sequential yellow - orange - red, 3 to 9 classes. */
	YL_OR_RD("YlOrRd", PaletteKind.SEQUENTIAL, true,
			new String[] { "#ffeda0", "#feb24c", "#f03b20" },
			new String[] { "#ffffb2", "#fecc5c", "#fd8d3c", "#e31a1c" },
			new String[] { "#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026" },
			new String[] { "#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026" },
			new String[] { "#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026" },
			new String[] { "#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026" },
			new String[] { "#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#bd0026", "#800026" }),

	/** Sequential orange - red, 3 to 9 classes. */
	OR_RD("OrRd", PaletteKind.SEQUENTIAL, true,
			new String[] { "#fee8c8", "#fdbb84", "#e34a33" },
			new String[] { "#fef0d9", "#fdcc8a", "#fc8d59", "#d7301f" },
			new String[] { "#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000" },
			new String[] { "#fef0d9", "#fdd49e", "#fdbb84", "#fc8d59", "#e34a33", "#b30000" },
			new String[] { "#fef0d9", "#fdd49e", "#fdbb84", "#fc8d59", "#ef6548", "#d7301f", "#990000" },
			new String[] { "#fff7ec", "#fee8c8", "#fdd49e", "#fdbb84", "#fc8d59", "#ef6548", "#d7301f", "#990000" },
			new String[] { "#fff7ec", "#fee8c8", "#fdd49e", "#fdbb84", "#fc8d59", "#ef6548", "#d7301f", "#b30000", "#7f0000" }),

	/** Sequential blues, 3 to 9 classes. */
	BLUES("Blues", PaletteKind.SEQUENTIAL, true,
			new String[] { "#deebf7", "#9ecae1", "#3182bd" },
			new String[] { "#eff3ff", "#bdd7e7", "#6baed6", "#2171b5" },
			new String[] { "#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c" },
			new String[] { "#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c" },
			new String[] { "#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594" },
			new String[] { "#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594" },
			new String[] { "#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b" }),

	/** Sequential greens, 3 to 9 classes. */
	GREENS("Greens", PaletteKind.SEQUENTIAL, true,
			new String[] { "#e5f5e0", "#a1d99b", "#31a354" },
			new String[] { "#edf8e9", "#bae4b3", "#74c476", "#238b45" },
			new String[] { "#edf8e9", "#bae4b3", "#74c476", "#31a354", "#006d2c" },
			new String[] { "#edf8e9", "#c7e9c0", "#a1d99b", "#74c476", "#31a354", "#006d2c" },
			new String[] { "#edf8e9", "#c7e9c0", "#a1d99b", "#74c476", "#41ab5d", "#238b45", "#005a32" },
			new String[] { "#f7fcf5", "#e5f5e0", "#c7e9c0", "#a1d99b", "#74c476", "#41ab5d", "#238b45", "#005a32" },
			new String[] { "#f7fcf5", "#e5f5e0", "#c7e9c0", "#a1d99b", "#74c476", "#41ab5d", "#238b45", "#006d2c", "#00441b" }),

	/** Sequential purples, 3 to 9 classes. */
	PURPLES("Purples", PaletteKind.SEQUENTIAL, true,
			new String[] { "#efedf5", "#bcbddc", "#756bb1" },
			new String[] { "#f2f0f7", "#cbc9e2", "#9e9ac8", "#6a51a3" },
			new String[] { "#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f" },
			new String[] { "#f2f0f7", "#dadaeb", "#bcbddc", "#9e9ac8", "#756bb1", "#54278f" },
			new String[] { "#f2f0f7", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#4a1486" },
			new String[] { "#fcfbfd", "#efedf5", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#4a1486" },
			new String[] { "#fcfbfd", "#efedf5", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#54278f", "#3f007d" }),

	/** Diverging red - yellow - blue, 3 to 9 classes. */
	RD_YL_BU("RdYlBu", PaletteKind.DIVERGING, true,
			new String[] { "#fc8d59", "#ffffbf", "#91bfdb" },
			new String[] { "#d7191c", "#fdae61", "#abd9e9", "#2c7bb6" },
			new String[] { "#d7191c", "#fdae61", "#ffffbf", "#abd9e9", "#2c7bb6" },
			new String[] { "#d73027", "#fc8d59", "#fee090", "#e0f3f8", "#91bfdb", "#4575b4" },
			new String[] { "#d73027", "#fc8d59", "#fee090", "#ffffbf", "#e0f3f8", "#91bfdb", "#4575b4" },
			new String[] { "#d73027", "#f46d43", "#fdae61", "#fee090", "#e0f3f8", "#abd9e9", "#74add1", "#4575b4" },
			new String[] { "#d73027", "#f46d43", "#fdae61", "#fee090", "#ffffbf", "#e0f3f8", "#abd9e9", "#74add1", "#4575b4" }),

	/** Diverging brown - blue-green, 3 to 9 classes. */
	BR_BG("BrBG", PaletteKind.DIVERGING, true,
			new String[] { "#d8b365", "#f5f5f5", "#5ab4ac" },
			new String[] { "#a6611a", "#dfc27d", "#80cdc1", "#018571" },
			new String[] { "#a6611a", "#dfc27d", "#f5f5f5", "#80cdc1", "#018571" },
			new String[] { "#8c510a", "#d8b365", "#f6e8c3", "#c7eae5", "#5ab4ac", "#01665e" },
			new String[] { "#8c510a", "#d8b365", "#f6e8c3", "#f5f5f5", "#c7eae5", "#5ab4ac", "#01665e" },
			new String[] { "#8c510a", "#bf812d", "#dfc27d", "#f6e8c3", "#c7eae5", "#80cdc1", "#35978f", "#01665e" },
			new String[] { "#8c510a", "#bf812d", "#dfc27d", "#f6e8c3", "#f5f5f5", "#c7eae5", "#80cdc1", "#35978f", "#01665e" }),

	/** Diverging orange - purple (ColorBrewer lists it purple-orange), 3 to 9 classes. */
	PU_OR("PuOr", PaletteKind.DIVERGING, true,
			new String[] { "#f1a340", "#f7f7f7", "#998ec3" },
			new String[] { "#e66101", "#fdb863", "#b2abd2", "#5e3c99" },
			new String[] { "#e66101", "#fdb863", "#f7f7f7", "#b2abd2", "#5e3c99" },
			new String[] { "#b35806", "#f1a340", "#fee0b6", "#d8daeb", "#998ec3", "#542788" },
			new String[] { "#b35806", "#f1a340", "#fee0b6", "#f7f7f7", "#d8daeb", "#998ec3", "#542788" },
			new String[] { "#b35806", "#e08214", "#fdb863", "#fee0b6", "#d8daeb", "#b2abd2", "#8073ac", "#542788" },
			new String[] { "#b35806", "#e08214", "#fdb863", "#fee0b6", "#f7f7f7", "#d8daeb", "#b2abd2", "#8073ac", "#542788" }),

	/** Qualitative set of soft hues; only 3 classes, the only count ColorBrewer marks colour-blind safe. */
	SET2("Set2", PaletteKind.QUALITATIVE, true,
			new String[] { "#66c2a5", "#fc8d62", "#8da0cb" }),

	/** Qualitative dark set; only 3 classes, the only count ColorBrewer marks colour-blind safe. */
	DARK2("Dark2", PaletteKind.QUALITATIVE, true,
			new String[] { "#1b9e77", "#d95f02", "#7570b3" });

	private final String brewerName;
	private final PaletteKind kind;
	private final boolean colourBlindSafe;
	private final String[][] coloursByCount;

	ColorBrewerPalette(String brewerName, PaletteKind kind, boolean colourBlindSafe, String[]... coloursByCount) {
		this.brewerName = brewerName;
		this.kind = kind;
		this.colourBlindSafe = colourBlindSafe;
		this.coloursByCount = coloursByCount;
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
	 * @return {@code true} if it is safe for readers with colour-vision deficiencies
	 */
	public boolean colourBlindSafe() {
		return colourBlindSafe;
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
}
