package nl.veerkracht.stad;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.veerkracht.model.Handelingsperspectief;

/**
 * The model parameters of an analysis as a plain text file beside it ({@code rotterdam.veerkracht} →
 * {@code rotterdam.stadmodel}), so that the analyst can edit the documented table, a comparison can be repeated
 * with the same parameters, and the file can be read and versioned without the workbench. Lines are
 * {@code key = value}; {@code #} starts a comment. Keys (a missing key keeps its default):
 * <ul>
 * <li>{@code doorstroom.corporatiehuur|overige_huur|koop}: turnover per segment, a fraction;</li>
 * <li>{@code instroom_kwetsbaar.<segment>}: vulnerable share of the inflow per segment, a fraction;</li>
 * <li>{@code vervanging.<segment>}: split of replacement dwellings, fractions summing to 1;</li>
 * <li>{@code concentratie_exponent}, {@code maximale_opvang}, {@code opvang_snelheid}: see
 * {@link ModelParameters};</li>
 * <li>{@code intensiteit.herpositionering|woningprogramma|sociale_aanpak|leefomgeving}: five values for the
 * intensities 0–4, separated by spaces (see {@link IntensityTable}).</li>
 * </ul>
 * Numbers use a decimal point. An unknown key, a bad number or a value out of range is an error naming the file
 * and line; nothing is guessed.
 */
public final class ModelParameterFile {

	/** The extension of the file beside the analysis. */
	public static final String EXTENSION = "stadmodel";

	private static final String[] SEGMENT_KEYS = { "corporatiehuur", "overige_huur", "koop" };

	private ModelParameterFile() {
	}

