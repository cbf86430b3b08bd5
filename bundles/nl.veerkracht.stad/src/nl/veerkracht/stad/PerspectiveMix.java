package nl.veerkracht.stad;

import java.util.EnumMap;
import java.util.Map;

import nl.veerkracht.model.Handelingsperspectief;

/**
 * The intensity 0–4 of each of the four handelingsperspectieven chosen for one buurt (0 = nothing extra,
 * 4 = "vol op het orgel"). Immutable.
 */
public final class PerspectiveMix {

	/** The highest intensity. */
	public static final int MAX_INTENSITY = 4;

	/** A mix with every perspective at intensity 0: "niets extra doen". */
	public static final PerspectiveMix NONE = new PerspectiveMix(new EnumMap<>(Handelingsperspectief.class));

	private final EnumMap<Handelingsperspectief, Integer> intensities;

	private PerspectiveMix(EnumMap<Handelingsperspectief, Integer> intensities) {
		this.intensities = intensities;
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
		return new PerspectiveMix(copy);
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
		return other instanceof PerspectiveMix mix && asMap().equals(mix.asMap());
	}

	@Override
	public int hashCode() {
		return asMap().hashCode();
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
		return asMap().toString();
	}
}
