package nl.veerkracht.report.quickscan.internal;

import nl.veerkracht.report.quickscan.BuurtRow;
import nl.veerkracht.report.quickscan.BuurtSheet;
import nl.veerkracht.report.quickscan.IndicatorComparison;

/**
 * A buurt profile as HTML with an inline SVG chart, the same bars as the PDF.
 */
final class SvgProfile {

	private static final double LABEL = 300;
	private static final double CHART = 200;
	private static final double ROW = 18;
	private static final double WIDTH = 800;

	private SvgProfile() {
	}

	static void write(StringBuilder html, BuurtSheet sheet) {
		BuurtRow row = sheet.row();
		html.append("<article class=\"profile\" id=\"").append(Xml.escape(HtmlIds.buurt(row.code()))).append("\">\n<h3>")
				.append("<span class=\"swatch\" style=\"background:").append(Svg.colour(row.klasseColour())).append("\"></span>")
				.append(Xml.escape(row.name()));
		if (!row.wijk().isEmpty()) {
			html.append(" (").append(Xml.escape(row.wijk())).append(')');
		}
		html.append(" <small>").append(Xml.escape(row.code())).append("</small></h3>\n<p class=\"figures\">")
				.append(Xml.escape(QuickScanTexts.rowLine(row) + " \u00b7 " + sheet.hotSpot())).append("</p>\n");
		double height = 20 + sheet.comparisons().size() * ROW;
		double centre = LABEL + CHART / 2;
		html.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").append(Svg.number(WIDTH))
				.append(' ').append(Svg.number(height)).append("\" role=\"img\" aria-label=\"")
				.append(Xml.escape("Indicatoren van " + row.name() + " naast de gemeente")).append("\">\n");
		html.append("<text class=\"axis\" x=\"").append(Svg.number(LABEL)).append("\" y=\"12\">-100%</text>")
				.append("<text class=\"axis\" text-anchor=\"middle\" x=\"").append(Svg.number(centre))
				.append("\" y=\"12\">gemeente</text><text class=\"axis\" text-anchor=\"end\" x=\"")
				.append(Svg.number(LABEL + CHART)).append("\" y=\"12\">+100%</text>\n");
		double y = 20;
		for (IndicatorComparison comparison : sheet.comparisons()) {
			html.append("<text x=\"0\" y=\"").append(Svg.number(y + 12.5)).append("\">").append(Xml.escape(comparison.label()))
					.append("</text>");
			double length = ProfileBar.extent(comparison) * CHART / 2;
			if (length != 0) {
				html.append("<rect x=\"").append(Svg.number(Math.min(centre, centre + length))).append("\" y=\"")
						.append(Svg.number(y + 3)).append("\" width=\"").append(Svg.number(Math.abs(length)))
						.append("\" height=\"").append(Svg.number(ROW - 6)).append("\" fill=\"")
						.append(Svg.colour(ProfileBar.colour(comparison))).append("\"/>");
			}
			html.append("<text class=\"values\" x=\"").append(Svg.number(LABEL + CHART + 12)).append("\" y=\"")
					.append(Svg.number(y + 12.5)).append("\">").append(Xml.escape(ProfileBar.values(comparison)))
					.append("</text>\n");
			y += ROW;
		}
		html.append("<line class=\"zero\" x1=\"").append(Svg.number(centre)).append("\" y1=\"18\" x2=\"")
				.append(Svg.number(centre)).append("\" y2=\"").append(Svg.number(y)).append("\"/>\n</svg>\n</article>\n");
	}
}
