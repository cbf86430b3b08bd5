package nl.veerkracht.stad.ui.notitie;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Where a notitie goes: a new folder per notitie under the analysis's project ({@code Notities/<scenario> <date>},
 * with " (2)", " (3)" … when it exists), so a notitie the staff already finished in Word is never overwritten.
 */
final class NotitieFolders {

	private NotitieFolders() {
	}

	/**
	 * @param notities the folder that holds the notities
	 * @param scenario the scenario set against the baseline
	 * @param date     the day
	 * @return a new, empty folder
	 * @throws IOException when it cannot be made
	 */
	static Path create(Path notities, String scenario, LocalDate date) throws IOException {
		Files.createDirectories(notities);
		String base = scenario.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip() + " " + date;
		Path folder = notities.resolve(base);
		for (int n = 2; Files.exists(folder); n++) {
			folder = notities.resolve(base + " (" + n + ")");
		}
		return Files.createDirectory(folder);
	}
}
