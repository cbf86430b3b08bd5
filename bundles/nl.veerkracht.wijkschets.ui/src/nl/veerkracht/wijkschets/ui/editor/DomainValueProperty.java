package nl.veerkracht.wijkschets.ui.editor;

import org.eclipse.core.databinding.property.INativePropertyListener;
import org.eclipse.core.databinding.property.ISimplePropertyListener;
import org.eclipse.core.databinding.property.NativePropertyListener;
import org.eclipse.core.databinding.property.value.SimpleValueProperty;
import org.eclipse.core.databinding.observable.Diffs;
import org.eclipse.core.databinding.observable.value.ValueDiff;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * A JFace Data Binding value property of a single-valued EMF feature that changes the model only through
 * {@link SetCommand}s on an editing domain, so that every edit made through a binding can be undone and
 * marks the editor dirty. Changes made elsewhere (undo, the Properties view, another page) reach the
 * bound widgets through an EMF adapter.
 */
public final class DomainValueProperty extends SimpleValueProperty<EObject, Object> {

	private final EditingDomain domain;
	private final EStructuralFeature feature;

	/**
	 * @param domain  the editing domain whose command stack takes the changes
	 * @param feature a single-valued attribute or reference
	 */
	public DomainValueProperty(EditingDomain domain, EStructuralFeature feature) {
		if (feature.isMany()) {
			throw new IllegalArgumentException(feature.getName() + " is multi-valued"); //$NON-NLS-1$
		}
		this.domain = domain;
		this.feature = feature;
	}

	@Override
	public Object getValueType() {
		return feature.getEType().getInstanceClass();
	}

	@Override
	protected Object doGetValue(EObject source) {
		return source.eGet(feature);
	}

	@Override
	protected void doSetValue(EObject source, Object value) {
		Object old = source.eGet(feature);
		if (old == null ? value == null : old.equals(value)) {
			return;
		}
		Command command = SetCommand.create(domain, source, feature, value == null ? SetCommand.UNSET_VALUE : value);
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	@Override
	public INativePropertyListener<EObject> adaptListener(
			ISimplePropertyListener<EObject, ValueDiff<? extends Object>> listener) {
		return new FeatureListener(this, listener);
	}

	@Override
	public String toString() {
		return feature.getEContainingClass().getName() + '.' + feature.getName();
	}

	private final class FeatureListener extends NativePropertyListener<EObject, ValueDiff<? extends Object>> {

		private final Adapter adapter = new org.eclipse.emf.common.notify.impl.AdapterImpl() {
			@Override
			public void notifyChanged(Notification notification) {
				if (notification.getFeature() == feature && !notification.isTouch()) {
					fireChange((EObject) notification.getNotifier(),
							Diffs.createValueDiff(notification.getOldValue(), notification.getNewValue()));
				}
			}
		};

		FeatureListener(DomainValueProperty property,
				ISimplePropertyListener<EObject, ValueDiff<? extends Object>> listener) {
			super(property, listener);
		}

		@Override
		protected void doAddTo(EObject source) {
			source.eAdapters().add(adapter);
		}

		@Override
		protected void doRemoveFrom(EObject source) {
			source.eAdapters().remove(adapter);
		}
	}
}
