package nl.veerkracht.scoring.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.AttributeType;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.feature.FeatureSchema;
import nl.veerkracht.scoring.engine.IndicatorSpec;
import nl.veerkracht.scoring.engine.IndicatorTable;
import nl.veerkracht.scoring.engine.Klasse;
import nl.veerkracht.scoring.engine.RegionInfo;
import nl.veerkracht.scoring.engine.RegionTrend;

/**
 * The signal-map layer (signaleringskaart) of one year: one feature per buurt with its boundary and the
 * attributes below. Missing numbers are {@code null}, never 0.
 * <table>
 * <caption>Attributes</caption>
 * <tr><td>{@value #BU_CODE}</td><td>text</td><td>buurt code, e.g. BU05990110</td></tr>
 * <tr><td>{@value #NAAM}</td><td>text</td><td>buurt name</td></tr>
 * <tr><td>{@value #GEMEENTE}</td><td>text</td><td>gemeente code</td></tr>
 * <tr><td>{@value #JAAR}</td><td>integer</td><td>the year scored</td></tr>
 * <tr><td><i>indicator id</i></td><td>real</td><td>one column per indicator in the table: its raw value
 * in its own unit</td></tr>
 * <tr><td>{@value #KWETSBAARHEID}</td><td>real</td><td>composite kwetsbaarheid (weighted mean of the
 * direction-corrected normalised indicators; higher = more vulnerable)</td></tr>
 * <tr><td>{@value #KLASSE}</td><td>text</td><td>veerkrachtig … zeer kwetsbaar, or geen gegevens</td></tr>
 * <tr><td>{@value #REDEN}</td><td>text</td><td>for geen gegevens: coverage and the missing indicators with
 * their causes</td></tr>
 * <tr><td>{@value #DRAAGKRACHT}</td><td>real</td><td>drager/vrager ratio</td></tr>
 * <tr><td>{@value #TREND}</td><td>real</td><td>slope of kwetsbaarheid per year over this and earlier
 * years; empty with fewer than two years or no composite</td></tr>
 * <tr><td>{@value #VROEG_SIGNAAL}</td><td>boolean</td><td>early warning: rising clearly faster than the
 * gemeente; empty where the trend is</td></tr>
 * <tr><td>{@value #HOTSPOT}</td><td>text</td><td>Local Moran's I label in Dutch
 * ({@link HotSpotLabels})</td></tr>
 * <tr><td>{@value #ROBUUSTHEID}</td><td>real</td><td>share of weight samples that keep the class</td></tr>
 * <tr><td>{@value #FRAGIEL}</td><td>boolean</td><td>the class is fragile (robustness below the
 * threshold)</td></tr>
 * </table>
 */
public final class SignalMapLayer {

	/** Buurt code attribute. */
	public static final String BU_CODE = "bu_code";
	/** Buurt name attribute. */
	public static final String NAAM = "naam";
	/** Gemeente code attribute. */
	public static final String GEMEENTE = "gm_code";
	/** Year attribute. */
	public static final String JAAR = "jaar";
	/** Composite kwetsbaarheid attribute. */
	public static final String KWETSBAARHEID = "kwetsbaarheid";
	/** Class label attribute. */
	public static final String KLASSE = "klasse";
	/** Reason for geen gegevens attribute. */
	public static final String REDEN = "reden";
	/** Draagkracht attribute. */
	public static final String DRAAGKRACHT = "draagkracht";
	/** Trend slope attribute. */
	public static final String TREND = "trend";
	/** Early warning attribute. */
	public static final String VROEG_SIGNAAL = "vroeg_signaal";
	/** Hot spot label attribute. */
	public static final String HOTSPOT = "hotspot";
	/** Robustness attribute. */
	public static final String ROBUUSTHEID = "robuustheid";
	/** Fragile attribute. */
	public static final String FRAGIEL = "fragiel";

	private SignalMapLayer() {
	}

	/**
	 * Builds the layer.
	 *
	 * @param run    the run
	 * @param result a result of the run
	 * @param crs    the coordinate reference system of the buurt geometries (that of the boundary layer)
	 * @return the layer, named {@code signaleringskaart_<year>}
	 */
	public static FeatureCollection build(ScoringRun run, YearResult result, Crs crs) {
		IndicatorTable table = run.table();
		List<AttributeDescriptor> attributes = new ArrayList<>();
		attributes.add(new AttributeDescriptor(BU_CODE, AttributeType.STRING));
		attributes.add(new AttributeDescriptor(NAAM, AttributeType.STRING));
		attributes.add(new AttributeDescriptor(GEMEENTE, AttributeType.STRING));
		attributes.add(new AttributeDescriptor(JAAR, AttributeType.INTEGER));
		for (IndicatorSpec spec : table.indicators()) {
			attributes.add(new AttributeDescriptor(spec.id(), AttributeType.REAL));
		}
		attributes.add(new AttributeDescriptor(KWETSBAARHEID, AttributeType.REAL));
		attributes.add(new AttributeDescriptor(KLASSE, AttributeType.STRING));
		attributes.add(new AttributeDescriptor(REDEN, AttributeType.STRING));
		attributes.add(new AttributeDescriptor(DRAAGKRACHT, AttributeType.REAL));
		attributes.add(new AttributeDescriptor(TREND, AttributeType.REAL));
		attributes.add(new AttributeDescriptor(VROEG_SIGNAAL, AttributeType.BOOLEAN));
		attributes.add(new AttributeDescriptor(HOTSPOT, AttributeType.STRING));
		attributes.add(new AttributeDescriptor(ROBUUSTHEID, AttributeType.REAL));
		attributes.add(new AttributeDescriptor(FRAGIEL, AttributeType.BOOLEAN));
		FeatureSchema schema = new FeatureSchema("signaleringskaart_" + result.year(), attributes);

		int yearIndex = table.yearIndexOf(result.year());
		List<Feature> features = new ArrayList<>();
		for (int r = 0; r < table.regionCount(); r++) {
			RegionInfo region = table.regions().get(r);
			Object[] values = new Object[attributes.size()];
			int a = 0;
			values[a++] = region.code();
			values[a++] = region.name();
			values[a++] = region.gemeenteCode();
			values[a++] = (long) result.year();
			for (int i = 0; i < table.indicatorCount(); i++) {
				values[a++] = orNull(table.value(r, i, yearIndex));
			}
			Klasse klasse = result.scores().klasse(r);
			values[a++] = orNull(result.scores().composite(r));
			values[a++] = klasse.label();
			values[a++] = result.noDataReason(r);
			values[a++] = orNull(result.scores().draagkracht(r));
			Optional<RegionTrend> trend = result.trend(region.code()).filter(t -> Double.isFinite(t.compositeSlope()));
			values[a++] = trend.map(RegionTrend::compositeSlope).orElse(null);
			values[a++] = trend.map(RegionTrend::earlyWarning).orElse(null);
			values[a++] = HotSpotLabels.dutch(result.hotSpot(r));
			boolean scored = klasse != Klasse.GEEN_GEGEVENS;
			values[a++] = scored ? orNull(result.robustness().stability(r)) : null;
			values[a++] = scored ? result.robustness().isFragile(r) : null;
			features.add(new Feature(region.code(), region.geometry(), schema, values));
		}
		return new FeatureCollection(schema, features, crs);
	}

	private static Double orNull(double value) {
		return Double.isFinite(value) ? value : null;
	}
}
