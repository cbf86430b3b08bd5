package nl.veerkracht.report.quickscan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import nl.veerkracht.report.document.Block;
import nl.veerkracht.report.quickscan.BuurtRow;
import nl.veerkracht.report.quickscan.QuickScanContent;

/**
 * The summary chapter: the key figures and the buurten that ask for attention first.
 */
final class QuickScanSummary {

	private QuickScanSummary() {
	}

	static List<Block> blocks(QuickScanContent content) {
		List<Block> blocks = new ArrayList<>();
		int zeer = QuickScanOutline.count(content.classMap(), "zeer kwetsbaar");
		int kwetsbaar = QuickScanOutline.count(content.classMap(), "kwetsbaar");
		int hot = QuickScanOutline.count(content.hotSpotMap(), "hot spot (hoog-hoog)");
		blocks.add(new Block.Paragraph("Deze QuickScan laat zien hoe kwetsbaar de " + content.buurtCount() + " buurten van "
				+ content.gemeenteName() + " in " + content.year() + " zijn, waar die kwetsbaarheid toeneemt en waar"
				+ " kwetsbare buurten bij elkaar liggen. Hij is gemaakt uit open CBS-cijfers alleen, zonder werksessies"
				+ " of lokale kennis: een eerste beeld om het gesprek mee te beginnen, geen oordeel over een buurt."));
		List<List<String>> figures = new ArrayList<>();
		figures.add(List.of("Buurten", String.valueOf(content.buurtCount())));
		figures.add(List.of("Met een klasse", content.scoredCount() + " (de overige: te weinig gegevens)"));
		figures.add(List.of("Zeer kwetsbaar / kwetsbaar", zeer + " / " + kwetsbaar));
		figures.add(List.of("Vroege signalen (stijgen duidelijk sneller dan de gemeente)",
				content.hasTrend() ? String.valueOf(content.earlyWarningCount()) : "geen trend (een jaar)"));
		figures.add(List.of("Buurten in een hot spot", String.valueOf(hot)));
		figures.add(List.of("Klassen robuust bij andere weging", content.robustness().scored() - content.robustness().fragile()
				+ " van " + content.robustness().scored()));
		blocks.add(new Block.Figures(figures));
		if (!content.mostVulnerable().isEmpty()) {
			blocks.add(new Block.Paragraph("Het meest kwetsbaar zijn " + names(content.mostVulnerable(), 3) + "."
					+ (content.fastestRising().isEmpty() ? "" : " Het snelst stijgt de kwetsbaarheid in "
							+ names(content.fastestRising(), 3) + ".")));
		}
		blocks.add(new Block.Paragraph("Hoofdstuk 2 legt uit hoe de kaart gelezen wordt; hoofdstuk 10 wat open gegevens"
				+ " niet kunnen zien. Lees de cijfers met die grenzen in gedachten."));
		return blocks;
	}

	private static String names(List<BuurtRow> rows, int n) {
		List<String> names = rows.stream().limit(n).map(row -> row.name() + (row.wijk().isEmpty() ? "" : " (" + row.wijk() + ")"))
				.collect(Collectors.toList());
		if (names.size() < 2) {
			return String.join("", names);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " en " + names.get(names.size() - 1);
	}
}
