package nl.veerkracht.stad;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.veerkracht.model.Handelingsperspectief;

/**
 * The intensity 0–4 of each of the four handelingsperspectieven chosen for one buurt (0 = nothing extra,
 * 4 = "vol op het orgel") and, optionally, the years in which a perspective acts (from its measures: a
 * perspective whose measures start in 2026 does nothing before 2026). Without a period a perspective acts in
 * every simulated year. Immutable.
 */
public final class PerspectiveMix {

	/** The highest intensity. */
	public static final int MAX_INTENSITY = 4;

	/** A mix with every perspective at intensity 0: "niets extra doen". */
	public static final PerspectiveMix NONE = new PerspectiveMix(new EnumMap<>(Handelingsperspectief.class));

	private final EnumMap<Handelingsperspectief, Integer> intensities;
	private final EnumMap<Handelingsperspectief, MeasurePeriod> periods;

	private PerspectiveMix(EnumMap<Handelingsperspectief, Integer> intensities) {
		this(intensities, new EnumMap<>(Handelingsperspectief.class));
	}

	private PerspectiveMix(EnumMap<Handelingsperspectief, Integer> intensities,
			EnumMap<Handelingsperspectief, MeasurePeriod> periods) {
		this.intensities = intensities;
		this.periods = periods;
	}

	/**
	 * @param perspective the perspective
	 * @param from        the first year it acts
	 * @param to          the last year it acts, at least {@code from}; {@link MeasurePeriod#OPEN_END} for open-ended
	 * @return a copy of this mix with that period
	 * @throws IllegalArgumentException when {@code to < from}
	 */
	public PerspectiveMix during(Handelingsperspectief perspective, int from, int to) {
		MeasurePeriod period;
		try {
			period = new MeasurePeriod(from, to);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(perspective.getLiteral() + ": " + e.getMessage(), e);
		}
		return during(perspective, period);
	}

	/**
	 * @param perspective the perspective
	 * @param period      the years it acts
	 * @return a copy of this mix with that period
	 */
	public PerspectiveMix during(Handelingsperspectief perspective, MeasurePeriod period) {
		EnumMap<Handelingsperspectief, MeasurePeriod> copy = new EnumMap<>(Handelingsperspectief.class);
		copy.putAll(periods);
		copy.put(perspective, Objects.requireNonNull(period, "period"));
		return new PerspectiveMix(intensities.isEmpty() ? new EnumMap<>(Handelingsperspectief.class) : new EnumMap<>(intensities),
				copy);
	}

	/**
	 * @param perspective a perspective
	 * @return the years it acts, empty when it acts in every year
	 */
	public Optional<MeasurePeriod> period(Handelingsperspectief perspective) {
		return Optional.ofNullable(periods.get(perspective));
	}

	/**
	 * @param perspective a perspective
	 * @param year        a calendar year
	 * @return whether the perspective acts in that year (always, when it has no period)
	 */
	public boolean activeIn(Handelingsperspectief perspective, int year) {
		MeasurePeriod period = periods.get(perspective);
		return period == null || period.contains(year);
	}

	/** @return whether some perspective has a period (so its effect changes from year to year) */
	public boolean hasPeriods() {
		return !periods.isEmpty();
	}

	/**
	 * @param perspective a perspective
	 * @param year        a calendar year
	 * @return its intensity in that year: the intensity when it acts, else 0
	 */
	public int intensityIn(Handelingsperspectief perspective, int year) {
		return activeIn(perspective, year) ? intensity(perspective) : 0;
	}

	/**
	 * @param perspective a perspective
	 * @return its intensity, 0 when not set
	 */
	public int intensity(Handelingsperspectief perspective) {
		return intensities.getOrDefault(perspective, 0);
	}

	/**
	 * @param perspective the perspective to set
	 * @param intensity   its intensity, 0–4
	 * @return a copy of this mix with that intensity
	 * @throws IllegalArgumentException when the intensity lies outside 0–4
	 */
	public PerspectiveMix with(Handelingsperspectief perspective, int intensity) {
		requireIntensity(intensity);
		EnumMap<Handelingsperspectief, Integer> copy = intensities.isEmpty() ? new EnumMap<>(Handelingsperspectief.class)
				: new EnumMap<>(intensities);
		copy.put(perspective, intensity);
		return new PerspectiveMix(copy, periods);
	}

	/**
	 * @param intensities intensity per perspective (missing ones are 0)
	 * @return the mix
	 */
	public static PerspectiveMix of(Map<Handelingsperspectief, Integer> intensities) {
		PerspectiveMix mix = NONE;
		for (Map.Entry<Handelingsperspectief, Integer> entry : intensities.entrySet()) {
			mix = mix.with(entry.getKey(), entry.getValue());
		}
		return mix;
	}

	/**
	 * @param intensity an intensity
	 * @return the intensity
	 * @throws IllegalArgumentException when it lies outside 0–4
	 */
	static int requireIntensity(int intensity) {
		if (intensity < 0 || intensity > MAX_INTENSITY) {
			throw new IllegalArgumentException("intensity must lie in 0.." + MAX_INTENSITY + ": " + intensity);
		}
		return intensity;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PerspectiveMix mix && asMap().equals(mix.asMap()) && periods.equals(mix.periods);
	}

	@Override
	public int hashCode() {
		return asMap().hashCode() * 31 + periods.hashCode();
	}

	private String periodText() {
		StringBuilder text = new StringBuilder();
		periods.forEach((perspective, period) -> text.append(perspective.getName()).append(' ').append(period).append(';'));
		return text.toString();
	}

	private Map<Handelingsperspectief, Integer> asMap() {
		Map<Handelingsperspectief, Integer> map = new EnumMap<>(Handelingsperspectief.class);
		for (Handelingsperspectief perspective : Handelingsperspectief.values()) {
			map.put(perspective, intensity(perspective));
		}
		return map;
	}

	@Override
	public String toString() {
		return periods.isEmpty() ? asMap().toString() : asMap() + " " + periodText();
	}
}