	/**
	 * @param analyseFile an analysis file, e.g. {@code rotterdam.veerkracht}
	 * @return the parameter file beside it, e.g. {@code rotterdam.stadmodel}
	 */
	public static Path besideAnalyse(Path analyseFile) {
		String name = analyseFile.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return analyseFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "." + EXTENSION);
	}

	/**
	 * @param file a parameter file
	 * @return its parameters; the defaults when the file does not exist
	 * @throws ParameterFileException when it cannot be read or holds an error
	 */
	public static ModelParameters readOrDefaults(Path file) throws ParameterFileException {
		return Files.exists(file) ? read(file) : ModelParameters.defaults();
	}

	/**
	 * @param file a parameter file
	 * @return its parameters, the defaults for keys it lacks
	 * @throws ParameterFileException when it cannot be read or holds an error
	 */
	public static ModelParameters read(Path file) throws ParameterFileException {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new ParameterFileException(file, 0, "kan niet worden gelezen (" + e.getMessage() + ")", e);
		}
		Map<String, double[]> values = new LinkedHashMap<>();
		Map<String, Integer> lineOf = new LinkedHashMap<>();
		Set<String> known = knownKeys();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int equals = line.indexOf('=');
			if (equals < 0) {
				throw new ParameterFileException(file, i + 1, "'sleutel = waarde' verwacht: " + line, null);
			}
			String key = line.substring(0, equals).strip().toLowerCase(Locale.ROOT);
			if (!known.contains(key)) {
				throw new ParameterFileException(file, i + 1, "onbekende sleutel '" + key + "'", null);
			}
			if (lineOf.containsKey(key)) {
				throw new ParameterFileException(file, i + 1, "'" + key + "' staat er al op regel " + lineOf.get(key), null);
			}
			values.put(key, numbers(file, i + 1, key, line.substring(equals + 1).strip()));
			lineOf.put(key, i + 1);
		}
		return parameters(file, values, lineOf);
	}

	private static double[] numbers(Path file, int line, String key, String text) throws ParameterFileException {
		String[] parts = text.isEmpty() ? new String[0] : text.split("\\s+");
		int expected = key.startsWith("intensiteit.") ? PerspectiveMix.MAX_INTENSITY + 1 : 1;
		if (parts.length != expected) {
			throw new ParameterFileException(file, line, "'" + key + "' verwacht " + expected
					+ (expected == 1 ? " getal" : " getallen (intensiteit 0 t/m 4)") + ", gevonden: '" + text + "'", null);
		}
		double[] result = new double[parts.length];
		for (int p = 0; p < parts.length; p++) {
			try {
				result[p] = Double.parseDouble(parts[p]);
			} catch (NumberFormatException e) {
				throw new ParameterFileException(file, line, "'" + parts[p] + "' is geen getal (gebruik een decimale punt)", e);
			}
			if (!Double.isFinite(result[p])) {
				throw new ParameterFileException(file, line, "'" + parts[p] + "' is geen eindig getal", null);
			}
		}
		return result;
	}

	private static ModelParameters parameters(Path file, Map<String, double[]> values, Map<String, Integer> lineOf)
			throws ParameterFileException {
		// one group at a time, each checked by the record's own rules, so an error names the line it comes from
		ModelParameters p = ModelParameters.defaults();
		String current = "doorstroom.";
		try {
			p = p.withTurnover(segments(values, current, p.turnover()));
			current = "instroom_kwetsbaar.";
			p = p.withVulnerableInflowShare(segments(values, current, p.vulnerableInflowShare()));
			current = "vervanging.";
			p = new ModelParameters(p.turnover(), p.vulnerableInflowShare(), segments(values, current, p.replacementShares()),
					p.concentrationExponent(), p.maxCopingReduction(), p.copingRate(), p.intensities());
			current = "concentratie_exponent";
			p = new ModelParameters(p.turnover(), p.vulnerableInflowShare(), p.replacementShares(),
					single(values, current, p.concentrationExponent()), p.maxCopingReduction(), p.copingRate(),
					p.intensities());
			current = "maximale_opvang";
			p = new ModelParameters(p.turnover(), p.vulnerableInflowShare(), p.replacementShares(),
					p.concentrationExponent(), single(values, current, p.maxCopingReduction()), p.copingRate(),
					p.intensities());
			current = "opvang_snelheid";
			p = p.withCopingRate(single(values, current, p.copingRate()));
			IntensityTable table = p.intensities();
			for (Handelingsperspectief perspective : Handelingsperspectief.values()) {
				current = intensityKey(perspective);
				double[] row = values.get(current);
				for (int intensity = 0; row != null && intensity < row.length; intensity++) {
					table = table.with(perspective, intensity, row[intensity]);
				}
			}
			return p.withIntensities(table);
		} catch (IllegalArgumentException e) {
			throw new ParameterFileException(file, firstLine(lineOf, current), "ongeldige waarde: " + e.getMessage(), e);
		}
	}

	private static int firstLine(Map<String, Integer> lineOf, String prefix) {
		int first = 0;
		for (Map.Entry<String, Integer> entry : lineOf.entrySet()) {
			if (entry.getKey().startsWith(prefix) && (first == 0 || entry.getValue() < first)) {
				first = entry.getValue();
			}
		}
		return first;
	}

	private static SegmentValues segments(Map<String, double[]> values, String prefix, SegmentValues defaults) {
		double[] result = defaults.toArray();
		for (int s = 0; s < SEGMENT_KEYS.length; s++) {
			double[] value = values.get(prefix + SEGMENT_KEYS[s]);
			if (value != null) {
				result[s] = value[0];
			}
		}
		return SegmentValues.of(result);
	}

	private static double single(Map<String, double[]> values, String key, double fallback) {
		double[] value = values.get(key);
		return value == null ? fallback : value[0];
	}

	/**
	 * Writes every parameter with a comment on what it means; replaces the file in one step, so a failed write
	 * leaves the old file as it was.
	 *
	 * @param parameters the parameters
	 * @param file       the file
	 * @throws ParameterFileException when it cannot be written
	 */
	public static void write(ModelParameters parameters, Path file) throws ParameterFileException {
		List<String> lines = new ArrayList<>();
		lines.add("# Veerkracht Workbench: parameters van het stadsmodel (impact op de hele stad)");
		lines.add("# Fracties als decimaal getal met een punt; een ontbrekende sleutel krijgt de standaardwaarde.");
		lines.add("");
		lines.add("# Doorstroom: aandeel bewoonde woningen dat per jaar vrijkomt, per segment");
		segmentLines(lines, "doorstroom.", parameters.turnover());
		lines.add("# Aandeel kwetsbare huishoudens onder de nieuwe bewoners, per segment");
		segmentLines(lines, "instroom_kwetsbaar.", parameters.vulnerableInflowShare());
		lines.add("# Verdeling van vervangende woningen bij herstructurering (samen 1)");
		segmentLines(lines, "vervanging.", parameters.replacementShares());
		lines.add("# Verwachte problemen = 100 x aandeel^exponent x opvangfactor");
		lines.add("concentratie_exponent = " + number(parameters.concentrationExponent()));
		lines.add("# Opvangfactor = 1 - maximale_opvang x (1 - e^(-opvang_snelheid x inzet))");
		lines.add("maximale_opvang = " + number(parameters.maxCopingReduction()));
		lines.add("opvang_snelheid = " + number(parameters.copingRate()));
		lines.add("");
		lines.add("# Intensiteitstabel: waarde bij intensiteit 0 1 2 3 4");
		lines.add("# herpositionering: deel van de kwetsbare instroom dat naar andere buurten gaat");
		lines.add("# woningprogramma: deel van de corporatievoorraad dat per jaar wordt geherstructureerd");
		lines.add("# sociale_aanpak, leefomgeving: opvanginzet (telt op)");
		for (Handelingsperspectief perspective : Handelingsperspectief.values()) {
			StringBuilder row = new StringBuilder(intensityKey(perspective)).append(" =");
			for (int intensity = 0; intensity <= PerspectiveMix.MAX_INTENSITY; intensity++) {
				row.append(' ').append(number(parameters.intensities().value(perspective, intensity)));
			}
			lines.add(row.toString());
		}
		try {
			Path parent = file.toAbsolutePath().getParent();
			Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
			try {
				Files.write(temporary, lines, StandardCharsets.UTF_8);
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} finally {
				Files.deleteIfExists(temporary);
			}
		} catch (IOException e) {
			throw new ParameterFileException(file, 0, "kan niet worden geschreven (" + e.getMessage() + ")", e);
		}
	}

	private static void segmentLines(List<String> lines, String prefix, SegmentValues values) {
		double[] array = values.toArray();
		for (int s = 0; s < SEGMENT_KEYS.length; s++) {
			lines.add(prefix + SEGMENT_KEYS[s] + " = " + number(array[s]));
		}
	}

	private static String number(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
	}

	private static String intensityKey(Handelingsperspectief perspective) {
		return "intensiteit." + perspective.getName().toLowerCase(Locale.ROOT);
	}

	private static Set<String> knownKeys() {
		Set<String> keys = new HashSet<>(List.of("concentratie_exponent", "maximale_opvang", "opvang_snelheid"));
		for (String prefix : List.of("doorstroom.", "instroom_kwetsbaar.", "vervanging.")) {
			for (String segment : SEGMENT_KEYS) {
				keys.add(prefix + segment);
			}
		}
		for (Handelingsperspectief perspective : Handelingsperspectief.values()) {
			keys.add(intensityKey(perspective));
		}
		return keys;
	}
}
