package nl.veerkracht.scoring.run;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.style.CategorizedStyle;
import nl.veerkracht.gis.core.style.Category;
import nl.veerkracht.gis.core.style.GraduatedStyle;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.StyleClass;
import nl.veerkracht.gis.core.style.classify.Classification;
import nl.veerkracht.gis.core.style.classify.ClassificationMethod;
import nl.veerkracht.gis.core.style.classify.NoDataStyle;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.engine.spatial.HotSpotLabel;

/**
 * The styles of the signal-map layers over {@link SignalMapLayer} features: the classes, the trend, the hot
 * spots and the early warnings. Colours are colour-blind safe (ColorBrewer RdYlBu and RdBu); <em>geen
 * gegevens</em> is always the light grey of {@link NoDataStyle}, never a class colour.
 */
public final class SignalMapStyles {

	/** Veerkrachtig … zeer kwetsbaar: ColorBrewer RdYlBu, 5 classes, reversed (blue = resilient). */
	private static final Color[] CLASS_COLOURS = { new Color(0x2C, 0x7B, 0xB6), new Color(0xAB, 0xD9, 0xE9),
			new Color(0xFF, 0xFF, 0xBF), new Color(0xFD, 0xAE, 0x61), new Color(0xD7, 0x19, 0x1C) };

	/** Falling strongly … rising strongly: ColorBrewer RdBu, 5 classes, reversed (red = more vulnerable). */
	private static final Color[] TREND_COLOURS = { new Color(0x05, 0x71, 0xB0), new Color(0x92, 0xC5, 0xDE),
			new Color(0xF7, 0xF7, 0xF7), new Color(0xF4, 0xA5, 0x82), new Color(0xCA, 0x00, 0x20) };

	/** The legend labels of the trend classes, falling strongly to rising strongly. */
	public static final List<String> TREND_LABELS = List.of("daalt sterk", "daalt", "stabiel", "stijgt",
			"stijgt sterk");

	/** The label of buurten flagged as early warning. */
	public static final String EARLY_WARNING = "vroeg signaal";

	/** The label of buurten with a trend but no early warning. */
	public static final String NO_EARLY_WARNING = "geen signaal";

	private static final Color OUTLINE = new Color(0x63, 0x63, 0x63);

	private SignalMapStyles() {
	}

	/** @return categories on {@link SignalMapLayer#KLASSE}: the five classes and geen gegevens, in order */
	public static CategorizedStyle klasse() {
		List<Category> categories = new ArrayList<>();
		Klasse[] klassen = Klasse.values();
		for (int i = 0; i < CLASS_COLOURS.length; i++) {
			categories.add(new Category(klassen[i].label(), klassen[i].label(), area(CLASS_COLOURS[i])));
		}
		categories.add(new Category(Klasse.GEEN_GEGEVENS.label(), Klasse.GEEN_GEGEVENS.label(), noData()));
		return new CategorizedStyle(SignalMapLayer.KLASSE, categories, null, noData(), null);
	}

	/**
	 * @param klasse a class
	 * @return its fill on the signal map ({@link #klasse()}), for views and reports that draw the classes
	 *         themselves
	 */
	public static Color klasseColour(Klasse klasse) {
		return klasse == Klasse.GEEN_GEGEVENS ? NoDataStyle.COLOUR : CLASS_COLOURS[klasse.ordinal()];
	}

	/**
	 * Returns classes on {@link SignalMapLayer#TREND}, symmetric around zero so that white means no change:
	 * the bounds are 15% and 50% of the largest absolute trend in the features.
	 *
	 * @param features signal-map features
	 * @return the style; buurten without a trend are geen gegevens
	 */
	public static GraduatedStyle trend(FeatureCollection features) {
		double largest = 0;
		for (Feature feature : features.getFeatures()) {
			if (feature.getAttribute(SignalMapLayer.TREND) instanceof Number number
					&& Double.isFinite(number.doubleValue())) {
				largest = Math.max(largest, Math.abs(number.doubleValue()));
			}
		}
		if (largest == 0) {
			largest = 1;
		}
		double[] breaks = { -0.5 * largest, -0.15 * largest, 0.15 * largest, 0.5 * largest, largest };
		List<StyleClass> classes = new ArrayList<>();
		for (int i = 0; i < TREND_COLOURS.length; i++) {
			classes.add(new StyleClass(TREND_LABELS.get(i), area(TREND_COLOURS[i])));
		}
		return new GraduatedStyle(SignalMapLayer.TREND, new Classification(ClassificationMethod.MANUAL, breaks),
				classes, noData(), null, null);
	}

	/** @return categories on {@link SignalMapLayer#HOTSPOT}: the Local Moran's I labels in Dutch */
	public static CategorizedStyle hotSpots() {
		List<Category> categories = new ArrayList<>();
		categories.add(hotSpot(HotSpotLabel.HIGH_HIGH, new Color(0xD7, 0x19, 0x1C)));
		categories.add(hotSpot(HotSpotLabel.HIGH_LOW, new Color(0xFD, 0xAE, 0x61)));
		categories.add(hotSpot(HotSpotLabel.LOW_HIGH, new Color(0xAB, 0xD9, 0xE9)));
		categories.add(hotSpot(HotSpotLabel.LOW_LOW, new Color(0x2C, 0x7B, 0xB6)));
		categories.add(hotSpot(HotSpotLabel.NOT_SIGNIFICANT, new Color(0xF7, 0xF7, 0xF7)));
		categories.add(hotSpot(HotSpotLabel.ISLAND, new Color(0xBD, 0xBD, 0xBD)));
		categories.add(new Category(HotSpotLabels.dutch(HotSpotLabel.NO_DATA), HotSpotLabels.dutch(HotSpotLabel.NO_DATA),
				noData()));
		return new CategorizedStyle(SignalMapLayer.HOTSPOT, categories, null, noData(), null);
	}

	/** @return categories on {@link SignalMapLayer#VROEG_SIGNAAL}: flagged, not flagged, geen gegevens */
	public static CategorizedStyle earlyWarnings() {
		List<Category> categories = List.of(
				new Category(Boolean.TRUE.toString(), EARLY_WARNING, area(new Color(0xD7, 0x19, 0x1C))),
				new Category(Boolean.FALSE.toString(), NO_EARLY_WARNING, area(new Color(0xF7, 0xF7, 0xF7))));
		return new CategorizedStyle(SignalMapLayer.VROEG_SIGNAAL, categories, null, noData(), null);
	}

	private static Category hotSpot(HotSpotLabel label, Color colour) {
		String text = HotSpotLabels.dutch(label);
		return new Category(text, text, area(colour));
	}

	private static SimpleStyle area(Color fill) {
		return new SimpleStyle(fill, OUTLINE, 0.6f, 1.0, 6);
	}

	private static SimpleStyle noData() {
		return area(NoDataStyle.COLOUR);
	}
}
