package nl.veerkracht.stad;

import java.util.EnumMap;
import java.util.Map;

import nl.veerkracht.model.Handelingsperspectief;

/**
 * The documented, editable table that turns a perspective's intensity 0–4 into a model parameter. Immutable;
 * {@link #with} returns an edited copy. What the value means depends on the perspective:
 * <table>
 * <caption>Meaning and defaults per perspective</caption>
 * <tr><th>perspective</th><th>value</th><th>0</th><th>1</th><th>2</th><th>3</th><th>4</th></tr>
 * <tr><td>Herpositionering (mens, tegengaan)</td><td>fraction of the vulnerable inflow redirected to other
 * buurten</td><td>0</td><td>0.15</td><td>0.30</td><td>0.45</td><td>0.60</td></tr>
 * <tr><td>Woningprogramma (fysiek, tegengaan)</td><td>fraction of the corporation stock restructured per
 * year (demolished and replaced by other rent and owner-occupied, see
 * {@link ModelParameters#replacementShares()})</td><td>0</td><td>0.005</td><td>0.01</td><td>0.02</td><td>0.03</td></tr>
 * <tr><td>Sociale aanpak (mens, omgaan)</td><td>coping effort</td><td>0</td><td>1</td><td>2</td><td>3</td><td>4</td></tr>
 * <tr><td>Leefomgeving (fysiek, omgaan)</td><td>coping effort</td><td>0</td><td>0.75</td><td>1.5</td><td>2.25</td><td>3</td></tr>
 * </table>
 * The coping efforts of Sociale aanpak and Leefomgeving add up; {@link ModelParameters#copingFactor(double)}
 * turns the sum into a factor with diminishing returns.
 */
public final class IntensityTable {

	private final Map<Handelingsperspectief, double[]> values;

	private IntensityTable(Map<Handelingsperspectief, double[]> values) {
		this.values = values;
	}

	/** @return the documented default table */
	public static IntensityTable defaults() {
		Map<Handelingsperspectief, double[]> values = new EnumMap<>(Handelingsperspectief.class);
		values.put(Handelingsperspectief.HERPOSITIONERING, new double[] { 0, 0.15, 0.30, 0.45, 0.60 });
		values.put(Handelingsperspectief.WONINGPROGRAMMA, new double[] { 0, 0.005, 0.01, 0.02, 0.03 });
		values.put(Handelingsperspectief.SOCIALE_AANPAK, new double[] { 0, 1, 2, 3, 4 });
		values.put(Handelingsperspectief.LEEFOMGEVING, new double[] { 0, 0.75, 1.5, 2.25, 3 });
		return new IntensityTable(values);
	}

	/**
	 * @param perspective a perspective
	 * @param intensity   an intensity 0–4
	 * @return the parameter value of that perspective at that intensity
	 */
	public double value(Handelingsperspectief perspective, int intensity) {
		return values.get(perspective)[PerspectiveMix.requireIntensity(intensity)];
	}

	/**
	 * @param perspective a perspective
	 * @param intensity   an intensity 0–4
	 * @param value       the new value; a fraction in [0, 1] for Herpositionering and Woningprogramma, an effort
	 *                    &ge; 0 for Sociale aanpak and Leefomgeving
	 * @return an edited copy of this table
	 * @throws IllegalArgumentException when the value is out of range
	 */
	public IntensityTable with(Handelingsperspectief perspective, int intensity, double value) {
		PerspectiveMix.requireIntensity(intensity);
		boolean fraction = perspective == Handelingsperspectief.HERPOSITIONERING
				|| perspective == Handelingsperspectief.WONINGPROGRAMMA;
		if (!(value >= 0) || fraction && value > 1 || Double.isInfinite(value)) {
			throw new IllegalArgumentException(perspective.getLiteral() + " at intensity " + intensity + ": "
					+ (fraction ? "a fraction in [0, 1]" : "an effort >= 0") + " expected, got " + value);
		}
		Map<Handelingsperspectief, double[]> copy = new EnumMap<>(Handelingsperspectief.class);
		values.forEach((key, row) -> copy.put(key, row.clone()));
		copy.get(perspective)[intensity] = value;
		return new IntensityTable(copy);
	}

	/**
	 * @param mix a buurt's mix
	 * @return the sum of the coping efforts of its Sociale aanpak and Leefomgeving
	 */
	public double copingEffort(PerspectiveMix mix) {
		return copingEffort(mix.intensity(Handelingsperspectief.SOCIALE_AANPAK),
				mix.intensity(Handelingsperspectief.LEEFOMGEVING));
	}

	/**
	 * @param mix  a buurt's mix
	 * @param year a calendar year
	 * @return the sum of the coping efforts of its Sociale aanpak and Leefomgeving that act in that year
	 */
	public double copingEffort(PerspectiveMix mix, int year) {
		return copingEffort(mix.intensityIn(Handelingsperspectief.SOCIALE_AANPAK, year),
				mix.intensityIn(Handelingsperspectief.LEEFOMGEVING, year));
	}

	private double copingEffort(int socialeAanpak, int leefomgeving) {
		return value(Handelingsperspectief.SOCIALE_AANPAK, socialeAanpak)
				+ value(Handelingsperspectief.LEEFOMGEVING, leefomgeving);
	}

	@Override
	public boolean equals(Object other) {
		if (!(other instanceof IntensityTable table)) {
			return false;
		}
		for (Handelingsperspectief perspective : Handelingsperspectief.values()) {
			if (!java.util.Arrays.equals(values.get(perspective), table.values.get(perspective))) {
				return false;
			}
		}
		return true;
	}

	@Override
	public int hashCode() {
		int hash = 1;
		for (Handelingsperspectief perspective : Handelingsperspectief.values()) {
			hash = 31 * hash + java.util.Arrays.hashCode(values.get(perspective));
		}
		return hash;
	}
}
