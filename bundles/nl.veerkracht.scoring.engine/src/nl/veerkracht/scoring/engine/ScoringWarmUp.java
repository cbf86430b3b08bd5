package nl.veerkracht.scoring.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

import nl.veerkracht.scoring.engine.spatial.MoranParameters;

/**
 * Runs the scoring engine once on made-up data, so that an analyst's first real scoring after start-up runs
 * compiled code. In a fresh JVM the first national scoring otherwise takes several times as long as every
 * later one (class loading and the JIT, not the work: see the engine benchmark). Call it in a background job
 * soon after start-up; it takes well under a second of one core and leaves nothing behind.
 * <p>
 * The made-up table has {@value #ROWS} &times; {@value #COLUMNS} square buurten laid like bricks (every other
 * row shifted by half a square, so that neighbours across rows touch without a common vertex, as
 * independently simplified boundaries do) in {@value #GEMEENTEN} gemeenten, six indicators (four
 * kwetsbaarheid, a drager, a vrager) over three years with 5% missing values. It is scored twice through
 * the engine's entry points: contiguity, every year, an explanation, the trend, hot spots and robustness.
 */
public final class ScoringWarmUp {

	private static final int ROWS = 40;
	private static final int COLUMNS = 40;
	private static final int GEMEENTEN = 8;
	private static final int[] YEARS = { 2022, 2023, 2024 };
	private static final int PASSES = 2;
	private static final long SEED = 20240601L;

	private ScoringWarmUp() {
	}

	/**
	 * Scores the made-up table.
	 *
	 * @param cancelled polled between steps; return {@code true} to stop early, for example when real work starts
	 * @return {@code true} when all passes ran, {@code false} when cancelled
	 */
	public static boolean run(BooleanSupplier cancelled) {
		IndicatorTable table = madeUpTable();
		Weights weights = Weights.defaults(table.indicators());
		int last = YEARS[YEARS.length - 1];
		for (int pass = 0; pass < PASSES; pass++) {
			ScoringEngine engine = new ScoringEngine(table, ScoringParameters.defaults());
			List<Runnable> steps = List.of(engine::contiguity, () -> {
				for (int year : YEARS) {
					engine.score(year, weights);
				}
			}, () -> engine.explain(table.regions().get(0).code(), last, weights),
					() -> engine.trend(YEARS, weights, TrendParameters.defaults(NormalisationMethod.Z_SCORE)),
					() -> engine.hotSpots(last, weights, new MoranParameters(199, SEED, 0.05)),
					() -> engine.robustness(last, weights, new RobustnessParameters(200, 0.2, SEED, 0.8)));
			for (Runnable step : steps) {
				if (cancelled.getAsBoolean()) {
					return false;
				}
				step.run();
			}
		}
		return true;
	}

	/** @return the made-up table (see the type's documentation) */
	static IndicatorTable madeUpTable() {
		GeometryFactory factory = new GeometryFactory();
		List<RegionInfo> regions = new ArrayList<>();
		for (int row = 0; row < ROWS; row++) {
			double shift = row % 2 == 0 ? 0 : 0.5;
			for (int column = 0; column < COLUMNS; column++) {
				double x = column + shift;
				String code = "WU" + (row * COLUMNS + column);
				String gemeente = "GM" + (row * GEMEENTEN / ROWS);
				regions.add(new RegionInfo(code, code, gemeente, 400 + 37 * column,
						factory.createPolygon(new Coordinate[] { new Coordinate(x, row), new Coordinate(x + 1, row),
								new Coordinate(x + 1, row + 1.0), new Coordinate(x, row + 1.0), new Coordinate(x, row) })));
			}
		}
		Role[] roles = { Role.KWETSBAARHEID, Role.KWETSBAARHEID, Role.KWETSBAARHEID, Role.KWETSBAARHEID,
				Role.DRAAGKRACHT_DRAGER, Role.DRAAGKRACHT_VRAGER };
		List<IndicatorSpec> specs = new ArrayList<>();
		for (int i = 0; i < roles.length; i++) {
			Direction direction = i == 1 || i == 4 ? Direction.HIGHER_IS_MORE_RESILIENT
					: Direction.HIGHER_IS_MORE_VULNERABLE;
			specs.add(new IndicatorSpec("warmup" + i, "warm-up " + i, "%", direction, roles[i], 1));
		}
		SplittableRandom random = new SplittableRandom(SEED);
		List<IndicatorValue> cells = new ArrayList<>();
		for (int r = 0; r < regions.size(); r++) {
			double pattern = Math.sin(r % COLUMNS / 6.0) + Math.cos(r / COLUMNS / 5.0);
			for (int y = 0; y < YEARS.length; y++) {
				for (IndicatorSpec spec : specs) {
					String code = regions.get(r).code();
					if (random.nextDouble() < 0.05) {
						cells.add(IndicatorValue.missing(code, spec.id(), YEARS[y], "warm-up", ""));
					} else {
						double value = Math.rint(10 * (30 + 8 * pattern + y + 3 * random.nextGaussian())) / 10;
						cells.add(IndicatorValue.of(code, spec.id(), YEARS[y], value, "warm-up"));
					}
				}
			}
		}
		return new IndicatorTable(regions, specs, YEARS, cells);
	}
}
