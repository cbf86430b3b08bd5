package nl.veerkracht.notitie.internal;

import java.util.ArrayList;
import java.util.List;

import nl.veerkracht.cbs.catalogue.Unit;
import nl.veerkracht.cbs.catalogue.Variable;
import nl.veerkracht.cbs.catalogue.VariableCatalogue;
import nl.veerkracht.model.Partij;
import nl.veerkracht.model.Prestatieafspraak;
import nl.veerkracht.report.document.Block;
import nl.veerkracht.report.document.Cell;
import nl.veerkracht.report.document.Chapter;
import nl.veerkracht.report.document.Column;
import nl.veerkracht.gis.core.format.DutchNumbers;

/**
 * The chapter of the prestatieafspraken: one table row per agreement with its parties, the agreement, the
 * indicator (its CBS label when the catalogue knows it), baseline and target (with "%" for a percentage), year and
 * status.
 */
public final class AfsprakenChapter {

	/** The chapter title. */
	public static final String TITLE = "Prestatieafspraken";
	/** The table's column headers, in order. */
	public static final List<String> HEADERS = List.of("Partijen", "Afspraak", "Indicator", "Nulmeting", "Doel", "Jaar",
			"Status");

	private AfsprakenChapter() {
	}

	/**
	 * @param number the chapter number
	 * @param context the notitie's input
	 * @return the chapter
	 */
	public static Chapter build(int number, NotitieContext context) {
		VariableCatalogue catalogue = VariableCatalogue.standard();
		List<List<Cell>> rows = new ArrayList<>();
		for (Prestatieafspraak afspraak : context.analyse().getPrestatieafspraken()) {
			rows.add(row(afspraak, catalogue));
		}
		List<Block> blocks = List.of(new Block.Paragraph("Wat gemeente, corporaties en huurdersorganisaties afspreken "
				+ "om de mix uit te voeren: wie doet wat, tot wanneer, en hoe wordt het gemeten."),
				new Block.Table(List.of(Column.wrapping(HEADERS.get(0), 2.4f), Column.wrapping(HEADERS.get(1), 2.9f),
						Column.wrapping(HEADERS.get(2), 1.8f), new Column(HEADERS.get(3), 1.6f, true),
						new Column(HEADERS.get(4), 0.9f, true), new Column(HEADERS.get(5), 0.7f, true),
						Column.wrapping(HEADERS.get(6), 1.5f)), rows, "(geen prestatieafspraken)"));
		return new Chapter(number, TITLE, blocks);
	}

	/**
	 * @param afspraak an agreement
	 * @param catalogue the CBS catalogue, for the indicator's label
	 * @return its table row
	 */
	static List<Cell> row(Prestatieafspraak afspraak, VariableCatalogue catalogue) {
		List<String> parties = new ArrayList<>();
		for (Partij partij : afspraak.getParties()) {
			parties.add(partij.getName() + (partij.getRole() == null ? "" : " (" + partij.getRole().getLiteral() + ")"));
		}
		String title = afspraak.getTitle() == null ? "" : afspraak.getTitle().strip();
		String agreement = afspraak.getAgreement() == null ? "" : afspraak.getAgreement().strip();
		String area = afspraak.getGebied() == null || afspraak.getGebied().getName() == null ? ""
				: " [" + afspraak.getGebied().getName() + "]";
		String indicator = afspraak.getIndicatorVariableId() == null ? "\u2013"
				: catalogue.variable(afspraak.getIndicatorVariableId()).map(Variable::labelNl)
						.orElse(afspraak.getIndicatorVariableId());
		String unit = afspraak.getIndicatorVariableId() == null ? ""
				: catalogue.variable(afspraak.getIndicatorVariableId()).filter(v -> v.unit() == Unit.PERCENT)
						.map(v -> "%").orElse("");
		String baseline = value(afspraak.getBaselineValue(), unit)
				+ (afspraak.getBaselineYear() == null ? "" : " (" + afspraak.getBaselineYear() + ")");
		return List.of(Cell.of(parties.isEmpty() ? "\u2013" : String.join(", ", parties)),
				Cell.of((title.isEmpty() ? agreement : title + ". " + agreement) + area), Cell.of(indicator),
				Cell.of(baseline), Cell.of(value(afspraak.getTargetValue(), unit)),
				Cell.of(afspraak.getTargetYear() == null ? "\u2013" : String.valueOf(afspraak.getTargetYear())),
				Cell.of(afspraak.getStatus() == null ? "\u2013" : afspraak.getStatus().getLiteral()));
	}

	private static String value(Double value, String unit) {
		return value == null ? DutchNumbers.MISSING : DutchNumbers.oneDecimalBelowHundred(value) + unit;
	}
}
