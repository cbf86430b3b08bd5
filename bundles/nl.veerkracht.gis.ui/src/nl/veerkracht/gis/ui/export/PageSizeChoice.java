package nl.veerkracht.gis.ui.export;

import nl.veerkracht.gis.export.PageSize;
import nl.veerkracht.gis.ui.internal.Messages;

/** The sizes offered in the export wizard: a number of pixels, or a paper size. */
enum PageSizeChoice {

	/** Width and height in pixels, at the chosen resolution. */
	PIXELS(null),

	/** A4 upright. */
	A4_PORTRAIT(PageSize.A4_PORTRAIT),

	/** A4 on its side. */
	A4_LANDSCAPE(PageSize.A4_LANDSCAPE),

	/** A3 upright. */
	A3_PORTRAIT(PageSize.A3_PORTRAIT),

	/** A3 on its side. */
	A3_LANDSCAPE(PageSize.A3_LANDSCAPE);

	private final PageSize paper;

	PageSizeChoice(PageSize paper) {
		this.paper = paper;
	}

	/** @return the text shown in the wizard */
	String label() {
		return switch (this) {
		case PIXELS -> Messages.ExportMap_sizePixels;
		case A4_PORTRAIT -> Messages.ExportMap_sizeA4Portrait;
		case A4_LANDSCAPE -> Messages.ExportMap_sizeA4Landscape;
		case A3_PORTRAIT -> Messages.ExportMap_sizeA3Portrait;
		case A3_LANDSCAPE -> Messages.ExportMap_sizeA3Landscape;
		};
	}

	/**
	 * @param width  the width in pixels, for {@link #PIXELS}
	 * @param height the height in pixels, for {@link #PIXELS}
	 * @param dpi    the resolution
	 * @return the page
	 */
	PageSize page(int width, int height, double dpi) {
		return paper != null ? paper : PageSize.ofPixels(width, height, dpi);
	}
}
