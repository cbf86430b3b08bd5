package nl.veerkracht.notitie;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import nl.veerkracht.report.document.Chapter;

/**
 * Everything the notitie shows, detached from the model and the simulation: its title page and its numbered
 * chapters. Both writers render exactly these chapters, so the PDF and the DOCX have the same content and numbering.
 *
 * @param title the title, e.g. "Stadsbrede notitie"
 * @param cityName the city, e.g. "Veerhaven"
 * @param scenarioName the scenario compared with the baseline
 * @param startYear the start year of the outlook
 * @param endYear its horizon
 * @param madeOn the day it was made
 * @param chapters the chapters, numbered from 1
 * @param warnings what the user should know about how it was made, in Dutch (e.g. a photo that could not be read);
 *        not part of the document
 */
public record NotitieContent(String title, String cityName, String scenarioName, int startYear, int endYear,
		LocalDate madeOn, List<Chapter> chapters, List<String> warnings) {

	/** Checks the arguments and copies the lists. */
	public NotitieContent {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(cityName, "cityName");
		Objects.requireNonNull(scenarioName, "scenarioName");
		Objects.requireNonNull(madeOn, "madeOn");
		chapters = List.copyOf(chapters);
		warnings = List.copyOf(warnings);
	}

	/** @return the subtitle under the title, e.g. "Veerhaven · scenario "wijkschetsen" tegen niets extra doen, 2024–2034" */
	public String subtitle() {
		return cityName + " \u00b7 scenario \u201c" + scenarioName + "\u201d tegen niets extra doen, " + startYear + "\u2013"
				+ endYear;
	}

	/** @return the text at the left of every footer */
	public String footerTitle() {
		return title + " " + cityName + " \u00b7 " + startYear + "\u2013" + endYear;
	}
}
