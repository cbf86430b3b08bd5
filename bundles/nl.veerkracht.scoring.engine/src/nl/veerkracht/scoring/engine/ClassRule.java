package nl.veerkracht.scoring.engine;

/**
 * The rule that turns a composite kwetsbaarheid score into a {@link Klasse}: four ascending thresholds.
 * A score below {@code t1} is {@link Klasse#VEERKRACHTIG}, below {@code t2} {@link Klasse#EERDER_VEERKRACHTIG},
 * up to and including {@code t3} {@link Klasse#GEMIDDELD}, up to and including {@code t4}
 * {@link Klasse#KWETSBAAR}, above {@code t4} {@link Klasse#ZEER_KWETSBAAR}; a NaN score is
 * {@link Klasse#GEEN_GEGEVENS}.
 * <p>
 * Why fixed thresholds on the normalised scale and not quantiles of the composite: method.md asks for
 * classes of a score that is already relative to a chosen reference, and for trends across years. Quantile
 * classes would put a fifth of the buurten in <em>zeer kwetsbaar</em> even in a homogeneous gemeente and
 * could never show a buurt leaving a class while the others stay put. The defaults ({@link #forMethod}) cut
 * both scales at the same points of a normally distributed indicator: the 20th, 40th, 60th and 80th
 * percentile, i.e. z = &plusmn;0.8416 and &plusmn;0.2533, or percentile 0.2, 0.4, 0.6, 0.8. Because the
 * composite is a mean of indicators, <em>zeer kwetsbaar</em> means "on average over its indicators in the
 * most vulnerable fifth of the reference", which is rarer than one in five when indicators disagree.
 *
 * @param t1 upper bound (exclusive) of veerkrachtig
 * @param t2 upper bound (exclusive) of eerder veerkrachtig
 * @param t3 upper bound (inclusive) of gemiddeld
 * @param t4 upper bound (inclusive) of kwetsbaar
 */
public record ClassRule(double t1, double t2, double t3, double t4) {

	/** z of the 20th percentile of the standard normal distribution. */
	private static final double Z20 = 0.8416212335729143;
	/** z of the 40th percentile of the standard normal distribution. */
	private static final double Z40 = 0.2533471031357997;

	/**
	 * Validates the thresholds.
	 *
	 * @throws IllegalArgumentException if they are not finite and strictly ascending
	 */
	public ClassRule {
		if (!(t1 < t2 && t2 < t3 && t3 < t4) || Double.isInfinite(t1) || Double.isInfinite(t4)) {
			throw new IllegalArgumentException("thresholds must be finite and ascending: " + t1 + ", " + t2 + ", "
					+ t3 + ", " + t4);
		}
	}

	/**
	 * Returns the default rule for a normalisation method (see the type's documentation).
	 *
	 * @param method the method
	 * @return quintile cut points of a normal indicator on that method's scale
	 */
	public static ClassRule forMethod(NormalisationMethod method) {
		return switch (method) {
		case Z_SCORE -> new ClassRule(-Z20, -Z40, Z40, Z20);
		case RANK -> new ClassRule(0.2, 0.4, 0.6, 0.8);
		};
	}

	/**
	 * Classifies a composite score.
	 *
	 * @param score the composite, NaN for geen gegevens
	 * @return its class
	 */
	public Klasse classify(double score) {
		if (Double.isNaN(score)) {
			return Klasse.GEEN_GEGEVENS;
		}
		if (score < t1) {
			return Klasse.VEERKRACHTIG;
		}
		if (score < t2) {
			return Klasse.EERDER_VEERKRACHTIG;
		}
		if (score <= t3) {
			return Klasse.GEMIDDELD;
		}
		if (score <= t4) {
			return Klasse.KWETSBAAR;
		}
		return Klasse.ZEER_KWETSBAAR;
	}
}
