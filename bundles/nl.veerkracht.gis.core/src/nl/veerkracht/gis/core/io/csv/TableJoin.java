package nl.veerkracht.gis.core.io.csv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.feature.FeatureSchema;

/**
 * Joins an attribute table (e.g. from a CSV) to a layer by a key column, such as a buurtcode.
 */
public final class TableJoin {

	private TableJoin() {
	}

	/**
	 * Adds the table's columns (except its key) to each feature of the layer whose key matches a row. A
	 * table column whose name the layer already has is renamed {@code name_<table name>}.
	 *
	 * @param layer    the layer; its geometries, ids, order and CRS are kept
	 * @param layerKey the key attribute of the layer
	 * @param table    the table
	 * @param tableKey the key attribute of the table
	 * @param match    how keys are compared
	 * @return the joined layer and a report of what did not match
	 * @throws IllegalArgumentException when a key attribute does not exist
	 */
	public static JoinResult join(FeatureCollection layer, String layerKey, FeatureCollection table, String tableKey,
			KeyMatch match) {
		int layerKeyIndex = index(layer, layerKey);
		int tableKeyIndex = index(table, tableKey);
		Map<String, Feature> rows = new LinkedHashMap<>();
		List<String> duplicates = new ArrayList<>();
		for (Feature row : table.getFeatures()) {
			Object key = row.getAttribute(tableKeyIndex);
			if (key != null && rows.putIfAbsent(match.normalise(key.toString()), row) != null) {
				duplicates.add(key.toString());
			}
		}
		List<Integer> tableColumns = new ArrayList<>();
		List<AttributeDescriptor> attributes = new ArrayList<>(layer.getSchema().getAttributes());
		Set<String> names = new HashSet<>();
		attributes.forEach(a -> names.add(a.name().toLowerCase(Locale.ROOT)));
		for (int i = 0; i < table.getSchema().size(); i++) {
			if (i == tableKeyIndex) {
				continue;
			}
			AttributeDescriptor column = table.getSchema().attribute(i);
			String name = column.name();
			if (!names.add(name.toLowerCase(Locale.ROOT))) {
				name = name + "_" + table.getSchema().getName();
				names.add(name.toLowerCase(Locale.ROOT));
			}
			attributes.add(new AttributeDescriptor(name, column.type()));
			tableColumns.add(i);
		}
		FeatureSchema schema = new FeatureSchema(layer.getSchema().getName(), attributes);
		List<Feature> features = new ArrayList<>(layer.size());
		List<String> unmatchedLayer = new ArrayList<>();
		Set<String> used = new HashSet<>();
		int matched = 0;
		int withoutKey = 0;
		int layerColumns = layer.getSchema().size();
		for (Feature feature : layer.getFeatures()) {
			Object[] values = new Object[attributes.size()];
			for (int i = 0; i < layerColumns; i++) {
				values[i] = feature.getAttribute(i);
			}
			Object key = feature.getAttribute(layerKeyIndex);
			Feature row = null;
			if (key == null || key.toString().isBlank()) {
				withoutKey++;
			} else {
				String normalised = match.normalise(key.toString());
				row = rows.get(normalised);
				if (row == null) {
					unmatchedLayer.add(key.toString());
				} else {
					matched++;
					used.add(normalised);
				}
			}
			if (row != null) {
				for (int c = 0; c < tableColumns.size(); c++) {
					values[layerColumns + c] = row.getAttribute(tableColumns.get(c));
				}
			}
			features.add(new Feature(feature.getId(), feature.getGeometry(), schema, values));
		}
		List<String> unmatchedTable = new ArrayList<>();
		rows.forEach((normalised, row) -> {
			if (!used.contains(normalised)) {
				unmatchedTable.add(row.getAttribute(tableKeyIndex).toString());
			}
		});
		return new JoinResult(new FeatureCollection(schema, features, layer.getCrs()), matched, unmatchedLayer,
				unmatchedTable, duplicates, withoutKey);
	}

	private static int index(FeatureCollection collection, String attribute) {
		int index = collection.getSchema().indexOf(attribute);
		if (index < 0) {
			throw new IllegalArgumentException("'" + collection.getSchema().getName() + "' has no attribute '"
					+ attribute + "'; it has " + collection.getSchema().getAttributes().stream()
							.map(AttributeDescriptor::name).toList());
		}
		return index;
	}
}
