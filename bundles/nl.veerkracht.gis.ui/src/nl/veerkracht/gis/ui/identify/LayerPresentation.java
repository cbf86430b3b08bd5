package nl.veerkracht.gis.ui.identify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.VectorLayer;
import nl.veerkracht.gis.core.table.AttributeValueFormat;
import nl.veerkracht.gis.ui.internal.Messages;

/**
 * How the attributes of one layer are shown to people: labels and units from the
 * {@link AttributeDescriber}s, values formatted the Dutch way, and missing values (also those a data
 * source marks with a code) shown with their reason instead of as numbers. Not thread-safe; use on one
 * thread.
 */
public final class LayerPresentation {

	private final VectorLayer layer;
	private final AttributeDescriber describer;
	private final List<AttributeDescriptor> attributes;
	private final List<Optional<AttributeDescription>> descriptions = new ArrayList<>();
	private final AttributeValueFormat format = new AttributeValueFormat(Locale.forLanguageTag("nl-NL"),
			Messages.Value_yes, Messages.Value_no);

	/**
	 * Creates the presentation of a layer.
	 *
	 * @param layer the layer
	 * @param describer what explains the attributes, usually {@link AttributeDescribers#contributed()}
	 */
	public LayerPresentation(VectorLayer layer, AttributeDescriber describer) {
		this.layer = layer;
		this.describer = describer;
		this.attributes = layer.getFeatures().getSchema().getAttributes();
		for (AttributeDescriptor attribute : attributes) {
			descriptions.add(describer.describe(layer, attribute.name()));
		}
	}

	/** @return the layer presented */
	public VectorLayer layer() {
		return layer;
	}

	/** @return the number of attributes */
	public int columnCount() {
		return attributes.size();
	}

	/**
	 * @param column an attribute index
	 * @return the attribute's name in the data
	 */
	public String name(int column) {
		return attributes.get(column).name();
	}

	/**
	 * @param column an attribute index
	 * @return the readable label, or the name where no describer knows the attribute
	 */
	public String label(int column) {
		return descriptions.get(column).map(AttributeDescription::label).orElse(name(column));
	}

	/**
	 * @param column an attribute index
	 * @return the unit written after values, or empty
	 */
	public String unit(int column) {
		return descriptions.get(column).map(AttributeDescription::unit).orElse(""); //$NON-NLS-1$
	}

	/**
	 * @param column an attribute index
	 * @return a description for tooltips and the status line: what the attribute is, under which name
	 */
	public String description(int column) {
		String about = descriptions.get(column).map(AttributeDescription::description).orElse(""); //$NON-NLS-1$
		String named = NLS.bind(Messages.Identify_attributeName, name(column));
		return about.isEmpty() ? named : about + " \u2014 " + named; //$NON-NLS-1$
	}

	/**
	 * Tells why a feature's value is missing.
	 *
	 * @param feature a feature of the layer
	 * @param column an attribute index
	 * @return the reason; empty if the value is there, or if it is {@code null} and nobody knows why
	 */
	public Optional<String> missingReason(Feature feature, int column) {
		return describer.missingReason(layer, feature, name(column), feature.getAttribute(column));
	}

	/**
	 * @param feature a feature of the layer
	 * @param column an attribute index
	 * @return whether the value is {@code null} or marked missing by the data
	 */
	public boolean isMissing(Feature feature, int column) {
		return feature.getAttribute(column) == null || missingReason(feature, column).isPresent();
	}

	/**
	 * Formats a value for a table cell: the number or text with its unit; for a missing value its reason
	 * in parentheses, or nothing if no reason is known.
	 *
	 * @param feature a feature of the layer
	 * @param column an attribute index
	 * @return the text
	 */
	public String cellText(Feature feature, int column) {
		Optional<String> reason = missingReason(feature, column);
		if (reason.isPresent()) {
			return "(" + reason.get() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return withUnit(feature.getAttribute(column), column);
	}

	/**
	 * Formats a value for the Properties view: like {@link #cellText} but saying in words that a value is
	 * missing, with its reason where known.
	 *
	 * @param feature a feature of the layer
	 * @param column an attribute index
	 * @return the text
	 */
	public String propertyText(Feature feature, int column) {
		Optional<String> reason = missingReason(feature, column);
		if (reason.isPresent()) {
			return NLS.bind(Messages.Identify_missing, reason.get());
		}
		Object value = feature.getAttribute(column);
		return value == null ? Messages.Identify_noValue : withUnit(value, column);
	}

	private String withUnit(Object value, int column) {
		String text = format.format(value);
		String unit = unit(column);
		return value == null || unit.isEmpty() ? text : text + " " + unit; //$NON-NLS-1$
	}
}
