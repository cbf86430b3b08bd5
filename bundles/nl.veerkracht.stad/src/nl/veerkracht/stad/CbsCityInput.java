package nl.veerkracht.stad;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.Observation;
import nl.veerkracht.cbs.data.Region;
import nl.veerkracht.cbs.data.RegionCode;
import nl.veerkracht.cbs.data.RegionLevel;

/**
 * Makes the start state of a city from CBS <em>Kerncijfers wijken en buurten</em>, one {@link BuurtStart} per
 * buurt of the gemeente, through {@link SyntheticStock}:
 * <ul>
 * <li>households: {@value #HOUSEHOLDS}; when CBS does not publish it, inhabitants ({@value #INHABITANTS}) divided
 * by the average household size; a buurt with neither, or with no households, is left out and listed as
 * skipped (it has no dwellings the model could let);</li>
 * <li>stock split: the percentages of corporation rent ({@value #CORPORATIE}) and owner-occupied dwellings
 * ({@value #KOOP}), other rent the remainder;</li>
 * <li>vulnerable share: the first of {@link #VULNERABLE_SHARE} the data has for the buurt and year (households
 * with a low income, else households at or below the social minimum), divided by 100.</li>
 * </ul>
 * A missing percentage (CBS suppresses figures of small buurten) takes the documented default and the buurt is
 * listed as estimated; it is never read as zero.
 */
public final class CbsCityInput {

	/** Households ({@code Huishoudens totaal}). */
	public static final String HOUSEHOLDS = "a_hh";
	/** Inhabitants ({@code Aantal inwoners}). */
	public static final String INHABITANTS = "a_inw";
	/** Percentage of dwellings owned by housing corporations. */
	public static final String CORPORATIE = "p_wcorpw";
	/** Percentage of owner-occupied dwellings. */
	public static final String KOOP = "p_koopw";
	/**
	 * The percentages that give the vulnerable share, in order of preference: households with a low income
	 * ({@code p_hh_lkk}), households at or below the social minimum ({@code p_hh_osm}).
	 */
	public static final List<String> VULNERABLE_SHARE = List.of("p_hh_lkk", "p_hh_osm");

	private final SyntheticStock synthetic;

	/** @param parameters the model parameters, whose inflow shares give the default vulnerable share */
	public CbsCityInput(ModelParameters parameters) {
		this.synthetic = new SyntheticStock(Objects.requireNonNull(parameters, "parameters"));
	}

	/**
	 * @param data     the CBS figures
	 * @param gemeente the gemeente code (e.g. {@code GM0599}); empty takes every buurt of the data
	 * @param year     the start year; its figures are used
	 * @return the city input with the skipped and estimated buurten
	 * @throws IllegalArgumentException when no buurt of the gemeente has households in that year
	 */
	public CityInput read(CbsData data, Optional<String> gemeente, int year) {
		Optional<RegionCode> gemeenteCode = gemeente.map(RegionCode::of);
		List<BuurtStart> buurten = new ArrayList<>();
		List<SkippedBuurt> skipped = new ArrayList<>();
		Set<String> estimated = new HashSet<>();
		for (Region region : data.regions(RegionLevel.BUURT)) {
			if (gemeenteCode.isPresent() && !region.code().within(RegionLevel.GEMEENTE).equals(gemeenteCode.get())) {
				continue;
			}
			String code = region.code().code();
			OptionalDouble households = value(data, region.code(), HOUSEHOLDS, year);
			OptionalDouble inhabitants = value(data, region.code(), INHABITANTS, year);
			if (households.isEmpty() && inhabitants.isEmpty()) {
				skipped.add(new SkippedBuurt(code, region.name(), "geen huishoudens of inwoners bekend in " + year));
				continue;
			}
			OptionalInt householdCount = households.isPresent()
					? OptionalInt.of((int) Math.round(households.getAsDouble()))
					: OptionalInt.empty();
			int inhabitantCount = (int) Math.round(inhabitants.orElse(0));
			if (householdCount.orElse((int) Math.round(inhabitantCount / SyntheticStock.DEFAULT_HOUSEHOLD_SIZE)) < 1) {
				skipped.add(new SkippedBuurt(code, region.name(), "geen huishoudens in " + year));
				continue;
			}
			OptionalDouble corporatie = value(data, region.code(), CORPORATIE, year);
			OptionalDouble koop = value(data, region.code(), KOOP, year);
			OptionalDouble share = vulnerableShare(data, region.code(), year);
			if (households.isEmpty() || corporatie.isEmpty() || koop.isEmpty() || share.isEmpty()) {
				estimated.add(code);
			}
			buurten.add(synthetic.buurt(code, region.name(), inhabitantCount, householdCount, corporatie, koop, share));
		}
		if (buurten.isEmpty()) {
			throw new IllegalArgumentException("no buurt " + gemeente.map(g -> "of " + g + " ").orElse("")
					+ "has households or inhabitants in " + year);
		}
		return new CityInput(new StadInput(year, buurten), skipped, estimated);
	}

	private static OptionalDouble vulnerableShare(CbsData data, RegionCode region, int year) {
		for (String variable : VULNERABLE_SHARE) {
			OptionalDouble percentage = value(data, region, variable, year);
			if (percentage.isPresent()) {
				return OptionalDouble.of(Math.max(0, Math.min(100, percentage.getAsDouble())) / 100);
			}
		}
		return OptionalDouble.empty();
	}

	private static OptionalDouble value(CbsData data, RegionCode region, String variable, int year) {
		return data.observation(region, variable, year).map(Observation::value).orElse(OptionalDouble.empty());
	}
}
