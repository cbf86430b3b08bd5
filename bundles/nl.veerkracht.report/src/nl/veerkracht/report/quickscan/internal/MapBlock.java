package nl.veerkracht.report.quickscan.internal;

import java.io.IOException;

import nl.veerkracht.report.document.Block;
import nl.veerkracht.report.document.PdfFlow;
import nl.veerkracht.report.quickscan.ScanMap;

/**
 * A map of the QuickScan with its legend.
 *
 * @param map the map
 * @param caption what it shows, one sentence
 */
public record MapBlock(ScanMap map, String caption) implements Block.Graphic {

	@Override
	public void drawPdf(PdfFlow flow) throws IOException {
		new PdfMap(flow).draw(map, caption);
	}
}
