package nl.veerkracht.model.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/** The properties of an analysis object in the Properties view, editable and undoable. */
final class AnalysePropertySource implements IPropertySource {

	private final EObject object;
	private final Map<Object, ItemPropertyEditing> properties = new LinkedHashMap<>();

	AnalysePropertySource(EObject object, IItemPropertySource source) {
		this.object = object;
		for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(object)) {
			ItemPropertyEditing property = new ItemPropertyEditing(object, descriptor);
			properties.put(property.getId(), property);
		}
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		return properties.values().toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		ItemPropertyEditing property = properties.get(id);
		return property == null ? null : property.valueForEditor();
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// no defaults to go back to: unset values are shown empty
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		ItemPropertyEditing property = properties.get(id);
		if (property != null) {
			property.setFromEditor(value);
		}
	}
}
