package nl.veerkracht.report.quickscan.internal;

import java.io.IOException;

import nl.veerkracht.report.document.Block;
import nl.veerkracht.report.document.PdfFlow;
import nl.veerkracht.report.quickscan.BuurtSheet;

/**
 * A buurt's profile in the QuickScan: its figures and the chart of its indicators against the gemeente.
 *
 * @param sheet the buurt
 */
public record ProfileBlock(BuurtSheet sheet) implements Block.Graphic {

	@Override
	public String caption() {
		return "Profiel van " + sheet.row().name();
	}

	@Override
	public void drawPdf(PdfFlow flow) throws IOException {
		new PdfProfile(flow).draw(sheet);
	}
}
