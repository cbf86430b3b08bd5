package nl.veerkracht.cbs.online;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import nl.veerkracht.cbs.catalogue.SourceFormat;
import nl.veerkracht.cbs.catalogue.Variable;
import nl.veerkracht.cbs.catalogue.VariableCatalogue;
import nl.veerkracht.cbs.data.CbsData;
import nl.veerkracht.cbs.data.MissingReason;
import nl.veerkracht.cbs.data.Observation;
import nl.veerkracht.cbs.data.PercentageDeriver;
import nl.veerkracht.cbs.data.Region;
import nl.veerkracht.cbs.data.RegionCode;

/**
 * Reads a downloaded KWB table through the variable catalogue, so that downloaded figures are the
 * same variables as those of files. An OData property's title and unit are the column header and unit
 * row of the StatLine CSV export of the same table, so a property maps to a variable by the catalogue's
 * StatLine column name <em>and</em> unit (a known title with another unit is left out with a warning,
 * never mixed). {@code null} values are CBS's {@code .} (unknown or secret): missing, never 0.
 * Percentages the table lacks are derived as for files ({@link PercentageDeriver}).
 */
public final class KwbTableConversion {

	private KwbTableConversion() {
	}

	/**
	 * @param table     the downloaded table
	 * @param catalogue the variable catalogue
	 * @return the figures per region, variable and the table's year
	 */
	public static CbsData toCbsData(KwbTable table, VariableCatalogue catalogue) {
		CbsData.Builder data = new CbsData.Builder();
		Map<String, Variable> columns = mapProperties(table, catalogue, data);
		String source = "CBS open data " + table.getTableId(); //$NON-NLS-1$
		for (Map.Entry<String, Map<String, Object>> row : table.getRows().entrySet()) {
			Optional<RegionCode> code = RegionCode.parse(row.getKey());
			if (code.isEmpty()) {
				data.warn(source + ": '" + row.getKey() + "' is not a gemeente, wijk or buurt code; row skipped"); //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			data.addRegion(new Region(code.get(), row.getKey()));
			for (Map.Entry<String, Variable> column : columns.entrySet()) {
				Object value = row.getValue().get(column.getKey());
				String where = source + ", " + column.getKey(); //$NON-NLS-1$
				data.add(value instanceof Number number
						? Observation.measured(code.get(), column.getValue().id(), table.getYear(), number.doubleValue(), where)
						: Observation.missing(code.get(), column.getValue().id(), table.getYear(),
								MissingReason.UNKNOWN_OR_SECRET, where));
			}
		}
		return new PercentageDeriver(catalogue).derive(data.build());
	}

	private static Map<String, Variable> mapProperties(KwbTable table, VariableCatalogue catalogue, CbsData.Builder data) {
		Map<String, Variable> columns = new LinkedHashMap<>();
		for (DataProperty property : table.getProperties()) {
			if (property.title() == null) {
				continue;
			}
			String unit = property.unit() == null ? "" : property.unit(); //$NON-NLS-1$
			var candidates = catalogue.variablesForColumn(SourceFormat.STATLINE_CSV, property.title());
			Optional<Variable> match = candidates.stream().filter(v -> v.unit().matchesStatLineText(unit))
					.filter(v -> !columns.containsValue(v)).findFirst();
			if (match.isPresent()) {
				columns.put(property.key(), match.get());
			} else if (!candidates.isEmpty()) {
				data.warn(table.getTableId() + ": property " + property.key() + " '" + property.title() + "' has unit '" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ unit + "', which the catalogue does not know for it; left out so that units are not mixed"); //$NON-NLS-1$
			}
		}
		return columns;
	}
}
