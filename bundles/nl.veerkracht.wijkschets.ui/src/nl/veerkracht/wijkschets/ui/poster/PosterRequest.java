package nl.veerkracht.wijkschets.ui.poster;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What the user asked for in the poster dialog.
 *
 * @param file         the file to write, absolute
 * @param format       PDF or PNG
 * @param date         the date printed on the poster
 * @param participants the participants, one name per entry, without blank ones
 * @param dpi          the resolution of a PNG, dots per inch
 */
public record PosterRequest(Path file, PosterFormat format, LocalDate date, List<String> participants, int dpi) {

	/** Copies the participants. */
	public PosterRequest {
		participants = List.copyOf(participants);
	}
}
