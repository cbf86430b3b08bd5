package nl.veerkracht.gis.ui.table;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.ui.identify.LayerPresentation;

/**
 * The texts of all cells of a layer's table, computed once on first use, so that cells paint and the
 * filter searches without formatting the same value again. UI thread only.
 */
final class RowTexts {

	private final LayerPresentation presentation;
	private final Map<Feature, String[]> texts = new IdentityHashMap<>();

	RowTexts(LayerPresentation presentation) {
		this.presentation = presentation;
	}

	String text(Feature feature, int column) {
		return row(feature)[column];
	}

	/**
	 * A filter matching the features any of whose cells contains a text, ignoring case.
	 *
	 * @param needle the text searched for; blank matches everything
	 * @return the filter
	 */
	Predicate<Feature> containing(String needle) {
		String wanted = needle.strip().toLowerCase(Locale.ROOT);
		if (wanted.isEmpty()) {
			return feature -> true;
		}
		return feature -> {
			for (String cell : row(feature)) {
				if (cell.toLowerCase(Locale.ROOT).contains(wanted)) {
					return true;
				}
			}
			return false;
		};
	}

	/** Computes the texts of all features up front, for a filter that visits every row. */
	void computeAll(List<Feature> features) {
		features.forEach(this::row);
	}

	private String[] row(Feature feature) {
		return texts.computeIfAbsent(feature, f -> {
			String[] row = new String[presentation.columnCount()];
			for (int column = 0; column < row.length; column++) {
				row[column] = presentation.cellText(f, column);
			}
			return row;
		});
	}
}
