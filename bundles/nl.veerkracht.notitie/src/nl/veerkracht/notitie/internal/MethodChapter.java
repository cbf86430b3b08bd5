package nl.veerkracht.notitie.internal;

import java.util.List;

import nl.veerkracht.report.document.Block;
import nl.veerkracht.report.document.Chapter;
import nl.veerkracht.gis.core.format.DutchNumbers;
import nl.veerkracht.stad.ModelParameters;
import nl.veerkracht.stad.SegmentValues;

/**
 * The last chapter, "Bronnen en methode": the data source with its attribution, how the outlook is computed with
 * the parameters the model ran with, and what the model cannot see.
 */
public final class MethodChapter {

	/** The chapter title. */
	public static final String TITLE = "Bronnen en methode";

	private MethodChapter() {
	}

	/**
	 * @param number the chapter number
	 * @param context the notitie's input
	 * @return the chapter
	 */
	public static Chapter build(int number, NotitieContext context) {
		ModelParameters parameters = context.parameters();
		return new Chapter(number, TITLE, List.of(new Block.Heading("Bronnen"), new Block.Paragraph(context.bron()),
				new Block.Paragraph("De wijkschetsen, de mix van handelingsperspectieven en de prestatieafspraken komen "
						+ "uit de analyse \u201c" + context.analyse().getName() + "\u201d."),
				new Block.Heading("Het model"),
				new Block.Paragraph("Het vooruitzicht komt uit een voorraad-en-stroommodel per buurt en jaar: woningen "
						+ "per segment, huishoudens (kwetsbaar of niet), vrijkomende woningen door verhuizingen en de "
						+ "toewijzing van wie die woningen betrekt. Herpositionering stuurt kwetsbare huishoudens naar "
						+ "andere buurten met vrije woningen, zonder dat er een verloren gaat; het woningprogramma "
						+ "verandert de voorraad; sociale aanpak en leefomgeving verplaatsen niemand, maar verminderen "
						+ "de problemen bij een gegeven concentratie. De klasse volgt uit het aandeel kwetsbare "
						+ "huishoudens. Een gevoeligheidsanalyse varieert de onzekere parameters; de banden P10\u2013P90 "
						+ "laten zien hoe ver de uitkomst daardoor kan liggen."),
				new Block.Figures(List.of(
						List.of("Verhuisgraad per jaar (corporatie / overige huur / koop)", segments(parameters.turnover())),
						List.of("Aandeel kwetsbaar onder nieuwe bewoners", segments(parameters.vulnerableInflowShare())),
						List.of("Vervanging na sloop (corporatie / overige huur / koop)",
								segments(parameters.replacementShares())),
						List.of("Concentratie-exponent", DutchNumbers.decimal(parameters.concentrationExponent(), 2)),
						List.of("Grootste vermindering van problemen door omgaan met",
								NotitieNumbers.percent(parameters.maxCopingReduction())),
						List.of("Snelheid van dat effect", DutchNumbers.decimal(parameters.copingRate(), 2)))),
				new Block.Heading("Wat het model niet ziet"),
				new Block.Bullets(List.of(
						"Zorg- en ondersteuningsgegevens van personen (GGZ, LVB, beschermd wonen) zijn niet open; het "
								+ "model werkt met open CBS-cijfers als benadering.",
						"Verhuizingen over de gemeentegrens en nieuwe vestigers uit de regio zitten niet in het model.",
						"Het effect van maatregelen volgt uit de gekozen intensiteit, niet uit de maatregelen zelf.",
						"Onzekerheid buiten de gevarieerde parameters (beleid, woningmarkt, economie) valt buiten de "
								+ "banden."))));
	}

	private static String segments(SegmentValues values) {
		return NotitieNumbers.percent(values.corporatieHuur()) + " / " + NotitieNumbers.percent(values.overigeHuur())
				+ " / " + NotitieNumbers.percent(values.koop());
	}
}
