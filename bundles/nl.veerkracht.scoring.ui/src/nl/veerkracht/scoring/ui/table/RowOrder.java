package nl.veerkracht.scoring.ui.table;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;
import nl.veerkracht.gis.core.format.DutchNumbers;

/**
 * Which buurten the Indicatoren table shows, in which order: the buurten whose code or name contains the
 * filter text, sorted on one column. Missing values sort last in both directions (a missing value is not
 * small or large, it is unknown); ties and missing values keep the run's order.
 */
final class RowOrder {

	private final Collator collator = Collator.getInstance(DutchNumbers.DUTCH);
	private int[] rows = new int[0];
	private int[] positions = new int[0];
	private int sortColumn = -1;
	private boolean ascending = true;
	private String filter = ""; //$NON-NLS-1$

	RowOrder() {
		collator.setStrength(Collator.SECONDARY);
	}

	/** @return the sort column's index, or -1 when unsorted */
	int sortColumn() {
		return sortColumn;
	}

	/** @return whether the sort is ascending */
	boolean ascending() {
		return ascending;
	}

	/**
	 * Sets the sort: a click on the sort column's header turns it round, a click on another sorts
	 * ascending.
	 *
	 * @param column the clicked column's index
	 */
	void clicked(int column) {
		ascending = column != sortColumn || !ascending;
		sortColumn = column;
	}

	/** Forgets the sort, for a table with other columns. */
	void unsorted() {
		sortColumn = -1;
		ascending = true;
	}

	/**
	 * Sets the filter.
	 *
	 * @param text a part of a buurt code or name, any case; blank for all buurten
	 */
	void filter(String text) {
		filter = text.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * Orders the buurten of a model.
	 *
	 * @param model   the numbers
	 * @param columns the columns
	 * @param mode    what the indicator cells show (the sort follows what is shown)
	 */
	void apply(IndicatorTableModel model, java.util.List<IndicatorTableColumn> columns, CellMode mode) {
		int[] kept = IntStream.range(0, model.size()).filter(region -> matches(model, region)).toArray();
		if (sortColumn >= 0 && sortColumn < columns.size()) {
			kept = sorted(kept, model, columns.get(sortColumn), mode);
		}
		rows = kept;
		positions = new int[model.size()];
		Arrays.fill(positions, -1);
		for (int i = 0; i < rows.length; i++) {
			positions[rows[i]] = i;
		}
	}

	private boolean matches(IndicatorTableModel model, int region) {
		return filter.isEmpty() || model.region(region).code().toLowerCase(Locale.ROOT).contains(filter)
				|| model.region(region).name().toLowerCase(Locale.ROOT).contains(filter);
	}

	private int[] sorted(int[] regions, IndicatorTableModel model, IndicatorTableColumn column, CellMode mode) {
		Cell[] cells = new Cell[model.size()];
		CollationKey[] keys = column.isText() ? new CollationKey[model.size()] : null;
		for (int region : regions) {
			cells[region] = column.cell(model, region, mode, null);
			if (keys != null) {
				keys[region] = collator.getCollationKey(cells[region].text());
			}
		}
		Comparator<Integer> values = keys != null ? (a, b) -> keys[a].compareTo(keys[b])
				: (a, b) -> Double.compare(cells[a].key(), cells[b].key());
		Comparator<Integer> direction = ascending ? values : values.reversed();
		Comparator<Integer> order = (a, b) -> {
			boolean missingA = cells[a].missing();
			boolean missingB = cells[b].missing();
			if (missingA || missingB) {
				return missingA == missingB ? 0 : missingA ? 1 : -1;
			}
			return direction.compare(a, b);
		};
		return Arrays.stream(regions).boxed().sorted(order).mapToInt(Integer::intValue).toArray();
	}

	/** @return the number of buurten shown */
	int size() {
		return rows.length;
	}

	/**
	 * @param position a position in the order, from 0
	 * @return the region index shown there
	 */
	int region(int position) {
		return rows[position];
	}

	/**
	 * @param region a region index
	 * @return its position in the order, or -1 when the filter hides it
	 */
	int position(int region) {
		return region >= 0 && region < positions.length ? positions[region] : -1;
	}

	/** @return the region indices in order; a copy */
	int[] regions() {
		return rows.clone();
	}
}
