package nl.veerkracht.gis.ui.table;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.ui.identify.LayerPresentation;

/**
 * Writes rows as tab-separated values for the clipboard, to paste into a spreadsheet: a header with the
 * attribute names, then one line per feature with the values as numbers (Dutch decimal comma, no
 * grouping, no unit) or text; a missing value is an empty cell.
 */
final class RowsAsTsv {

	private RowsAsTsv() {
	}

	static String of(LayerPresentation presentation, List<Feature> features) {
		NumberFormat numbers = NumberFormat.getNumberInstance(Locale.forLanguageTag("nl-NL")); //$NON-NLS-1$
		numbers.setGroupingUsed(false);
		numbers.setMaximumFractionDigits(10);
		StringBuilder text = new StringBuilder();
		for (int column = 0; column < presentation.columnCount(); column++) {
			text.append(column == 0 ? "" : "\t").append(clean(presentation.name(column))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		text.append(System.lineSeparator());
		for (Feature feature : features) {
			for (int column = 0; column < presentation.columnCount(); column++) {
				if (column > 0) {
					text.append('\t');
				}
				Object value = feature.getAttribute(column);
				if (!presentation.isMissing(feature, column)) {
					text.append(value instanceof Number number ? numbers.format(number) : clean(String.valueOf(value)));
				}
			}
			text.append(System.lineSeparator());
		}
		return text.toString();
	}

	private static String clean(String text) {
		return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
	}
}
