package nl.veerkracht.notitie.internal;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.veerkracht.model.BuurtVerfijning;
import nl.veerkracht.model.Maatregel;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.Sleutelproject;
import nl.veerkracht.model.Wijkschets;
import nl.veerkracht.model.method.Intensiteit;
import nl.veerkracht.report.document.Block;
import nl.veerkracht.report.document.Cell;
import nl.veerkracht.report.document.Chapter;
import nl.veerkracht.report.document.Column;
import nl.veerkracht.report.document.PhotoFigure;
import nl.veerkracht.report.poster.MixEntry;
import nl.veerkracht.report.poster.PosterContent;
import nl.veerkracht.report.poster.PosterItem;
import nl.veerkracht.report.poster.PosterTexts;
import nl.veerkracht.stad.BuurtYear;
import nl.veerkracht.stad.SensitivityResult;

/**
 * A chapter per wijkschets: what its poster shows (its photo, bevolking, status, probleemanalyse, definitie van
 * succes, sleutelprojecten, the mix with intensity words, rationale and measures, dilemma's) and the numeric outlook
 * of its buurten in the baseline and the scenario, with bands; with the buurt geometries a map of its buurten in
 * the scenario's class at the horizon.
 */
public final class WijkChapter {

	/** The heading of the population notes. */
	public static final String BEVOLKING = "Bevolking";
	/** The heading of the outlook of the buurten. */
	public static final String VOORUITZICHT = "Vooruitzicht van de buurten";
	/** What an empty text of the wijkschets prints as. */
	public static final String NIET_INGEVULD = "(" + PosterTexts.NIET_INGEVULD + ")";

	/** How the caption of the wijkschets's photo starts; the wijk's name follows. */
	public static final String PHOTO_CAPTION = "Foto uit de wijkschets van ";

	private WijkChapter() {
	}

	/**
	 * @param number the chapter number
	 * @param context the notitie's input
	 * @param schets the wijkschets
	 * @param buurten the codes of its buurten in the city
	 * @param photo the wijkschets's photo, if it has one that could be read
	 * @return the chapter
	 */
	public static Chapter build(int number, NotitieContext context, Wijkschets schets, Set<String> buurten,
			Optional<BufferedImage> photo) {
		PosterContent poster = PosterContent.of(schets, LocalDate.now(), List.of());
		List<Block> blocks = new ArrayList<>();
		photo.ifPresent(image -> blocks.add(new PhotoFigure(image, PHOTO_CAPTION + NotitieContext.title(schets) + ".")));
		// the map first, as on the poster: the chapter starts a page, so it never leaves a heading behind
		NotitieMaps.wijk(context, buurten, "De buurten van " + NotitieContext.title(schets) + " in " + context.end()
				+ " met het scenario \u201c" + context.scenario().scenario().name() + "\u201d, in de kleuren van de "
				+ "signaleringskaart; de buurten eromheen in lichtgrijs.").ifPresent(blocks::add);
		blocks.add(new Block.Heading(BEVOLKING));
		text(blocks, schets.getBevolking());
		blocks.add(new Block.Heading(PosterTexts.STATUS));
		List<List<Cell>> status = new ArrayList<>();
		for (PosterItem item : poster.status()) {
			int colon = item.title().indexOf(": ");
			String aspect = colon < 0 ? item.title() : item.title().substring(0, colon);
			String rating = colon < 0 ? "" : item.title().substring(colon + 2);
			status.add(List.of(Cell.of(BalanceChapter.capital(aspect)), Cell.of(rating), Cell.of(orDash(item.text()))));
		}
		blocks.add(new Block.Table(List.of(new Column("Aspect", 1.6f, false), new Column("Oordeel", 1, false),
				Column.wrapping("Toelichting", 3.4f)), status, "(geen oordelen)"));
		blocks.add(new Block.Heading(PosterTexts.PROBLEEMANALYSE));
		text(blocks, poster.probleemanalyse());
		blocks.add(new Block.Heading(PosterTexts.DEFINITIE_VAN_SUCCES));
		text(blocks, poster.definitieVanSucces());
		blocks.add(new Block.Heading(PosterTexts.SLEUTELPROJECTEN));
		blocks.add(projects(schets));
		blocks.add(new Block.Heading(PosterTexts.PERSPECTIEFMIX));
		blocks.addAll(mix(schets, poster));
		blocks.add(new Block.Heading("Dilemma's"));
		List<String> dilemmas = new ArrayList<>();
		for (PosterItem item : poster.dilemmas()) {
			dilemmas.add(join(item.title(), item.text()));
		}
		blocks.add(dilemmas.isEmpty() ? new Block.Paragraph(NIET_INGEVULD) : new Block.Bullets(dilemmas));
		blocks.add(new Block.Heading(VOORUITZICHT));
		blocks.addAll(outlook(context, buurten));
		return new Chapter(number, NotitieContext.title(schets), blocks);
	}

