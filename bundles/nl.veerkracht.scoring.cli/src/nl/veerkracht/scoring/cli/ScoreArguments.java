package nl.veerkracht.scoring.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import nl.veerkracht.scoring.engine.Reference;

/**
 * The arguments of the score command:
 * {@code --kwb <file>... --grenzen <layer> [--jaar YYYY] [--gemeente GMxxxx] [--referentie gemeente|alle]
 * --out <dir>}. Options may come in any order; {@code --kwb} takes every following argument up to the next
 * option.
 *
 * @param kwbFiles   the CBS KWB files (StatLine CSV, kwb-YYYY.xlsx, ...), at least one, all readable
 * @param boundaries the buurt boundary layer (GeoJSON or GeoPackage), readable
 * @param year       the year to score, or empty for the latest year in the data
 * @param gemeente   only the buurten of this gemeente, or empty for all buurten in the layer
 * @param reference  the reference the indicators are normalised against
 * @param out        the output directory (created when missing; its parent must exist)
 */
public record ScoreArguments(List<Path> kwbFiles, Path boundaries, OptionalInt year, Optional<String> gemeente,
		Reference reference, Path out) {

	/** The usage text. */
	public static final String USAGE = "veerkracht score --kwb <bestand>... --grenzen <laag> [--jaar JJJJ]"
			+ " [--gemeente GMxxxx] [--referentie gemeente|alle] --out <map>";

	/**
	 * Copies the file list.
	 */
	public ScoreArguments {
		kwbFiles = List.copyOf(kwbFiles);
	}

	/**
	 * Parses and checks the arguments: every option known and given once, values well-formed, input files
	 * readable, the output not an existing file and its parent an existing directory.
	 *
	 * @param args the arguments after the command name
	 * @return the arguments
	 * @throws UsageException naming the argument or file that is wrong
	 */
	public static ScoreArguments parse(String[] args) throws UsageException {
		List<Path> kwb = null;
		Path grenzen = null;
		OptionalInt year = OptionalInt.empty();
		Optional<String> gemeente = Optional.empty();
		Reference reference = null;
		Path out = null;
		int i = 0;
		while (i < args.length) {
			String option = args[i++];
			switch (option) {
			case "--kwb" -> {
				requireFirst(kwb, option);
				kwb = new ArrayList<>();
				while (i < args.length && !args[i].startsWith("--")) {
					kwb.add(readableFile(option, args[i++]));
				}
				if (kwb.isEmpty()) {
					throw new UsageException("--kwb: give at least one KWB file");
				}
			}
			case "--grenzen" -> {
				requireFirst(grenzen, option);
				grenzen = readableFile(option, value(args, i++, option));
			}
			case "--jaar" -> {
				requireFirst(year.isPresent() ? "" : null, option);
				String text = value(args, i++, option);
				if (!text.matches("(19|20)\\d\\d")) {
					throw new UsageException("--jaar: '" + text + "' is not a year (YYYY)");
				}
				year = OptionalInt.of(Integer.parseInt(text));
			}
			case "--gemeente" -> {
				requireFirst(gemeente.orElse(null), option);
				String text = value(args, i++, option).strip().toUpperCase(Locale.ROOT);
				if (!text.matches("GM\\d{4}")) {
					throw new UsageException("--gemeente: '" + text + "' is not a gemeente code (GM and 4 digits, e.g. GM0599)");
				}
				gemeente = Optional.of(text);
			}
			case "--referentie" -> {
				requireFirst(reference, option);
				String text = value(args, i++, option);
				reference = switch (text.toLowerCase(Locale.ROOT)) {
				case "gemeente" -> Reference.GEMEENTE;
				case "alle" -> Reference.ALL;
				default -> throw new UsageException("--referentie: '" + text + "' is not 'gemeente' or 'alle'");
				};
			}
			case "--out" -> {
				requireFirst(out, option);
				out = outputDirectory(value(args, i++, option));
			}
			default -> throw new UsageException("unknown argument '" + option + "'");
			}
		}
		if (kwb == null) {
			throw new UsageException("--kwb is missing: give one or more KWB files");
		}
		if (grenzen == null) {
			throw new UsageException("--grenzen is missing: give the buurt boundary layer (GeoJSON or GeoPackage)");
		}
		if (out == null) {
			throw new UsageException("--out is missing: give the output directory");
		}
		return new ScoreArguments(kwb, grenzen, year, gemeente, reference == null ? Reference.GEMEENTE : reference, out);
	}

	private static void requireFirst(Object previous, String option) throws UsageException {
		if (previous != null) {
			throw new UsageException(option + " is given twice");
		}
	}

	private static String value(String[] args, int index, String option) throws UsageException {
		if (index >= args.length || args[index].startsWith("--")) {
			throw new UsageException(option + " needs a value");
		}
		return args[index];
	}

	private static Path path(String option, String text) throws UsageException {
		try {
			return Path.of(text).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			throw new UsageException(option + ": '" + text + "' is not a valid path");
		}
	}

	private static Path readableFile(String option, String text) throws UsageException {
		Path file = path(option, text);
		if (!Files.exists(file)) {
			throw new UsageException(option + ": file not found: " + file);
		}
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new UsageException(option + ": not a readable file: " + file);
		}
		return file;
	}

	private static Path outputDirectory(String text) throws UsageException {
		Path dir = path("--out", text);
		if (Files.exists(dir) && !Files.isDirectory(dir)) {
			throw new UsageException("--out: " + dir + " exists and is not a directory");
		}
		Path parent = dir.getParent();
		if (parent == null || !Files.isDirectory(parent)) {
			throw new UsageException("--out: the parent directory of " + dir + " does not exist");
		}
		return dir;
	}
}
