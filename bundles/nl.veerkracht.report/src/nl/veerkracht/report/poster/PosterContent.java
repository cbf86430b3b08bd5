package nl.veerkracht.report.poster;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.veerkracht.model.Dilemma;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.Sleutelproject;
import nl.veerkracht.model.StatusBeoordeling;
import nl.veerkracht.model.Wijkschets;

/**
 * Everything one wijkschets poster shows, detached from the model so that it can be drawn on any thread.
 *
 * @param title the title, usually the name of the wijk
 * @param date the date of the workshop
 * @param participants the names of the participants
 * @param probleemanalyse the problem analysis, possibly empty
 * @param definitieVanSucces the success definition, possibly empty
 * @param status the status notes: aspect with rating as title, the note as text
 * @param sleutelprojecten the key projects: name as title, owner, status and years as text
 * @param mix the rated handelingsperspectieven
 * @param dilemmas the dilemmas: title and description
 * @param photo the photo, if any
 * @param map the main map, if any
 * @param signalMap the signal-map inset, if any
 * @param attribution the source attribution printed in the footer (e.g. CBS, CC BY 4.0), possibly empty
 */
public record PosterContent(String title, LocalDate date, List<String> participants, String probleemanalyse,
		String definitieVanSucces, List<PosterItem> status, List<PosterItem> sleutelprojecten,
		List<MixEntry> mix, List<PosterItem> dilemmas, Optional<BufferedImage> photo, Optional<PosterMap> map,
		Optional<PosterMap> signalMap, String attribution) {

	/**
	 * Copies the lists and replaces missing texts by empty ones.
	 */
	public PosterContent {
		if (date == null) {
			throw new IllegalArgumentException("a poster needs a date");
		}
		title = text(title);
		participants = List.copyOf(participants);
		probleemanalyse = text(probleemanalyse);
		definitieVanSucces = text(definitieVanSucces);
		status = List.copyOf(status);
		sleutelprojecten = List.copyOf(sleutelprojecten);
		mix = List.copyOf(mix);
		dilemmas = List.copyOf(dilemmas);
		photo = photo == null ? Optional.empty() : photo;
		map = map == null ? Optional.empty() : map;
		signalMap = signalMap == null ? Optional.empty() : signalMap;
		attribution = text(attribution);
	}

	/**
	 * Takes the texts and lists of a wijkschets; photo, maps and attribution are added with the {@code with...}
	 * methods.
	 *
	 * @param schets the wijkschets
	 * @param date the date of the workshop
	 * @param participants the names of the participants
	 * @return the content without photo, maps and attribution
	 */
	public static PosterContent of(Wijkschets schets, LocalDate date, List<String> participants) {
		String title = schets.getGebied() != null && schets.getGebied().getName() != null
				? schets.getGebied().getName()
				: schets.getName();
		List<PosterItem> status = new ArrayList<>();
		for (StatusBeoordeling beoordeling : schets.getStatusBeoordelingen()) {
			String aspect = beoordeling.getAspect() == null ? "" : beoordeling.getAspect().getLiteral();
			String rating = beoordeling.isSetRating() && beoordeling.getRating() != null
					? beoordeling.getRating().getLiteral()
					: PosterTexts.NIET_INGEVULD;
			status.add(new PosterItem(aspect + ": " + rating, beoordeling.getNote()));
		}
		List<PosterItem> projects = new ArrayList<>();
		for (Sleutelproject project : schets.getSleutelprojecten()) {
			projects.add(new PosterItem(project.getName(), projectDetails(project)));
		}
		List<MixEntry> mix = new ArrayList<>();
		for (PerspectiefInzet inzet : schets.getPerspectiefMix()) {
			if (inzet.getPerspective() != null) {
				mix.add(new MixEntry(inzet.getPerspective(), inzet.getIntensity(), inzet.getRationale()));
			}
		}
		List<PosterItem> dilemmas = new ArrayList<>();
		for (Dilemma dilemma : schets.getDilemmas()) {
			dilemmas.add(new PosterItem(dilemma.getTitle(), dilemma.getDescription()));
		}
		return new PosterContent(title, date, participants, schets.getProbleemanalyse(),
				schets.getDefinitieVanSucces(), status, projects, mix, dilemmas,
				Optional.empty(), Optional.empty(), Optional.empty(), "");
	}

	/**
	 * @param image the photo
	 * @return this content with the photo
	 */
	public PosterContent withPhoto(BufferedImage image) {
		return new PosterContent(title, date, participants, probleemanalyse, definitieVanSucces, status,
				sleutelprojecten, mix, dilemmas, Optional.of(image), map, signalMap, attribution);
	}

	/**
	 * @param mainMap the main map
	 * @return this content with the main map
	 */
	public PosterContent withMap(PosterMap mainMap) {
		return new PosterContent(title, date, participants, probleemanalyse, definitieVanSucces, status,
				sleutelprojecten, mix, dilemmas, photo, Optional.of(mainMap), signalMap, attribution);
	}

	/**
	 * @param inset the signal map drawn as an inset in a corner of the main map
	 * @return this content with the inset
	 */
	public PosterContent withSignalMap(PosterMap inset) {
		return new PosterContent(title, date, participants, probleemanalyse, definitieVanSucces, status,
				sleutelprojecten, mix, dilemmas, photo, map, Optional.of(inset), attribution);
	}

	/**
	 * @param text the attribution, e.g. {@code Attribution.cbs()} when CBS data is shown, or
	 *        {@link PosterTexts#FICTIEF} for the demo
	 * @return this content with the attribution
	 */
	public PosterContent withAttribution(String text) {
		return new PosterContent(title, date, participants, probleemanalyse, definitieVanSucces, status,
				sleutelprojecten, mix, dilemmas, photo, map, signalMap, text);
	}

	/**
	 * @param text the new problem analysis
	 * @return this content with another problem analysis
	 */
	public PosterContent withProbleemanalyse(String text) {
		return new PosterContent(title, date, participants, text, definitieVanSucces, status,
				sleutelprojecten, mix, dilemmas, photo, map, signalMap, attribution);
	}

	private static String projectDetails(Sleutelproject project) {
		List<String> parts = new ArrayList<>();
		if (project.getOwner() != null && !project.getOwner().isBlank()) {
			parts.add(project.getOwner().strip());
		}
		if (project.getStatus() != null) {
			parts.add(project.getStatus().getLiteral());
		}
		Integer start = project.getStartYear();
		Integer end = project.getEndYear();
		if (start != null || end != null) {
			parts.add((start == null ? "?" : start.toString()) + "\u2013" + (end == null ? "?" : end.toString()));
		}
		return String.join(", ", parts);
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}
}