	/** Adds a text of the wijkschets as the editor keeps it: paragraphs, and "• " lines as bullets. */
	private static void text(List<Block> blocks, String text) {
		if (text == null || text.isBlank()) {
			blocks.add(new Block.Paragraph(NIET_INGEVULD));
			return;
		}
		List<String> bullets = new ArrayList<>();
		for (String line : text.split("\\R")) {
			String stripped = line.strip();
			if (stripped.startsWith("\u2022")) {
				bullets.add(stripped.substring(1).strip());
				continue;
			}
			if (!bullets.isEmpty()) {
				blocks.add(new Block.Bullets(bullets));
				bullets = new ArrayList<>();
			}
			if (!stripped.isEmpty()) {
				blocks.add(new Block.Paragraph(stripped));
			}
		}
		if (!bullets.isEmpty()) {
			blocks.add(new Block.Bullets(bullets));
		}
	}

	private static Block projects(Wijkschets schets) {
		List<List<Cell>> rows = new ArrayList<>();
		for (Sleutelproject project : schets.getSleutelprojecten()) {
			rows.add(List.of(Cell.of(orDash(project.getName())), Cell.of(orDash(project.getOwner())),
					Cell.of(project.getStatus() == null ? "\u2013" : project.getStatus().getLiteral()),
					Cell.of(years(project.getStartYear(), project.getEndYear()))));
		}
		return new Block.Table(List.of(Column.wrapping("Project", 3), Column.wrapping("Trekker", 2),
				new Column("Status", 1.1f, false), new Column("Jaren", 1.1f, false)), rows, "(geen sleutelprojecten)");
	}

