package nl.veerkracht.gis.ui.identify;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.ui.internal.Messages;

/**
 * Shows an {@link IdentifiedFeature} in the Properties view, read-only: under "Object" its layer, id and
 * geometry type, under "Kenmerken" every attribute with its label, its value formatted the Dutch way
 * with its unit, or for a missing value the reason; the description (what the attribute is and its name
 * in the data) shows in the status line.
 */
final class FeaturePropertySource implements IPropertySource {

	private static final String LAYER = "layer"; //$NON-NLS-1$
	private static final String ID = "id"; //$NON-NLS-1$
	private static final String GEOMETRY = "geometry"; //$NON-NLS-1$

	private final IdentifiedFeature identified;
	private final LayerPresentation presentation;

	FeaturePropertySource(IdentifiedFeature identified, LayerPresentation presentation) {
		this.identified = identified;
		this.presentation = presentation;
	}

	@Override
	public Object getEditableValue() {
		return this;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> descriptors = new ArrayList<>();
		descriptors.add(objectProperty(LAYER, Messages.Identify_layer));
		descriptors.add(objectProperty(ID, Messages.Identify_featureId));
		descriptors.add(objectProperty(GEOMETRY, Messages.Identify_geometry));
		for (int column = 0; column < presentation.columnCount(); column++) {
			PropertyDescriptor descriptor = new PropertyDescriptor(Integer.valueOf(column), displayName(column));
			descriptor.setCategory(Messages.Identify_categoryAttributes);
			descriptor.setDescription(presentation.description(column));
			descriptors.add(descriptor);
		}
		return descriptors.toArray(IPropertyDescriptor[]::new);
	}

	private String displayName(int column) {
		String label = presentation.label(column);
		String name = presentation.name(column);
		return label.equals(name) ? name : label + " (" + name + ")"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static PropertyDescriptor objectProperty(String id, String name) {
		PropertyDescriptor descriptor = new PropertyDescriptor(id, name);
		descriptor.setCategory(Messages.Identify_categoryObject);
		return descriptor;
	}

	@Override
	public Object getPropertyValue(Object id) {
		Feature feature = identified.feature();
		if (id instanceof Integer column) {
			return presentation.propertyText(feature, column);
		}
		return switch ((String) id) {
		case LAYER -> identified.layer().getTitle();
		case ID -> feature.getId();
		case GEOMETRY -> feature.getGeometry().getGeometryType();
		default -> null;
		};
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// read-only
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// read-only
	}
}
