package nl.veerkracht.model.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * One property of a model object in the Properties view, over its EMF item property descriptor: text
 * for data values (converted with the attribute's data type), a list for enumerations, booleans and
 * references; a many-valued attribute is shown as one text, read-only. Setting a value goes through the descriptor, which executes a command on the object's
 * editing domain, so every change can be undone.
 */
final class ItemPropertyEditing extends PropertyDescriptor {

	private final EObject object;
	private final IItemPropertyDescriptor descriptor;
	private final List<Object> choices;

	ItemPropertyEditing(EObject object, IItemPropertyDescriptor descriptor) {
		super(descriptor.getId(object), descriptor.getDisplayName(object));
		this.object = object;
		this.descriptor = descriptor;
		Collection<?> choiceOfValues = descriptor.getChoiceOfValues(object);
		this.choices = choiceOfValues == null ? null : new ArrayList<>(choiceOfValues);
		setDescription(descriptor.getDescription(object));
		setCategory(descriptor.getCategory(object));
		IItemLabelProvider labels = descriptor.getLabelProvider(object);
		setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object value) {
				return labels.getText(fromEditor(value));
			}
		});
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!descriptor.canSetProperty(object) || isManyValued()) {
			return null;
		}
		if (choices != null) {
			IItemLabelProvider labels = descriptor.getLabelProvider(object);
			String[] items = choices.stream().map(labels::getText).toArray(String[]::new);
			return new ComboBoxCellEditor(parent, items, SWT.READ_ONLY);
		}
		return dataType() != null ? new TextCellEditor(parent) : null;
	}

	/** @return the current value as the editor shows it: a list index, or text */
	Object valueForEditor() {
		Object value = currentValue();
		if (isManyValued() && value instanceof Collection<?> values) {
			EDataType type = dataType();
			List<String> texts = new ArrayList<>();
			for (Object element : values) {
				texts.add(type == null ? String.valueOf(element) : EcoreUtil.convertToString(type, element));
			}
			return String.join("; ", texts); //$NON-NLS-1$
		}
		if (choices != null) {
			return Math.max(0, choices.indexOf(value));
		}
		EDataType type = dataType();
		return value == null || type == null ? "" : EcoreUtil.convertToString(type, value); //$NON-NLS-1$
	}

	/** Sets the value the editor gives, through the item property descriptor (an undoable command). */
	void setFromEditor(Object edited) {
		descriptor.setPropertyValue(object, fromEditor(edited));
	}

	private Object fromEditor(Object edited) {
		if (isManyValued()) {
			return edited;
		}
		if (choices != null && edited instanceof Integer index) {
			return index >= 0 && index < choices.size() ? choices.get(index) : null;
		}
		if (edited instanceof String text && dataType() != null) {
			return text.isBlank() ? null : EcoreUtil.createFromString(dataType(), text.strip());
		}
		return edited;
	}

	private Object currentValue() {
		Object value = descriptor.getPropertyValue(object);
		return value instanceof IItemPropertySource source ? source.getEditableValue(object) : value;
	}

	/** A many-valued attribute (e.g. a list of files) is shown joined with "; " and not edited here. */
	private boolean isManyValued() {
		return descriptor.isMany(object) && descriptor.getFeature(object) instanceof EAttribute;
	}

	private EDataType dataType() {
		return descriptor.getFeature(object) instanceof EAttribute attribute ? attribute.getEAttributeType() : null;
	}
}
