package nl.veerkracht.notitie.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.stad.Cause;
import nl.veerkracht.stad.PerspectiveMix;
import nl.veerkracht.stad.WaterbedEffect;

/**
 * One row of the waterbed table: a buurt in the first year it comes into a worse class than in "niets extra doen"
 * through choices elsewhere, with the households that caused it, by perspective and origin, and the mix's answer.
 *
 * @param number its number in the table and on the map, from 1
 * @param effect the waterbed effect
 * @param households the vulnerable households from elsewhere that caused it
 * @param perPerspective those households per perspective that sent them, most first
 * @param perOrigin those households per buurt they came from (code), most first
 * @param answer what the mix does in the buurt to cope: {@link Answer}
 */
public record WaterbedRow(int number, WaterbedEffect effect, int households,
		List<Map.Entry<Handelingsperspectief, Integer>> perPerspective, List<Map.Entry<String, Integer>> perOrigin,
		Answer answer) {

	/** How the mix of the scenario answers a waterbed effect in the buurt itself. */
	public enum Answer {
		/** Neither sociale aanpak nor leefomgeving. */
		GEEN("geen"),
		/** Sociale aanpak only. */
		SOCIALE_AANPAK("sociale aanpak"),
		/** Leefomgeving only. */
		LEEFOMGEVING("leefomgeving"),
		/** Both coping perspectives. */
		BEIDE("beide");

		private final String word;

		Answer(String word) {
			this.word = word;
		}

		/** @return the answer in a word or two, as the table prints it */
		public String word() {
			return word;
		}

		/**
		 * @param mix the mix in the buurt
		 * @return the answer it gives
		 */
		public static Answer of(PerspectiveMix mix) {
			boolean social = mix.intensity(Handelingsperspectief.SOCIALE_AANPAK) > 0;
			boolean living = mix.intensity(Handelingsperspectief.LEEFOMGEVING) > 0;
			if (social && living) {
				return BEIDE;
			}
			return social ? SOCIALE_AANPAK : living ? LEEFOMGEVING : GEEN;
		}
	}

	/** Checks the parts and copies the lists. */
	public WaterbedRow {
		Objects.requireNonNull(effect, "effect");
		Objects.requireNonNull(answer, "answer");
		perPerspective = List.copyOf(perPerspective);
		perOrigin = List.copyOf(perOrigin);
	}

	/**
	 * @param number the row's number
	 * @param effect the effect
	 * @param mix the scenario's mix in the buurt
	 * @return the row, causes summed per perspective and per origin, largest first (ties by perspective order and
	 *         code)
	 */
	public static WaterbedRow of(int number, WaterbedEffect effect, PerspectiveMix mix) {
		Map<Handelingsperspectief, Integer> perspectives = new EnumMap<>(Handelingsperspectief.class);
		Map<String, Integer> origins = new HashMap<>();
		int total = 0;
		for (Map.Entry<Cause, Integer> cause : effect.causes().entrySet()) {
			perspectives.merge(cause.getKey().perspective(), cause.getValue(), Integer::sum);
			origins.merge(cause.getKey().originCode(), cause.getValue(), Integer::sum);
			total += cause.getValue();
		}
		List<Map.Entry<Handelingsperspectief, Integer>> byPerspective = new ArrayList<>(
				perspectives.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList());
		byPerspective.sort(Map.Entry.<Handelingsperspectief, Integer>comparingByValue().reversed()
				.thenComparing(Map.Entry.comparingByKey()));
		List<Map.Entry<String, Integer>> byOrigin = new ArrayList<>(origins.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList());
		byOrigin.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
		return new WaterbedRow(number, effect, total, byPerspective, byOrigin, Answer.of(mix));
	}

	/** @return the perspective that sent most of the households, or null without causes */
	public Handelingsperspectief mainPerspective() {
		return perPerspective.isEmpty() ? null : perPerspective.get(0).getKey();
	}
}
