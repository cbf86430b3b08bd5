package nl.veerkracht.wijkschets.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.Realm;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.swt.DisplayRealm;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

/**
 * Binds the widgets of the wijkschets editor to the model with JFace Data Binding: every change made in
 * a widget becomes a command on the editing domain (undoable, marks the editor dirty), every change of
 * the model (undo, redo, the Properties view, presentation mode) shows in the widgets at once.
 * <p>
 * Typing is committed after a short pause, on leaving the field and before saving or undoing
 * ({@link #commitPendingEdits()}), so that one burst of typing is one undoable step.
 */
public final class EditorBindings {

	/** Pause in typing after which a text change becomes a command. */
	public static final int TYPING_PAUSE_MS = 600;

	private final EditingDomain domain;
	private final Realm realm;
	private final DataBindingContext context;
	private final List<IObservableValue<?>> delayedTargets = new ArrayList<>();

	/**
	 * @param domain  the editing domain that takes the changes
	 * @param control any control of the editor: gives the display whose realm the bindings use
	 */
	public EditorBindings(EditingDomain domain, Control control) {
		this.domain = domain;
		this.realm = DisplayRealm.getRealm(control.getDisplay());
		this.context = new DataBindingContext(realm);
	}

	/** @return the editing domain the bindings write through */
	public EditingDomain getDomain() {
		return domain;
	}

	/**
	 * @param owner   the object
	 * @param feature a single-valued feature of it
	 * @return an observable of the feature that writes through commands
	 */
	public IObservableValue<Object> observe(EObject owner, EStructuralFeature feature) {
		return new DomainValueProperty(domain, feature).observe(realm, owner);
	}

	/**
	 * Binds a text field (single or multi line) to a string attribute.
	 *
	 * @param text      the field
	 * @param owner     the object
	 * @param attribute a string attribute of it
	 */
	public void bindText(Text text, EObject owner, EAttribute attribute) {
		IObservableValue<String> target = WidgetProperties.text(SWT.Modify).observeDelayed(TYPING_PAUSE_MS, text);
		bindString(target, owner, attribute);
	}

	/**
	 * Binds a styled text to a string attribute.
	 *
	 * @param text      the styled text
	 * @param owner     the object
	 * @param attribute a string attribute of it
	 */
	public void bindText(StyledText text, EObject owner, EAttribute attribute) {
		IObservableValue<String> target = WidgetProperties.text(SWT.Modify).observeDelayed(TYPING_PAUSE_MS, text);
		bindString(target, owner, attribute);
	}

	private void bindString(IObservableValue<String> target, EObject owner, EAttribute attribute) {
		delayedTargets.add(target);
		IObservableValue<Object> model = observe(owner, attribute);
		UpdateValueStrategy<String, Object> toModel = new UpdateValueStrategy<>();
		// the converters name the attribute's own type (String), which the binding checks against the model
		Object modelType = model.getValueType();
		toModel.setConverter(IConverter.create(String.class, modelType,
				value -> value == null || value.isEmpty() ? null : value));
		UpdateValueStrategy<Object, String> toTarget = new UpdateValueStrategy<>();
		toTarget.setConverter(IConverter.create(modelType, String.class,
				value -> value == null ? "" : value.toString())); //$NON-NLS-1$
		context.bindValue(target, model, toModel, toTarget);
	}

	/**
	 * Binds a check box to a boolean attribute.
	 *
	 * @param button    a check box
	 * @param owner     the object
	 * @param attribute a boolean attribute
	 */
	public void bindSelection(Button button, EObject owner, EAttribute attribute) {
		IObservableValue<Boolean> target = WidgetProperties.buttonSelection().observe(button);
		context.bindValue(target, observe(owner, attribute));
	}

	/**
	 * Binds a spinner to an int or Integer attribute.
	 *
	 * @param spinner   the spinner
	 * @param owner     the object
	 * @param attribute an integer attribute
	 */
	public void bindSelection(Spinner spinner, EObject owner, EAttribute attribute) {
		IObservableValue<Integer> target = WidgetProperties.spinnerSelection().observe(spinner);
		context.bindValue(target, observe(owner, attribute));
	}

	/**
	 * Binds any target observable to a feature, e.g. a combo viewer's single selection to an enum
	 * attribute.
	 *
	 * @param target  the widget side
	 * @param owner   the object
	 * @param feature the feature
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public void bind(IObservableValue<?> target, EObject owner, EStructuralFeature feature) {
		context.bindValue((IObservableValue) target, observe(owner, feature));
	}

	/**
	 * Turns typing that waits for its pause into commands now: call before saving, undoing, exporting or
	 * switching pages.
	 */
	public void commitPendingEdits() {
		for (IObservableValue<?> target : delayedTargets) {
			if (!target.isDisposed()) {
				// a delayed observable hands over a pending change when asked for its value
				target.getValue();
			}
		}
	}

	/** Removes every binding; the widgets and the model stay as they are. */
	public void dispose() {
		context.dispose();
		delayedTargets.clear();
	}
}
