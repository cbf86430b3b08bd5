package nl.veerkracht.wijkschets.ui.poster;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.report.poster.PosterContent;
import nl.veerkracht.scoring.ui.SignalMapSession;

/**
 * Gathers what the poster of a wijkschets shows, on the UI thread (where the model and the signal map live): the
 * texts and mix of the wijkschets and the maps of the open signal map. The photo is read later, by a job.
 */
public final class PosterBuilder {

	private PosterBuilder() {
	}

	/**
	 * @param schets the wijkschets
	 * @return the maps framed on its area from the open signal map, if one is open
	 */
	public static Optional<PosterMaps> signalMaps(Wijkschets schets) {
		return SignalMapSession.current().filter(session -> !session.isClosed())
				.map(session -> PosterMaps.of(session.klasseLayer(), session.map().getCrs(), schets.getGebied(),
						session.state().run().years()));
	}

	/**
	 * @param schets       the wijkschets
	 * @param date         the date on the poster
	 * @param participants the participants
	 * @param maps         the maps, if a signal map is open; the inset only when the wijkschets's map setting asks
	 *                     for it (or has none)
	 * @return the poster's content without the photo
	 */
	public static PosterContent content(Wijkschets schets, LocalDate date, List<String> participants,
			Optional<PosterMaps> maps) {
		PosterContent content = PosterContent.of(schets, date, participants);
		if (maps.isPresent()) {
			content = content.withMap(maps.get().main()).withAttribution(maps.get().attribution());
			if (schets.getKaart() == null || schets.getKaart().isSignaalkaartInset()) {
				content = content.withSignalMap(maps.get().inset());
			}
		}
		return content;
	}
}
