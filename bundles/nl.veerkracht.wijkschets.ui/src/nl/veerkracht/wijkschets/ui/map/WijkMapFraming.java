package nl.veerkracht.wijkschets.ui.map;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.TopologyException;

import nl.veerkracht.cbs.data.RegionCode;
import nl.veerkracht.cbs.data.RegionLevel;
import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.AttributeType;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.feature.FeatureSchema;
import nl.veerkracht.gis.core.layer.MapContent;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.style.LabelStyle;
import nl.veerkracht.gis.core.style.LayerStyle;
import nl.veerkracht.gis.core.style.LegendEntry;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;
import nl.veerkracht.model.Buurt;
import nl.veerkracht.model.CbsRegio;
import nl.veerkracht.model.Gebied;
import nl.veerkracht.model.Regio;
import nl.veerkracht.model.Wijk;
import nl.veerkracht.scoring.run.SignalMapLayer;

/**
 * How a wijkschets frames the signal map of its area, without any user interface, so that the editor's
 * live map and the poster show the same thing: a main map of the buurten in their signal-map classes,
 * zoomed to the area (its boundary drawn strongly, the other wijken veiled and outlined, the area's buurten
 * named) and an inset of the whole signal map with the area outlined.
 * <p>
 * The buurten of the area are found by code: a wijk {@code WKggggww} holds the buurten {@code BUggggwwbb};
 * a gebied holds its buurten and the buurten of its wijken. {@link #recolour(FeatureCollection)} shows a
 * rescored signal map in both maps at once. Not thread-safe: build it on one thread and hand it over.
 */
public final class WijkMapFraming {

	/** The CRS of both maps (metres, so that a scale 1:n means what it says). */
	public static final Crs MAP_CRS = Crs.RD_NEW;

	/** Margin around the area in the main map, as a share of its size. */
	public static final double AREA_MARGIN = 0.08;

	/** The colour of the area's boundary. */
	public static final Color AREA_OUTLINE = new Color(0x1A, 0x1A, 0x1A);

	private static final String NAME = "naam"; //$NON-NLS-1$
	private static final String CODE = "code"; //$NON-NLS-1$
	private static final Color OTHER_OUTLINE = new Color(0x52, 0x52, 0x52);
	private static final double VEIL_OPACITY = 0.45;
	private static final float NORMAL_LABEL_POINTS = 9.5f;
	private static final float LARGE_LABEL_POINTS = 15f;

	private final Set<String> areaCodes;
	private final MapContent mainMap = new MapContent(MAP_CRS);
	private final MapContent insetMap = new MapContent(MAP_CRS);
	private final VectorLayer mainKlasse;
	private final VectorLayer insetKlasse;
	private final VectorLayer names;
	private final LayerStyle klasseStyle;
	private final Set<String> gemeenteCodes = new LinkedHashSet<>();
	private final int buurtCount;
	private final Envelope mainEnvelope;
	private final Envelope insetEnvelope;
	private boolean largeType;

