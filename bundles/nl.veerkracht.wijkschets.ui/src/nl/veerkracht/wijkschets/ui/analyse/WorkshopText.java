package nl.veerkracht.wijkschets.ui.analyse;

import java.util.ArrayList;
import java.util.List;

/**
 * The plain-text convention of the wijkschets's long texts (probleemanalyse, definitie van succes, a dilemma's
 * description), shared by the editor and the poster ({@code nl.veerkracht.report.internal.TextFitter}):
 * <ul>
 * <li>every line is a paragraph; empty lines carry no meaning (the poster skips them);</li>
 * <li>a line that starts with {@value #BULLET} (a bullet and a space) is an item of a bulleted list; a line
 * starting with {@value #DASH} is read as an item as well, and the editor turns the dash into the bullet as it
 * is typed;</li>
 * <li>nothing else is markup.</li>
 * </ul>
 * UI-free, so that the convention is testable without a display.
 */
public final class WorkshopText {

	/** The marker of a list item: a bullet and a space. */
	public static final String BULLET = "\u2022 "; //$NON-NLS-1$

	/** The other marker read as a list item: a dash and a space. */
	public static final String DASH = "- "; //$NON-NLS-1$

	/**
	 * One paragraph of a text.
	 *
	 * @param bullet whether it is a list item
	 * @param text   its text without the marker
	 */
	public record Block(boolean bullet, String text) {
	}

	private WorkshopText() {
	}

	/**
	 * @param line one line of a text
	 * @return the length of its list marker, 0 when the line is a plain paragraph
	 */
	public static int markerLength(String line) {
		return line.startsWith(BULLET) || line.startsWith(DASH) ? 2 : 0;
	}

	/**
	 * @param line one line of a text
	 * @return whether the line is a list item
	 */
	public static boolean isBullet(String line) {
		return markerLength(line) > 0;
	}

	/**
	 * Reads a text.
	 *
	 * @param text the stored text, may be null
	 * @return its paragraphs in order, empty lines left out
	 */
	public static List<Block> parse(String text) {
		List<Block> blocks = new ArrayList<>();
		if (text == null) {
			return blocks;
		}
		for (String line : text.split("\\R", -1)) { //$NON-NLS-1$
			int marker = markerLength(line);
			String content = line.substring(marker).strip();
			if (!content.isEmpty()) {
				blocks.add(new Block(marker > 0, content));
			}
		}
		return blocks;
	}

	/**
	 * Writes paragraphs as a text: one line each, list items with {@value #BULLET}.
	 *
	 * @param blocks the paragraphs
	 * @return the text
	 */
	public static String format(List<Block> blocks) {
		StringBuilder text = new StringBuilder();
		for (Block block : blocks) {
			if (!text.isEmpty()) {
				text.append('\n');
			}
			text.append(block.bullet() ? BULLET : "").append(block.text()); //$NON-NLS-1$
		}
		return text.toString();
	}

	/**
	 * Turns lines into list items, or back into plain paragraphs when all of them are items already.
	 *
	 * @param lines consecutive lines of a text
	 * @return the same lines toggled
	 */
	public static List<String> toggleBullets(List<String> lines) {
		boolean allBullets = lines.stream().allMatch(WorkshopText::isBullet);
		List<String> toggled = new ArrayList<>();
		for (String line : lines) {
			if (allBullets) {
				toggled.add(line.substring(markerLength(line)));
			} else {
				toggled.add(isBullet(line) ? BULLET + line.substring(markerLength(line)) : BULLET + line);
			}
		}
		return toggled;
	}
}
