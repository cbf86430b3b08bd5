package nl.veerkracht.report.quickscan.internal;

import java.util.List;

import nl.veerkracht.report.quickscan.BuurtSheet;
import nl.veerkracht.report.quickscan.ScanMap;

/**
 * One part of a chapter of the report, rendered alike as PDF and as HTML. Texts are plain (no markup);
 * renderers escape them.
 */
public sealed interface Block {

	/**
	 * A paragraph.
	 *
	 * @param text the text
	 */
	record Paragraph(String text) implements Block {
	}

	/**
	 * A sub-heading inside a chapter.
	 *
	 * @param text the heading
	 */
	record Heading(String text) implements Block {
	}

	/**
	 * A bulleted list.
	 *
	 * @param items the items
	 */
	record Bullets(List<String> items) implements Block {

		/** Copies the list. */
		public Bullets {
			items = List.copyOf(items);
		}
	}

	/**
	 * Label-value pairs, the key figures.
	 *
	 * @param pairs each a label and its value
	 */
	record Figures(List<List<String>> pairs) implements Block {

		/** Copies the list. */
		public Figures {
			pairs = List.copyOf(pairs);
		}
	}

	/**
	 * A map with its legend.
	 *
	 * @param map the map
	 * @param caption what it shows, one sentence
	 */
	record Map(ScanMap map, String caption) implements Block {
	}

	/**
	 * A table.
	 *
	 * @param columns the columns
	 * @param rows the rows, each a cell per column
	 */
	record Table(List<Column> columns, List<List<Cell>> rows) implements Block {

		/** Copies the lists. */
		public Table {
			columns = List.copyOf(columns);
			rows = rows.stream().map(List::copyOf).toList();
		}
	}

	/**
	 * A buurt's profile: its figures and the chart of its indicators against the gemeente.
	 *
	 * @param sheet the buurt
	 */
	record Profile(BuurtSheet sheet) implements Block {
	}
}