	private WijkMapFraming(FeatureCollection signalMap, LayerStyle klasseStyle, Collection<String> codes, String title,
			boolean largeType) {
		this.klasseStyle = Objects.requireNonNull(klasseStyle, "klasseStyle"); //$NON-NLS-1$
		this.areaCodes = Set.copyOf(codes);
		this.largeType = largeType;
		List<Feature> inArea = new ArrayList<>();
		Map<String, List<Geometry>> otherWijken = new LinkedHashMap<>();
		for (Feature buurt : signalMap.getFeatures()) {
			String code = String.valueOf(buurt.getAttribute(SignalMapLayer.BU_CODE));
			if (buurt.getAttribute(SignalMapLayer.GEMEENTE) instanceof String gemeente) {
				gemeenteCodes.add(gemeente);
			}
			if (isInArea(code)) {
				inArea.add(buurt);
			} else if (buurt.getGeometry() != null) {
				otherWijken.computeIfAbsent(wijkCodeOf(code).orElse(code), key -> new ArrayList<>()).add(buurt.getGeometry());
			}
		}
		this.buurtCount = inArea.size();
		Crs crs = signalMap.getCrs();
		FeatureSchema outlineSchema = new FeatureSchema("wijkgrens", //$NON-NLS-1$
				List.of(new AttributeDescriptor(CODE, AttributeType.STRING)));
		List<Feature> others = new ArrayList<>();
		otherWijken.forEach((code, parts) -> others
				.add(new Feature(code, union(parts), outlineSchema, new Object[] { code })));
		List<Geometry> areaParts = inArea.stream().map(Feature::getGeometry).filter(Objects::nonNull).toList();
		List<Feature> area = areaParts.isEmpty() ? List.of()
				: List.of(new Feature(title, union(areaParts), outlineSchema, new Object[] { title }));
		FeatureCollection areaOutline = new FeatureCollection(outlineSchema, area, crs);

		mainKlasse = new VectorLayer(title, signalMap, null, klasseStyle);
		VectorLayer veil = new VectorLayer("Andere wijken", new FeatureCollection(outlineSchema, others, crs), null, //$NON-NLS-1$
				SingleSymbolStyle.of(new SimpleStyle(Color.WHITE, OTHER_OUTLINE, 1.4f, VEIL_OPACITY, 6)));
		VectorLayer outline = new VectorLayer(title, areaOutline, null,
				SingleSymbolStyle.of(new SimpleStyle(null, AREA_OUTLINE, 4f, 1.0, 6)));
		names = new VectorLayer("Buurtnamen", new FeatureCollection(signalMap.getSchema(), inArea, crs), null, //$NON-NLS-1$
				nameStyle());
		mainMap.addLayer(mainKlasse);
		mainMap.addLayer(veil);
		mainMap.addLayer(outline);
		mainMap.addLayer(names);

		insetKlasse = new VectorLayer(title, signalMap, null, klasseStyle);
		VectorLayer insetOutline = new VectorLayer(title, areaOutline, null,
				SingleSymbolStyle.of(new SimpleStyle(null, AREA_OUTLINE, 2.5f, 1.0, 6)));
		insetMap.addLayer(insetKlasse);
		insetMap.addLayer(insetOutline);

		Envelope gemeente = insetKlasse.getEnvelope(MAP_CRS);
		this.insetEnvelope = gemeente;
		if (area.isEmpty()) {
			this.mainEnvelope = new Envelope(gemeente);
		} else {
			Envelope wijk = new Envelope(outline.getEnvelope(MAP_CRS));
			wijk.expandBy(wijk.getWidth() * AREA_MARGIN, wijk.getHeight() * AREA_MARGIN);
			this.mainEnvelope = wijk;
		}
	}

	/**
	 * Frames a signal map on a wijk or gebied.
	 *
	 * @param signalMap   the signal-map features ({@link SignalMapLayer}), e.g. {@code ScoringState.layer()}
	 * @param klasseStyle the style of the classes, e.g. {@code SignalMapStyles.klasse()} or the style of the
	 *                    class layer shown in the Map view
	 * @param gebied      the wijk (or gebied) of the wijkschets
	 * @param largeType   whether the buurt names are drawn large (presentation, poster)
	 * @return the framing
	 */
	public static WijkMapFraming of(FeatureCollection signalMap, LayerStyle klasseStyle, Regio gebied, boolean largeType) {
		Objects.requireNonNull(gebied, "gebied"); //$NON-NLS-1$
		String title = gebied.getName() == null ? String.valueOf(codesOf(gebied)) : gebied.getName();
		return of(signalMap, klasseStyle, codesOf(gebied), title, largeType);
	}

	/**
	 * Frames a signal map on an area given by CBS codes.
	 *
	 * @param signalMap   the signal-map features
	 * @param klasseStyle the style of the classes
	 * @param codes       wijk codes ({@code WKggggww}, all their buurten) and buurt codes ({@code BUggggwwbb})
	 * @param title       the name of the area (layer titles)
	 * @param largeType   whether the buurt names are drawn large
	 * @return the framing
	 */
	public static WijkMapFraming of(FeatureCollection signalMap, LayerStyle klasseStyle, Collection<String> codes,
			String title, boolean largeType) {
		return new WijkMapFraming(Objects.requireNonNull(signalMap, "signalMap"), klasseStyle, codes, //$NON-NLS-1$
				Objects.requireNonNull(title, "title"), largeType); //$NON-NLS-1$
	}

	/**
	 * @param gebied a wijk, buurt or gebied
	 * @return the CBS codes that make it up: its own code, or the codes of a gebied's parts
	 */
	public static Set<String> codesOf(Regio gebied) {
		Set<String> codes = new LinkedHashSet<>();
		if (gebied instanceof Gebied samengesteld) {
			for (CbsRegio part : samengesteld.getOnderdelen()) {
				if (part.getCode() != null) {
					codes.add(part.getCode());
				}
			}
		} else if ((gebied instanceof Wijk || gebied instanceof Buurt) && ((CbsRegio) gebied).getCode() != null) {
			codes.add(((CbsRegio) gebied).getCode());
		}
		return codes;
	}

