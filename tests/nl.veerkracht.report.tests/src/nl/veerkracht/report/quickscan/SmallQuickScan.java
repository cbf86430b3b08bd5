package nl.veerkracht.report.quickscan;

import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A small QuickScan content made by hand: four square buurten in RD New, one of them with the given name (to
 * feed hostile text through every place a name appears).
 */
final class SmallQuickScan {

	static final Color RED = new Color(0xD7, 0x19, 0x1C);
	static final Color BLUE = new Color(0x2C, 0x7B, 0xB6);

	private SmallQuickScan() {
	}

	static QuickScanContent with(String gemeente, String buurt, String wijk) {
		GeometryFactory factory = new GeometryFactory();
		List<MapArea> areas = new ArrayList<>();
		String[] names = { buurt, "Oost", "Zuid", "West" };
		for (int i = 0; i < 4; i++) {
			double x = 90000 + (i % 2) * 1000;
			double y = 435000 + (i / 2) * 1000;
			areas.add(new MapArea("BU0000000" + i, names[i], factory.toGeometry(new Envelope(x, x + 1000, y, y + 1000)),
					i == 0 ? RED : BLUE, i == 0 ? "1" : ""));
		}
		List<LegendItem> legend = List.of(new LegendItem("zeer kwetsbaar", RED, 1), new LegendItem("veerkrachtig", BLUE, 3));
		ScanMap map = new ScanMap("Klassen 2016", areas, legend);
		BuurtRow row = new BuurtRow(1, "BU00000000", buurt, wijk, "zeer kwetsbaar", RED, 1.37, 0.125, true, 0.98, 8075);
		BuurtRow second = new BuurtRow(2, "BU00000001", "Oost", wijk, "veerkrachtig", BLUE, -1.2, Double.NaN, false,
				Double.NaN, -1);
		List<IndicatorComparison> comparisons = List.of(
				new IndicatorComparison("Huishoudens met een laag inkomen", "%", 30.6, 15.0, 30.6 / 15.0 - 1, true, false, ""),
				new IndicatorComparison("Gemiddelde WOZ-waarde", "x 1 000 euro", 92, 148, 92.0 / 148 - 1, true, false, ""),
				new IndicatorComparison("Bijstand", "per 1 000 inwoners", Double.NaN, 66.6, Double.NaN, false, false,
						"geheim bij CBS <x> & \"y\""),
				new IndicatorComparison("Woningen in bezit van woningcorporaties", "%", 82, 44, 82.0 / 44 - 1, false, true, ""));
		return new QuickScanContent(gemeente, "GM0000", 2016, List.of(2014, 2015, 2016), LocalDate.of(2026, 11, 28), 4, 3, 1,
				map, map, map, List.of(buurt + " (" + wijk + ")"), List.of(row, second), List.of(row), List.of(new BuurtSheet(row, "hot spot (hoog-hoog)", comparisons)),
				List.of(new IndicatorLine("Huishoudens met een laag inkomen", "%", "kwetsbaarheid", "hoger = kwetsbaarder", 1)),
				List.of("Arbeidsparticipatie: geen enkele waarde"), List.of(new SourceFile(buurt + ".csv", "CBS Kerncijfers 2016")),
				new ScanSettings("de gemeente", "z-score", true, 0.6), new Robustness(1000, 0.2, 3, 1, 0.8, List.of(second)),
				QuickScanContent.CBS_ATTRIBUTION);
	}
}
