package nl.veerkracht.report.quickscan.internal;

import nl.veerkracht.report.document.Chapter;

/**
 * The ids of the HTML report's anchors, made only of safe characters.
 */
public final class HtmlIds {

	private HtmlIds() {
	}

	/**
	 * @param chapter a chapter
	 * @return e.g. "h3"
	 */
	public static String chapter(Chapter chapter) {
		return "h" + chapter.number();
	}

	/**
	 * @param code a buurt code
	 * @return e.g. "buurt-BU05990110"; characters other than letters and digits become '_'
	 */
	public static String buurt(String code) {
		return "buurt-" + code.replaceAll("[^A-Za-z0-9]", "_");
	}
}
