/**
 * Identify: what a picked feature is, for the Properties view. Data bundles explain their attributes
 * (labels, units, missing-value reasons) through the extension point
 * {@code nl.veerkracht.gis.ui.attributeDescriptions} and {@link nl.veerkracht.gis.ui.identify.AttributeDescriber}.
 */
package nl.veerkracht.gis.ui.identify;
