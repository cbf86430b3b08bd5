package nl.veerkracht.stad;

import java.util.OptionalDouble;
import java.util.OptionalInt;

import nl.veerkracht.stad.internal.LargestRemainder;

/**
 * Builds a synthetic but plausible {@link BuurtStart} from CBS-like buurt figures (Kerncijfers wijken en
 * buurten), for buurten whose files lack a stock split. Rules, with their documented defaults:
 * <ul>
 * <li>households: as given; otherwise inhabitants / {@link #DEFAULT_HOUSEHOLD_SIZE} (2.1, about the Dutch
 * average household size), rounded;</li>
 * <li>dwellings: one per household (every dwelling occupied);</li>
 * <li>segments: the given percentages of corporation rent ({@code In bezit woningcorporatie}) and owner-occupied
 * ({@code Koopwoningen}), other rent the remainder; a missing percentage takes its national default
 * ({@link #DEFAULT_CORPORATIE_PERCENTAGE} 29%, {@link #DEFAULT_KOOP_PERCENTAGE} 57%), scaled down when the two
 * together exceed 100%;</li>
 * <li>vulnerable share: as given (e.g. the share of households with a low income); otherwise the stock-weighted
 * vulnerable inflow shares of the parameters (the share the buurt would tend to under its allocation).</li>
 * </ul>
 */
public final class SyntheticStock {

	/** Persons per household when only inhabitants are known. */
	public static final double DEFAULT_HOUSEHOLD_SIZE = 2.1;
	/** Percentage of corporation rent when unknown. */
	public static final double DEFAULT_CORPORATIE_PERCENTAGE = 29;
	/** Percentage of owner-occupied dwellings when unknown. */
	public static final double DEFAULT_KOOP_PERCENTAGE = 57;

	private final ModelParameters parameters;

	/** @param parameters the parameters whose inflow shares give the default vulnerable share */
	public SyntheticStock(ModelParameters parameters) {
		this.parameters = parameters;
	}

	/**
	 * @param code                  the buurt code
	 * @param name                  the buurt name
	 * @param inhabitants           inhabitants, used when households are unknown
	 * @param households            households, when known
	 * @param corporatiePercentage  percentage of dwellings owned by housing corporations, when known
	 * @param koopPercentage        percentage of owner-occupied dwellings, when known
	 * @param vulnerableShare       share of vulnerable households in [0, 1], when known
	 * @return the start state of the buurt
	 * @throws IllegalArgumentException when a figure is negative or a percentage exceeds 100
	 */
	public BuurtStart buurt(String code, String name, int inhabitants, OptionalInt households,
			OptionalDouble corporatiePercentage, OptionalDouble koopPercentage, OptionalDouble vulnerableShare) {
		if (inhabitants < 0) {
			throw new IllegalArgumentException(code + ": inhabitants must be >= 0: " + inhabitants);
		}
		int householdCount = households.isPresent() ? households.getAsInt()
				: (int) Math.round(inhabitants / DEFAULT_HOUSEHOLD_SIZE);
		double corporatie = percentage(code, corporatiePercentage, DEFAULT_CORPORATIE_PERCENTAGE);
		double koop = percentage(code, koopPercentage, DEFAULT_KOOP_PERCENTAGE);
		if (corporatie + koop > 100) {
			double scale = 100 / (corporatie + koop);
			corporatie *= scale;
			koop *= scale;
		}
		double[] split = { corporatie, 100 - corporatie - koop, koop };
		int[] dwellings = LargestRemainder.apportion(householdCount, split, null);
		SegmentValues stock = new SegmentValues(dwellings[0], dwellings[1], dwellings[2]);
		double share = vulnerableShare.isPresent() ? vulnerableShare.getAsDouble() : defaultShare(split);
		return new BuurtStart(code, name, stock, householdCount, share);
	}

	private double defaultShare(double[] split) {
		double[] inflow = parameters.vulnerableInflowShare().toArray();
		double share = 0;
		for (int s = 0; s < split.length; s++) {
			share += split[s] / 100 * inflow[s];
		}
		return share;
	}

	private static double percentage(String code, OptionalDouble value, double fallback) {
		double result = value.orElse(fallback);
		if (!(result >= 0 && result <= 100)) {
			throw new IllegalArgumentException(code + ": a percentage must lie in [0, 100]: " + result);
		}
		return result;
	}
}
