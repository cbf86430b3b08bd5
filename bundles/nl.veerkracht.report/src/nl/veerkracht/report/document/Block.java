package nl.veerkracht.report.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * One part of a chapter of a report, rendered alike as PDF, HTML and DOCX. Texts are plain (no markup);
 * renderers escape them. Maps and charts are {@link Graphic}s, which a report defines for itself.
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
	 * A table.
	 *
	 * @param columns the columns
	 * @param rows the rows, each a cell per column
	 * @param empty what the table says when it has no rows, e.g. "(geen buurten)"
	 */
	record Table(List<Column> columns, List<List<Cell>> rows, String empty) implements Block {

		/** What a table of buurten without rows says. */
		public static final String GEEN_BUURTEN = "(geen buurten)";

		/** Copies the lists. */
		public Table {
			columns = List.copyOf(columns);
			rows = rows.stream().map(List::copyOf).toList();
		}

		/**
		 * A table of buurten, saying {@value #GEEN_BUURTEN} when it has no rows.
		 *
		 * @param columns the columns
		 * @param rows the rows, each a cell per column
		 */
		public Table(List<Column> columns, List<List<Cell>> rows) {
			this(columns, rows, GEEN_BUURTEN);
		}
	}

	/**
	 * A figure a report draws itself (a map, a chart): drawn as vectors into the PDF flow, and offered as an
	 * image to renderers that cannot draw vectors (DOCX); without an image they print the caption and say that
	 * the figure is in the PDF.
	 */
	non-sealed interface Graphic extends Block {

		/** @return what it shows, one sentence */
		String caption();

		/**
		 * Draws it at the cursor of the flow, starting a new page when it does not fit.
		 *
		 * @param flow the flow
		 * @throws IOException if it cannot be written
		 */
		void drawPdf(PdfFlow flow) throws IOException;

		/**
		 * @param widthPixels the width the image should have
		 * @return it as an image, or empty when it is only drawn into the PDF
		 */
		default Optional<BufferedImage> image(int widthPixels) {
			return Optional.empty();
		}
	}
}
