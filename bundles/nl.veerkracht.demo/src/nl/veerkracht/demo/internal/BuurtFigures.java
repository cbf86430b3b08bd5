package nl.veerkracht.demo.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Invents plausible KWB-style figures for one buurt from two hidden traits: how central it is
 * and how deprived. The figures hang together as in real towns (more corporation housing, lower
 * WOZ values and more benefits where deprivation is high; smaller households in the centre).
 * CBS rounding is imitated: benefit counts to tens, percentages to whole numbers. A buurt with
 * too few households gets {@code null} for the figures CBS would suppress.
 */
public final class BuurtFigures {

	/** CBS suppresses income figures below this many households. */
	public static final int SUPPRESSION_HOUSEHOLDS = 100;

	private final SplittableRandom random;

	/** @param random the deterministic source of the noise */
	public BuurtFigures(SplittableRandom random) {
		this.random = random;
	}

	/**
	 * @param areaKm2     the buurt's land area
	 * @param centrality  1 in the centre, 0 at the edge
	 * @param deprivation 0 (well off) to 1 (very deprived)
	 * @param workArea    whether the buurt is a business park with hardly any residents
	 * @return the figures by KWB short code, in a stable order
	 */
	public Map<String, Object> invent(double areaKm2, double centrality, double deprivation, boolean workArea) {
		double d = clamp(deprivation, 0, 1);
		double density = workArea ? 25 : 2200 + 6500 * centrality + 1500 * d;
		long inwoners = Math.max(workArea ? 20 : 400, Math.round(areaKm2 * density / 5) * 5);
		double householdSize = round1(clamp(2.55 - 0.75 * centrality - 0.25 * d + noise(0.08), 1.4, 3.1));
		long huishoudens = Math.round(inwoners / householdSize / 5) * 5;
		boolean suppressed = huishoudens < SUPPRESSION_HOUSEHOLDS;
		long corporatie = pct(6 + 78 * d + noise(6), 0, 95);
		long koop = pct(96 - corporatie - 22 * centrality + noise(4), 2, 96);

		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("a_inw", inwoners);
		figures.put("a_hh", huishoudens);
		figures.put("a_1p_hh", Math.round(huishoudens * clamp(0.22 + 0.38 * centrality + 0.12 * d, 0, 0.9) / 5) * 5);
		figures.put("g_hhgro", householdSize);
		figures.put("a_00_14", Math.round(inwoners * clamp(0.17 - 0.07 * centrality + noise(0.02), 0.05, 0.3) / 5) * 5);
		figures.put("a_65_oo", Math.round(inwoners * clamp(0.19 + noise(0.05), 0.05, 0.4) / 5) * 5);
		figures.put("a_woning", Math.round(huishoudens * 1.03 / 5) * 5);
		figures.put("p_koopw", koop);
		figures.put("p_huurw", 100 - koop);
		figures.put("p_wcorpw", corporatie);
		figures.put("g_wozbag", Math.max(145L, Math.round(470 - 290 * d + 60 * centrality + noise(25))));
		figures.put("p_hh_li", suppressed ? null : pct(2 + 22 * d + noise(1.5), 0, 60));
		figures.put("p_hh_osm", suppressed ? null : pct(2 + 17 * d + noise(1.2), 0, 50));
		figures.put("p_hh_hi", suppressed ? null : pct(36 - 30 * d + noise(3), 2, 70));
		figures.put("p_arb_pp", suppressed ? null : pct(79 - 21 * d + noise(2), 35, 90));
		figures.put("a_soz_wb", suppressed ? null : tens(inwoners * (0.004 + 0.075 * d * d + 0.01 * d)));
		figures.put("a_soz_ao", suppressed ? null : tens(inwoners * (0.022 + 0.045 * d)));
		figures.put("a_soz_ww", suppressed ? null : tens(inwoners * (0.008 + 0.012 * d)));
		return figures;
	}

	private double noise(double sd) {
		return sd * gaussian();
	}

	private double gaussian() {
		double u = Math.max(1e-12, random.nextDouble());
		double v = random.nextDouble();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	private static long pct(double value, double min, double max) {
		return Math.round(clamp(value, min, max));
	}

	private static long tens(double value) {
		return Math.round(value / 10) * 10;
	}

	private static double round1(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static double clamp(double value, double min, double max) {
		return Math.max(min, Math.min(max, value));
	}
}