	/**
	 * @param buurtCode a buurt code, e.g. {@code BU05990310}
	 * @return the code of its wijk, e.g. {@code WK059903}, when the code is well formed
	 */
	public static Optional<String> wijkCodeOf(String buurtCode) {
		return RegionCode.parse(buurtCode).filter(code -> code.level() == RegionLevel.BUURT && code.code().equals(buurtCode))
				.map(code -> code.within(RegionLevel.WIJK).code());
	}

	/**
	 * @param cbsCode a wijk or buurt code ({@code WKggggww}, {@code BUggggwwbb})
	 * @return the code of its gemeente ({@code GMgggg}), when the code is well formed
	 */
	public static Optional<String> gemeenteCodeOf(String cbsCode) {
		return RegionCode.parse(cbsCode).filter(code -> code.code().equals(cbsCode))
				.map(code -> code.within(RegionLevel.GEMEENTE).code());
	}

	private boolean isInArea(String buurtCode) {
		if (areaCodes.contains(buurtCode)) {
			return true;
		}
		Optional<String> wijk = wijkCodeOf(buurtCode);
		return wijk.isPresent() && areaCodes.contains(wijk.get());
	}

	private static Geometry union(List<Geometry> parts) {
		GeometryFactory factory = parts.get(0).getFactory();
		try {
			return factory.buildGeometry(parts).union();
		} catch (TopologyException e) {
			// a buurt boundary that is not quite valid: repair each part and try again
			try {
				return factory.buildGeometry(parts.stream().map(part -> part.buffer(0)).toList()).union();
			} catch (TopologyException again) {
				return factory.buildGeometry(parts);
			}
		}
	}

	private LayerStyle nameStyle() {
		LabelStyle labels = new LabelStyle(SignalMapLayer.NAAM, "SansSerif", //$NON-NLS-1$
				largeType ? LARGE_LABEL_POINTS : NORMAL_LABEL_POINTS, new Color(0x1A, 0x1A, 0x1A), Color.WHITE, 0,
				Double.POSITIVE_INFINITY);
		return new SingleSymbolStyle(new SimpleStyle(null, null, 0f, 1.0, 6), labels);
	}

	/**
	 * Shows another scoring of the same buurten (other weights or year) in both maps; the framing stays.
	 *
	 * @param signalMap the new signal-map features
	 */
	public void recolour(FeatureCollection signalMap) {
		mainMap.setFeatures(mainKlasse, signalMap);
		insetMap.setFeatures(insetKlasse, signalMap);
		List<Feature> inArea = new ArrayList<>();
		for (Feature buurt : signalMap.getFeatures()) {
			if (isInArea(String.valueOf(buurt.getAttribute(SignalMapLayer.BU_CODE)))) {
				inArea.add(buurt);
			}
		}
		mainMap.setFeatures(names, new FeatureCollection(signalMap.getSchema(), inArea, signalMap.getCrs()));
	}

	/**
	 * Draws the buurt names large (presentation mode) or normal.
	 *
	 * @param large whether the names are large
	 */
	public void setLargeType(boolean large) {
		if (large != largeType) {
			largeType = large;
			mainMap.setStyle(names, nameStyle());
		}
	}

	/** @return whether the buurt names are drawn large */
	public boolean isLargeType() {
		return largeType;
	}

	/** @return the main map: classes, the other wijken veiled, the area's boundary and buurt names */
	public MapContent mainMap() {
		return mainMap;
	}

	/** @return the extent of the main map: the area with a margin, in {@link #MAP_CRS} (the whole map when the area has no buurten in it) */
	public Envelope mainEnvelope() {
		return new Envelope(mainEnvelope);
	}

	/** @return the inset: the classes of the whole signal map with the area outlined */
	public MapContent insetMap() {
		return insetMap;
	}

	/** @return the extent of the inset: the whole signal map, in {@link #MAP_CRS} */
	public Envelope insetEnvelope() {
		return new Envelope(insetEnvelope);
	}

	/** @return the class layer of the main map */
	public VectorLayer mainKlasseLayer() {
		return mainKlasse;
	}

	/** @return the class layer of the inset */
	public VectorLayer insetKlasseLayer() {
		return insetKlasse;
	}

	/** @return the legend of the classes, in the order of the style */
	public List<LegendEntry> legend() {
		return klasseStyle.legend();
	}

	/** @return how many buurten of the signal map lie in the area (0 when the map does not cover it) */
	public int buurtCount() {
		return buurtCount;
	}

	/** @return the gemeente codes of the signal map's buurten */
	public Set<String> gemeenteCodes() {
		return Set.copyOf(gemeenteCodes);
	}
}
