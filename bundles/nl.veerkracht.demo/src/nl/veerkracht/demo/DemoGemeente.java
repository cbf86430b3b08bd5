package nl.veerkracht.demo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.union.UnaryUnionOp;

import nl.veerkracht.demo.internal.BuurtFigures;
import nl.veerkracht.demo.internal.BuurtPartition;
import nl.veerkracht.demo.internal.CityOutline;
import nl.veerkracht.demo.internal.DemoNames;
import nl.veerkracht.demo.internal.WijkGrouping;
import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.AttributeType;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.feature.FeatureSchema;

/**
 * The built-in demo: <em>Veerhaven</em>, an invented municipality of 30 buurten in 6 wijken,
 * generated (always the same) in RD New coordinates with plausible KWB-style figures. It is
 * not a real place and its numbers are not CBS data; every feature says so in its {@code bron}
 * attribute, and the product shows {@link #NOTICE} wherever the demo is on screen.
 * <p>
 * The attribute names follow the CBS <em>Kerncijfers wijken en buurten</em> short codes
 * ({@code a_inw}, {@code p_hh_li}, {@code p_wcorpw}, {@code g_wozbag}, ...), so everything that reads
 * KWB data reads the demo too. A business park with hardly any residents carries {@code null}
 * where CBS would suppress a figure.
 */
public final class DemoGemeente {

	/** The invented municipality's name. */
	public static final String NAME = "Veerhaven";

	/** Its invented code: no real gemeente has it. */
	public static final String CODE = "GM9999";

	/** The reference year of the invented figures. */
	public static final int YEAR = 2024;

	/** What the product shows while the demo is on screen. */
	public static final String NOTICE = "Demogemeente Veerhaven \u2014 fictief: verzonnen buurten en cijfers, geen CBS-gegevens";

	/** The value of every feature's {@code bron} (source) attribute. */
	public static final String SOURCE = "Fictief (Veerkracht Workbench demo), geen CBS-gegevens";

	/** How many buurten the demo has. */
	public static final int BUURT_COUNT = 30;

	/** The first year of the invented yearly figures ({@link #buurten(int)}); {@link #YEAR} is the last. */
	public static final int FIRST_YEAR = 2020;

	/**
	 * How fast each wijk's deprivation changed per year up to {@link #YEAR}: two wijken slid (one fast),
	 * two improved, so that the signal map has trends, early warnings and stable areas to show.
	 */
	private static final double[] WIJK_DRIFT = { 0.0, 0.035, -0.015, 0.0, 0.02, -0.02 };

	private static final long SEED = 20_26_11_28L;
	private static final Coordinate CENTRE = new Coordinate(161_500, 441_500);
	private static final double RADIUS_M = 3_600;
	private static final int CENTRE_BUURTEN = 5;
	private static final double[] WIJK_DEPRIVATION = { 0.45, 0.78, 0.30, 0.12, 0.58, 0.22 };

	private final FeatureCollection gemeente;
	private final FeatureCollection wijken;
	private final FeatureCollection buurten;
	private final List<BuurtTraits> traits;

	private DemoGemeente(FeatureCollection gemeente, FeatureCollection wijken, FeatureCollection buurten,
			List<BuurtTraits> traits) {
		this.gemeente = gemeente;
		this.wijken = wijken;
		this.buurten = buurten;
		this.traits = List.copyOf(traits);
	}

	/** What a buurt's figures are invented from, kept to invent its figures of other years. */
	private record BuurtTraits(double areaKm2, double centrality, double deprivation, boolean workArea, int wijk) {
	}

	/** @return the municipal boundary (one feature), in RD New */
	public FeatureCollection gemeente() {
		return gemeente;
	}

	/** @return the six wijken, in RD New */
	public FeatureCollection wijken() {
		return wijken;
	}

	/** @return the thirty buurten with their figures, in RD New */
	public FeatureCollection buurten() {
		return buurten;
	}

