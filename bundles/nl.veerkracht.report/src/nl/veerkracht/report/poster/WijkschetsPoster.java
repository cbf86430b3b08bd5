package nl.veerkracht.report.poster;

import java.awt.font.FontRenderContext;

import nl.veerkracht.gis.export.PageSize;

/**
 * The wijkschets poster: one A3 landscape page in the layout of the workshop leaflet. Lays the content out for a
 * given font measurement and returns a {@link PosterLayout} that draws the page(s) into any {@code Graphics2D} in
 * points, with no display needed.
 */
public final class WijkschetsPoster {

	/** The page: A3 landscape. */
	public static final PageSize PAGE = PageSize.A3_LANDSCAPE;

	/** The page width in points (1/72 inch). */
	public static final double WIDTH = PAGE.widthPoints();

	/** The page height in points (1/72 inch). */
	public static final double HEIGHT = PAGE.heightPoints();

	/** The font measurement both writers lay out with: anti-aliased, fractional metrics, no device transform. */
	public static final FontRenderContext FONT_CONTEXT = new FontRenderContext(null, true, true);

	/**
	 * What happens to text that does not fit its box even at the smallest legible size.
	 */
	public enum Overflow {
		/** The box ends with "… vervolg op pagina 2" and the full texts follow on continuation pages (PDF). */
		CONTINUATION_PAGES,
		/** The box ends with "… tekst ingekort, zie PDF"; there is only the front page (PNG). */
		MARK_ONLY
	}

	private WijkschetsPoster() {
	}

	/**
	 * Lays the poster out.
	 *
	 * @param content what the poster shows
	 * @param overflow how text that does not fit is continued
	 * @return the laid-out pages
	 */
	public static PosterLayout layout(PosterContent content, Overflow overflow) {
		return new PosterLayout(content, overflow, FONT_CONTEXT);
	}
}
