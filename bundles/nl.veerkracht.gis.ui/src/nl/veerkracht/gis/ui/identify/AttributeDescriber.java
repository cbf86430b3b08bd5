package nl.veerkracht.gis.ui.identify;

import java.util.Optional;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.VectorLayer;

/**
 * Knows what the attributes of some layers mean: a readable label, the unit, a description, and why a
 * value is missing. Contributed through the extension point {@value AttributeDescribers#EXTENSION_POINT},
 * so that a data bundle (for example the CBS bundle with its variable catalogue) can explain its
 * attributes in the Properties view and the attribute table without the map user interface depending on
 * it.
 * <p>
 * Implementations must be thread-safe and fast (they are asked for every cell of a table); they answer
 * empty for attributes they do not know, and the next describer is asked.
 */
public interface AttributeDescriber {

	/**
	 * Describes an attribute of a layer.
	 *
	 * @param layer the layer
	 * @param attribute the attribute's name in the layer's schema
	 * @return the description, or empty if this describer does not know the attribute
	 */
	Optional<AttributeDescription> describe(VectorLayer layer, String attribute);

	/**
	 * Tells why a value is missing. A value is missing when it is {@code null}, or when the data marks it
	 * as missing with a code (such as the CBS secrecy code {@code -99999997}); such a value must then not
	 * be shown or used as a number.
	 *
	 * @param layer the layer
	 * @param feature the feature
	 * @param attribute the attribute's name in the layer's schema
	 * @param value the feature's value of the attribute, possibly {@code null}
	 * @return the reason for people, for example {@code "geheim (CBS-code -99999997)"}; empty if the value
	 *         is not missing or this describer does not know why
	 */
	Optional<String> missingReason(VectorLayer layer, Feature feature, String attribute, Object value);
}