	/**
	 * Returns the buurten with the invented figures of one year: {@link #YEAR} gives {@link #buurten()};
	 * an earlier year has the same buurten with each wijk's drift in deprivation undone and fresh noise, so
	 * that figures change over the years as in a real town (some wijken slide, some improve). The result is
	 * the same on every call and every machine.
	 *
	 * @param year a year from {@link #FIRST_YEAR} to {@link #YEAR}
	 * @return the buurten of that year, in RD New
	 * @throws IllegalArgumentException for another year
	 */
	public FeatureCollection buurten(int year) {
		if (year < FIRST_YEAR || year > YEAR) {
			throw new IllegalArgumentException("The demo has figures for " + FIRST_YEAR + "–" + YEAR + ", not " + year);
		}
		if (year == YEAR) {
			return buurten;
		}
		BuurtFigures figures = new BuurtFigures(new SplittableRandom(SEED + year));
		List<Feature> features = new ArrayList<>();
		for (int i = 0; i < buurten.size(); i++) {
			Feature current = buurten.getFeatures().get(i);
			BuurtTraits buurt = traits.get(i);
			double deprivation = buurt.deprivation() - WIJK_DRIFT[buurt.wijk()] * (YEAR - year);
			Map<String, Object> values = new LinkedHashMap<>();
			for (int a = 0; a < buurten.getSchema().size(); a++) {
				values.put(buurten.getSchema().attribute(a).name(), current.getAttribute(a));
			}
			values.put("jaar", (long) year);
			values.putAll(figures.invent(buurt.areaKm2(), buurt.centrality(), deprivation, buurt.workArea()));
			features.add(feature(current.getId(), current.getGeometry(), buurten.getSchema(), values));
		}
		return new FeatureCollection(buurten.getSchema(), features, Crs.RD_NEW);
	}

	/**
	 * Whether a buurt code is one of the demo's invented buurten, so that what is made of them (a poster, a
	 * notitie) credits no CBS data.
	 *
	 * @param buurtCode a buurt code, possibly null
	 * @return whether it lies in the demo gemeente {@value #CODE}
	 */
	public static boolean isDemoBuurt(String buurtCode) {
		return buurtCode != null && buurtCode.startsWith("BU" + CODE.substring(2));
	}

	/**
	 * Whether what is made of some buurten rests on invented figures only: they are all the demo's.
	 *
	 * @param buurtCodes the buurt codes of a map, a report or a model run
	 * @return whether there is at least one and every one is the demo's ({@link #isDemoBuurt})
	 */
	public static boolean isInvented(Collection<String> buurtCodes) {
		return !buurtCodes.isEmpty() && buurtCodes.stream().allMatch(DemoGemeente::isDemoBuurt);
	}

	/**
	 * Generates the demo city. The result is the same on every call and every machine.
	 *
	 * @return the demo municipality
	 */
	public static DemoGemeente generate() {
		SplittableRandom random = new SplittableRandom(SEED);
		GeometryFactory factory = new GeometryFactory(new PrecisionModel(), 28992);
		Polygon outline = CityOutline.create(factory, CENTRE, RADIUS_M, random.split());
		List<BuurtPartition.Cell> cells = BuurtPartition.divide(outline, BUURT_COUNT, random.split());
		List<Coordinate> seeds = cells.stream().map(BuurtPartition.Cell::seed).toList();
		int[] wijkOf = WijkGrouping.group(seeds, CENTRE, CENTRE_BUURTEN, DemoNames.WIJKEN.size() - 1);
		int workArea = largestOuterCell(cells);

		BuurtFigures figures = new BuurtFigures(random.split());
		SplittableRandom spread = random.split();
		List<Feature> buurtFeatures = new ArrayList<>();
		FeatureSchema buurtSchema = buurtSchema();
		int[] perWijk = new int[DemoNames.WIJKEN.size()];
		List<BuurtTraits> traits = new ArrayList<>();
		for (int i = 0; i < cells.size(); i++) {
			BuurtPartition.Cell cell = cells.get(i);
			int w = wijkOf[i];
			perWijk[w]++;
			double centrality = Math.max(0, 1 - cell.seed().distance(CENTRE) / RADIUS_M);
			double deprivation = WIJK_DEPRIVATION[w] + 0.12 * (spread.nextDouble() * 2 - 1);
			Map<String, Object> values = new LinkedHashMap<>();
			String wijkCode = wijkCode(w);
			String code = "BU" + CODE.substring(2) + wijkCode.substring(6) + String.format("%02d", perWijk[w]);
			values.put("gwb_code", code);
			values.put("regio", i == workArea ? "Bedrijvenpark De Veer" : DemoNames.BUURTEN.get(i));
			values.put("wk_code", wijkCode);
			values.put("wk_naam", DemoNames.WIJKEN.get(w));
			values.put("gm_code", CODE);
			values.put("gm_naam", NAME);
			values.put("jaar", (long) YEAR);
			values.put("bron", SOURCE);
			values.putAll(figures.invent(cell.polygon().getArea() / 1e6, centrality, deprivation, i == workArea));
			traits.add(new BuurtTraits(cell.polygon().getArea() / 1e6, centrality, deprivation, i == workArea, w));
			buurtFeatures.add(feature(code, cell.polygon(), buurtSchema, values));
		}
		FeatureCollection buurten = new FeatureCollection(buurtSchema, buurtFeatures, Crs.RD_NEW);
		return new DemoGemeente(gemeenteCollection(outline), wijkCollection(buurten), buurten, traits);
	}