	private static List<Block> mix(Wijkschets schets, PosterContent poster) {
		List<List<Cell>> rows = new ArrayList<>();
		for (MixEntry entry : poster.mix()) {
			rows.add(List.of(Cell.of(entry.perspective().getLiteral()),
					Cell.of(entry.intensity() + " \u2013 " + Intensiteit.woord(entry.intensity())),
					Cell.of(orDash(entry.rationale()))));
		}
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Block.Table(List.of(Column.wrapping("Handelingsperspectief", 2.2f),
				Column.wrapping("Intensiteit", 1.4f), Column.wrapping("Waarom", 3.4f)), rows, "(geen mix)"));
		List<String> measures = new ArrayList<>();
		for (PerspectiefInzet inzet : schets.getPerspectiefMix()) {
			String perspective = inzet.getPerspective() == null ? "" : inzet.getPerspective().getLiteral();
			for (Maatregel maatregel : inzet.getMaatregelen()) {
				List<String> details = new ArrayList<>();
				if (maatregel.getOwner() != null && !maatregel.getOwner().isBlank()) {
					details.add(maatregel.getOwner());
				}
				if (maatregel.getCostClass() != null) {
					details.add("kosten " + maatregel.getCostClass().getLiteral());
				}
				String years = years(maatregel.getStartYear(), maatregel.getEndYear());
				if (!years.equals("\u2013")) {
					details.add(years);
				}
				measures.add(perspective + ": " + orDash(maatregel.getDescription())
						+ (details.isEmpty() ? "" : " (" + String.join(", ", details) + ")"));
			}
			for (BuurtVerfijning verfijning : inzet.getBuurtVerfijningen()) {
				String buurt = verfijning.getBuurt() == null ? "\u2013" : verfijning.getBuurt().getName();
				measures.add(perspective + " in " + buurt + ": " + verfijning.getIntensity() + " \u2013 "
						+ Intensiteit.woord(verfijning.getIntensity())
						+ (verfijning.getNote() == null || verfijning.getNote().isBlank() ? "" : ". " + verfijning.getNote()));
			}
		}
		if (!measures.isEmpty()) {
			blocks.add(new Block.Paragraph("Maatregelen en verfijningen per buurt:"));
			blocks.add(new Block.Bullets(measures));
		}
		return blocks;
	}

	private static List<Block> outlook(NotitieContext context, Set<String> buurten) {
		int start = context.start();
		int end = context.end();
		SensitivityResult base = context.baseline().sensitivity();
		SensitivityResult scen = context.scenario().sensitivity();
		List<List<Cell>> shares = new ArrayList<>();
		List<List<Cell>> classes = new ArrayList<>();
		for (String code : buurten) {
			String name = context.comparison().buurtName(code);
			BuurtYear now = base.central().buurt(code, start);
			BuurtYear baseEnd = base.central().buurt(code, end);
			BuurtYear scenEnd = scen.central().buurt(code, end);
			shares.add(List.of(Cell.of(name), Cell.of(NotitieNumbers.percent(now.vulnerableShare())),
					Cell.of(NotitieNumbers.percent(baseEnd.vulnerableShare())),
					Cell.of(NotitieNumbers.percentBand(base.vulnerableShare(code, end))),
					Cell.of(NotitieNumbers.percent(scenEnd.vulnerableShare())),
					Cell.of(NotitieNumbers.percentBand(scen.vulnerableShare(code, end)))));
			classes.add(List.of(Cell.of(name), Cell.of(now.klasse().label()), Cell.of(baseEnd.klasse().label()),
					Cell.of(scenEnd.klasse().label())));
		}
		return List.of(new Block.Paragraph("Aandeel kwetsbare huishoudens per buurt: bij de start, en in " + end
				+ " zonder extra inzet en met het scenario, elk met de band P10\u2013P90."),
				new Block.Table(List.of(new Column("Buurt", 2.0f, false), new Column("Start " + start, 1.1f, true),
						new Column("Niets extra " + end, 1.7f, true), new Column("P10\u2013P90", 1.5f, true),
						new Column("Scenario " + end, 1.4f, true), new Column("P10\u2013P90", 1.5f, true)), shares),
				new Block.Paragraph("Klasse per buurt, nu en in " + end + "."),
				new Block.Table(List.of(new Column("Buurt", 2.4f, false), new Column("Nu (" + start + ")", 1.6f, false),
						new Column("Niets extra " + end, 1.6f, false), new Column("Scenario " + end, 1.6f, false)),
						classes));
	}

	private static String years(Integer start, Integer end) {
		if (start == null && end == null) {
			return "\u2013";
		}
		if (end == null) {
			return "vanaf " + start;
		}
		return start == null ? "tot " + end : start + "\u2013" + end;
	}

	private static String join(String title, String text) {
		String t = title == null ? "" : title.strip();
		String x = text == null ? "" : text.strip();
		if (t.isEmpty() || x.isEmpty()) {
			return t.isEmpty() ? orDash(x) : t;
		}
		return t + (t.matches(".*[?.!:]") ? " " : ": ") + x;
	}

	private static String orDash(String text) {
		return text == null || text.isBlank() ? "\u2013" : text.strip();
	}
}
