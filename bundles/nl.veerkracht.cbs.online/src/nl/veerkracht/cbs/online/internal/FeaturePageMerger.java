package nl.veerkracht.cbs.online.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.AttributeType;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.feature.FeatureSchema;

/**
 * Joins the pages of a paged feature download into one {@link FeatureCollection}. Each page was read on its
 * own, so its attribute types were inferred from its features only; the merged schema has every attribute
 * of every page, in the order first seen, with the types combined as the GeoJSON reader combines them
 * within one file: equal types stay, INTEGER with REAL becomes REAL, any other mix STRING. A column that
 * is only null on a page does not take part in the type choice. Not thread-safe.
 */
public final class FeaturePageMerger {

	private final List<FeatureCollection> pages = new ArrayList<>();
	/** The combined type per attribute name in first-seen order; null while the attribute had only nulls. */
	private final Map<String, AttributeType> typeByName = new LinkedHashMap<>();
	private int featureCount;

	/**
	 * Adds the next page.
	 *
	 * @param page the features of the page
	 */
	public void add(FeatureCollection page) {
		pages.add(page);
		featureCount += page.size();
		FeatureSchema schema = page.getSchema();
		for (int column = 0; column < schema.size(); column++) {
			AttributeDescriptor attribute = schema.attribute(column);
			AttributeType observed = hasValue(page, column) ? attribute.type() : null;
			if (!typeByName.containsKey(attribute.name())) {
				typeByName.put(attribute.name(), observed);
			} else if (observed != null) {
				AttributeType current = typeByName.get(attribute.name());
				typeByName.put(attribute.name(), current == null ? observed : AttributeType.widen(current, observed));
			}
		}
	}

	/**
	 * Returns the number of features added so far.
	 *
	 * @return the feature count
	 */
	public int featureCount() {
		return featureCount;
	}

	/**
	 * Builds the merged collection.
	 *
	 * @param schemaName the name of the merged schema
	 * @param crs the CRS of all geometries
	 * @return all features of all pages, in page order
	 */
	public FeatureCollection merge(String schemaName, Crs crs) {
		List<AttributeDescriptor> attributes = new ArrayList<>(typeByName.size());
		typeByName.forEach((name, type) -> attributes.add(
				new AttributeDescriptor(name, type == null ? AttributeType.STRING : type)));
		FeatureSchema schema = new FeatureSchema(schemaName, attributes);
		List<Feature> features = new ArrayList<>(featureCount);
		for (FeatureCollection page : pages) {
			for (Feature feature : page.getFeatures()) {
				features.add(new Feature(feature.getId(), feature.getGeometry(), schema, valuesOf(feature, schema)));
			}
		}
		return new FeatureCollection(schema, features, crs);
	}

	private static boolean hasValue(FeatureCollection page, int column) {
		for (Feature feature : page.getFeatures()) {
			if (feature.getAttribute(column) != null) {
				return true;
			}
		}
		return false;
	}

	private static Object[] valuesOf(Feature feature, FeatureSchema merged) {
		Object[] values = new Object[merged.size()];
		FeatureSchema own = feature.getSchema();
		for (int column = 0; column < own.size(); column++) {
			String name = own.attribute(column).name();
			int target = merged.indexOf(name);
			values[target] = merged.attribute(target).type().coerce(feature.getAttribute(column));
		}
		return values;
	}
}
