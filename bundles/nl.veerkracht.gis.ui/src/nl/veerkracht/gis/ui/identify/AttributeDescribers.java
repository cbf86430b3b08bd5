package nl.veerkracht.gis.ui.identify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.layer.VectorLayer;

/**
 * The {@link AttributeDescriber}s contributed to the extension point {@value #EXTENSION_POINT}, asked
 * in turn: the first that knows an attribute answers. A contribution whose class cannot be created is
 * logged and left out.
 */
public final class AttributeDescribers implements AttributeDescriber {

	/** The id of the extension point. */
	public static final String EXTENSION_POINT = "nl.veerkracht.gis.ui.attributeDescriptions"; //$NON-NLS-1$

	private static volatile AttributeDescribers contributed;

	private final List<AttributeDescriber> describers;

	/**
	 * Combines describers.
	 *
	 * @param describers the describers, asked in this order
	 */
	public AttributeDescribers(List<AttributeDescriber> describers) {
		this.describers = List.copyOf(describers);
	}

	/**
	 * Returns the describers contributed to the extension point, created on first use.
	 *
	 * @return the combined describer; without contributions it knows nothing
	 */
	public static AttributeDescribers contributed() {
		AttributeDescribers result = contributed;
		if (result == null) {
			result = new AttributeDescribers(load());
			contributed = result;
		}
		return result;
	}

	private static List<AttributeDescriber> load() {
		List<AttributeDescriber> found = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			try {
				if (element.createExecutableExtension("class") instanceof AttributeDescriber describer) { //$NON-NLS-1$
					found.add(describer);
				} else {
					ILog.of(AttributeDescribers.class).error(element.getContributor().getName()
							+ " contributes a describer that is not an AttributeDescriber"); //$NON-NLS-1$
				}
			} catch (CoreException e) {
				ILog.of(AttributeDescribers.class).log(e.getStatus());
			}
		}
		return found;
	}

	@Override
	public Optional<AttributeDescription> describe(VectorLayer layer, String attribute) {
		for (AttributeDescriber describer : describers) {
			Optional<AttributeDescription> description = describer.describe(layer, attribute);
			if (description.isPresent()) {
				return description;
			}
		}
		return Optional.empty();
	}

	@Override
	public Optional<String> missingReason(VectorLayer layer, Feature feature, String attribute, Object value) {
		for (AttributeDescriber describer : describers) {
			Optional<String> reason = describer.missingReason(layer, feature, attribute, value);
			if (reason.isPresent()) {
				return reason;
			}
		}
		return Optional.empty();
	}
}
