package nl.veerkracht.report.quickscan.internal;

import java.awt.Color;
import java.io.IOException;

import nl.veerkracht.report.document.PdfFlow;
import nl.veerkracht.report.quickscan.BuurtRow;
import nl.veerkracht.report.quickscan.BuurtSheet;
import nl.veerkracht.report.quickscan.IndicatorComparison;

/**
 * Draws a buurt profile into the PDF flow, kept on one page: name and wijk, its figures in a line, and the
 * chart of its indicators against the gemeente.
 */
final class PdfProfile {

	private static final float BAR_ROW = 11.5f;
	private static final float LABEL_WIDTH = 205;
	private static final float CHART_WIDTH = 120;
	private static final Color AXIS = new Color(0x55, 0x55, 0x55);
	private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

	private final PdfFlow flow;

	PdfProfile(PdfFlow flow) {
		this.flow = flow;
	}

	void draw(BuurtSheet sheet) throws IOException {
		BuurtRow row = sheet.row();
		float chartHeight = 14 + sheet.comparisons().size() * BAR_ROW;
		flow.need(48 + chartHeight + 14);
		flow.down(20);
		flow.fill(PdfFlow.MARGIN, flow.y() + 1, 10, 10, row.klasseColour());
		String title = row.name() + (row.wijk().isEmpty() ? "" : " (" + row.wijk() + ")");
		flow.text(flow.fit(title, flow.bold, 11.5f, PdfFlow.TEXT_WIDTH - 90), flow.bold, 11.5f, PdfFlow.ACCENT,
				PdfFlow.MARGIN + 15, flow.y() + 2);
		String code = row.code();
		flow.text(code, flow.regular, 8, PdfFlow.INK, PdfFlow.MARGIN + PdfFlow.TEXT_WIDTH - flow.width(code, flow.regular, 8),
				flow.y() + 2);
		flow.down(13);
		String line = QuickScanTexts.rowLine(row) + " \u00b7 " + sheet.hotSpot();
		flow.text(flow.fit(line, flow.regular, 8.5f, PdfFlow.TEXT_WIDTH), flow.regular, 8.5f, PdfFlow.INK, PdfFlow.MARGIN,
				flow.y() + 2);
		chart(sheet);
		flow.down(8);
	}

	private void chart(BuurtSheet sheet) throws IOException {
		float left = PdfFlow.MARGIN + LABEL_WIDTH;
		float centre = left + CHART_WIDTH / 2;
		flow.down(13);
		flow.text("-100%", flow.regular, 7, AXIS, left, flow.y() + 2);
		flow.text("gemeente", flow.regular, 7, AXIS, centre - flow.width("gemeente", flow.regular, 7) / 2, flow.y() + 2);
		flow.text("+100%", flow.regular, 7, AXIS, left + CHART_WIDTH - flow.width("+100%", flow.regular, 7), flow.y() + 2);
		float top = flow.y();
		for (IndicatorComparison comparison : sheet.comparisons()) {
			flow.down(BAR_ROW);
			float y = flow.y();
			flow.text(flow.fit(comparison.label(), flow.regular, 8, LABEL_WIDTH - 6), flow.regular, 8, PdfFlow.INK,
					PdfFlow.MARGIN, y + 2.5f);
			float length = (float) ProfileBar.extent(comparison) * CHART_WIDTH / 2;
			if (length != 0) {
				flow.fill(Math.min(centre, centre + length), y + 1.5f, Math.abs(length), BAR_ROW - 3.5f,
						ProfileBar.colour(comparison));
			}
			float valuesLeft = left + CHART_WIDTH + 8;
			flow.text(flow.fit(ProfileBar.values(comparison), flow.regular, 7.5f, PdfFlow.MARGIN + PdfFlow.TEXT_WIDTH - valuesLeft),
					flow.regular, 7.5f, PdfFlow.INK, valuesLeft, y + 2.5f);
		}
		float bottom = flow.y();
		flow.line(left, top, left, bottom, 0.3f, GRID);
		flow.line(left + CHART_WIDTH, top, left + CHART_WIDTH, bottom, 0.3f, GRID);
		flow.line(centre, top, centre, bottom, 0.6f, AXIS);
	}
}