	private static int largestOuterCell(List<BuurtPartition.Cell> cells) {
		int largest = CENTRE_BUURTEN;
		for (int i = CENTRE_BUURTEN; i < cells.size(); i++) {
			if (cells.get(i).polygon().getArea() > cells.get(largest).polygon().getArea()) {
				largest = i;
			}
		}
		return largest;
	}

	private static String wijkCode(int wijk) {
		return "WK" + CODE.substring(2) + String.format("%02d", wijk + 1);
	}

	private static FeatureSchema buurtSchema() {
		List<AttributeDescriptor> attributes = new ArrayList<>();
		for (String name : List.of("gwb_code", "regio", "wk_code", "wk_naam", "gm_code", "gm_naam")) {
			attributes.add(new AttributeDescriptor(name, AttributeType.STRING));
		}
		attributes.add(new AttributeDescriptor("jaar", AttributeType.INTEGER));
		attributes.add(new AttributeDescriptor("bron", AttributeType.STRING));
		for (String name : new BuurtFigures(new SplittableRandom(0)).invent(1, 0.5, 0.5, false).keySet()) {
			attributes.add(new AttributeDescriptor(name, name.startsWith("g_hh") ? AttributeType.REAL : AttributeType.INTEGER));
		}
		return new FeatureSchema("buurten", attributes);
	}

	private static FeatureCollection wijkCollection(FeatureCollection buurten) {
		FeatureSchema schema = new FeatureSchema("wijken", List.of(new AttributeDescriptor("gwb_code", AttributeType.STRING),
				new AttributeDescriptor("regio", AttributeType.STRING), new AttributeDescriptor("gm_code", AttributeType.STRING),
				new AttributeDescriptor("a_inw", AttributeType.INTEGER), new AttributeDescriptor("a_hh", AttributeType.INTEGER),
				new AttributeDescriptor("bron", AttributeType.STRING)));
		List<Feature> wijken = new ArrayList<>();
		for (int w = 0; w < DemoNames.WIJKEN.size(); w++) {
			String code = wijkCode(w);
			List<Geometry> parts = new ArrayList<>();
			long inwoners = 0;
			long huishoudens = 0;
			for (Feature buurt : buurten.getFeatures()) {
				if (code.equals(buurt.getAttribute("wk_code"))) {
					parts.add(buurt.getGeometry());
					inwoners += (Long) buurt.getAttribute("a_inw");
					huishoudens += (Long) buurt.getAttribute("a_hh");
				}
			}
			Map<String, Object> values = new LinkedHashMap<>();
			values.put("gwb_code", code);
			values.put("regio", DemoNames.WIJKEN.get(w));
			values.put("gm_code", CODE);
			values.put("a_inw", inwoners);
			values.put("a_hh", huishoudens);
			values.put("bron", SOURCE);
			wijken.add(feature(code, UnaryUnionOp.union(parts), schema, values));
		}
		return new FeatureCollection(schema, wijken, Crs.RD_NEW);
	}

	private static FeatureCollection gemeenteCollection(Polygon outline) {
		FeatureSchema schema = new FeatureSchema("gemeente", List.of(new AttributeDescriptor("gwb_code", AttributeType.STRING),
				new AttributeDescriptor("regio", AttributeType.STRING), new AttributeDescriptor("bron", AttributeType.STRING)));
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("gwb_code", CODE);
		values.put("regio", NAME);
		values.put("bron", SOURCE);
		return new FeatureCollection(schema, List.of(feature(CODE, outline, schema, values)), Crs.RD_NEW);
	}

	private static Feature feature(String id, Geometry geometry, FeatureSchema schema, Map<String, Object> values) {
		Object[] row = new Object[schema.size()];
		for (int i = 0; i < row.length; i++) {
			row[i] = values.get(schema.attribute(i).name());
		}
		return new Feature(id, geometry, schema, row);
	}
}
