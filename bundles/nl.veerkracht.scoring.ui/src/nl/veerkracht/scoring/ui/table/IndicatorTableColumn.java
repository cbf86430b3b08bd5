package nl.veerkracht.scoring.ui.table;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of the Indicatoren table: its stable id, its header (which may depend on what the indicator
 * cells show), its header tooltip, whether it sorts as text or as numbers, and how its cells are made from
 * the {@link IndicatorTableModel}. Holds no SWT resources, so that an export may use it off the UI thread.
 */
final class IndicatorTableColumn {

	/** How a column sorts and aligns. */
	enum Kind {
		/** Free text (code, name): sorted alphabetically in Dutch, aligned left. */
		TEXT,
		/** Labels with an order of their own (klasse, hot spot, yes/no): sorted on {@link Cell#key()}, aligned left. */
		LABEL,
		/** Numbers: sorted on {@link Cell#key()}, aligned right. */
		NUMBER
	}

	/** The row index of the gemeente reference row. */
	static final int GEMEENTE_ROW = -1;

	private final String id;
	private final Function<CellMode, String> header;
	private final String tooltip;
	private final Kind kind;
	private final BuurtCells buurtCells;
	private final GemeenteCells gemeenteCells;

	/**
	 * @param id            the stable id, e.g. {@code kwetsbaarheid} or an indicator id
	 * @param header        the header per cell mode
	 * @param tooltip       the header's tooltip
	 * @param kind          how the column sorts and aligns
	 * @param buurtCells    the cells of the buurten
	 * @param gemeenteCells the cell of the gemeente reference row
	 */
	IndicatorTableColumn(String id, Function<CellMode, String> header, String tooltip, Kind kind,
			BuurtCells buurtCells, GemeenteCells gemeenteCells) {
		this.id = Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		this.header = Objects.requireNonNull(header, "header"); //$NON-NLS-1$
		this.tooltip = Objects.requireNonNull(tooltip, "tooltip"); //$NON-NLS-1$
		this.kind = Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
		this.buurtCells = Objects.requireNonNull(buurtCells, "buurtCells"); //$NON-NLS-1$
		this.gemeenteCells = Objects.requireNonNull(gemeenteCells, "gemeenteCells"); //$NON-NLS-1$
	}

	/** @return the stable id */
	String id() {
		return id;
	}

	/**
	 * @param mode what the indicator cells show
	 * @return the header text
	 */
	String header(CellMode mode) {
		return header.apply(mode);
	}

	/** @return the header's tooltip */
	String tooltip() {
		return tooltip;
	}

	/** @return whether the column sorts alphabetically (else on {@link Cell#key()}) */
	boolean isText() {
		return kind == Kind.TEXT;
	}

	/** @return whether the column aligns left (else right, as numbers do) */
	boolean isLeftAligned() {
		return kind != Kind.NUMBER;
	}

	/**
	 * Returns a cell.
	 *
	 * @param model    the numbers
	 * @param row      a region index, or {@link #GEMEENTE_ROW}
	 * @param mode     what the indicator cells show
	 * @param gemeente the gemeente of the reference row
	 * @return the cell
	 */
	Cell cell(IndicatorTableModel model, int row, CellMode mode, String gemeente) {
		return row == GEMEENTE_ROW ? gemeenteCells.cell(model, gemeente, mode) : buurtCells.cell(model, row, mode);
	}

	/** Makes the cell of a buurt. */
	@FunctionalInterface
	interface BuurtCells {
		/**
		 * @param model  the numbers
		 * @param region the region index
		 * @param mode   what the indicator cells show
		 * @return the cell
		 */
		Cell cell(IndicatorTableModel model, int region, CellMode mode);
	}

	/** Makes the cell of the gemeente reference row. */
	@FunctionalInterface
	interface GemeenteCells {
		/** A column without a gemeente value. */
		GemeenteCells NONE = (model, gemeente, mode) -> Cell.BLANK;

		/**
		 * @param model    the numbers
		 * @param gemeente the gemeente code
		 * @param mode     what the indicator cells show
		 * @return the cell
		 */
		Cell cell(IndicatorTableModel model, String gemeente, CellMode mode);
	}
}
