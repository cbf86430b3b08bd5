/**
 */
package nl.veerkracht.model.provider;


import java.util.Collection;
import java.util.List;

import nl.veerkracht.model.Prestatieafspraak;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.VeerkrachtPackage;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link nl.veerkracht.model.Prestatieafspraak} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PrestatieafspraakItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource
{
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PrestatieafspraakItemProvider(AdapterFactory adapterFactory)
	{
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object)
	{
		if (itemPropertyDescriptors == null)
		{
			super.getPropertyDescriptors(object);

			addTitlePropertyDescriptor(object);
			addAgreementPropertyDescriptor(object);
			addGebiedPropertyDescriptor(object);
			addIndicatorVariableIdPropertyDescriptor(object);
			addBaselineValuePropertyDescriptor(object);
			addBaselineYearPropertyDescriptor(object);
			addTargetValuePropertyDescriptor(object);
			addTargetYearPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitlePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Prestatieafspraak_title_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Prestatieafspraak_title_feature", "_UI_Prestatieafspraak_type"),
				 VeerkrachtPackage.Literals.PRESTATIEAFSPRAAK__TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Agreement feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAgreementPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Prestatieafspraak_agreement_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Prestatieafspraak_agreement_feature", "_UI_Prestatieafspraak_type"),
				 VeerkrachtPackage.Literals.PRESTATIEAFSPRAAK__AGREEMENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Gebied feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGebiedPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Prestatieafspraak_gebied_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Prestatieafspraak_gebied_feature", "_UI_Prestatieafspraak_type"),
				 VeerkrachtPackage.Literals.PRESTATIEAFSPRAAK__GEBIED,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Indicator Variable Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIndicatorVariableIdPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Prestatieafspraak_indicatorVariableId_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Prestatieafspraak_indicatorVariableId_feature", "_UI_Prestatieafspraak_type"),
				 VeerkrachtPackage.Literals.PRESTATIEAFSPRAAK__INDICATOR_VARIABLE_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Baseline Value feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBaselineValuePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Prestatieafspraak_baselineValue_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Prestatieafspraak_baselineValue_feature", "_UI_Prestatieafspraak_type"),
				 VeerkrachtPackage.Literals.PRESTATIEAFSPRAAK__BASELINE_VALUE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Baseline Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBaselineYearPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Prestatieafspraak_baselineYear_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Prestatieafspraak_baselineYear_feature", "_UI_Prestatieafspraak_type"),
				 VeerkrachtPackage.Literals.PRESTATIEAFSPRAAK__BASELINE_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Target Value feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetValuePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Prestatieafspraak_targetValue_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Prestatieafspraak_targetValue_feature", "_UI_Prestatieafspraak_type"),
				 VeerkrachtPackage.Literals.PRESTATIEAFSPRAAK__TARGET_VALUE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Target Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetYearPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Prestatieafspraak_targetYear_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Prestatieafspraak_targetYear_feature", "_UI_Prestatieafspraak_type"),
				 VeerkrachtPackage.Literals.PRESTATIEAFSPRAAK__TARGET_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Prestatieafspraak_status_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Prestatieafspraak_status_feature", "_UI_Prestatieafspraak_type"),
				 VeerkrachtPackage.Literals.PRESTATIEAFSPRAAK__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object)
	{
		if (childrenFeatures == null)
		{
			super.getChildrenFeatures(object);
			childrenFeatures.add(VeerkrachtPackage.Literals.PRESTATIEAFSPRAAK__PARTIES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child)
	{
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Prestatieafspraak.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Prestatieafspraak"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object)
	{
		String label = ((Prestatieafspraak)object).getTitle();
		return label == null || label.length() == 0 ?
			getString("_UI_Prestatieafspraak_type") :
			getString("_UI_Prestatieafspraak_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification)
	{
		updateChildren(notification);

		switch (notification.getFeatureID(Prestatieafspraak.class))
		{
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__TITLE:
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__AGREEMENT:
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__INDICATOR_VARIABLE_ID:
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__BASELINE_VALUE:
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__BASELINE_YEAR:
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__TARGET_VALUE:
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__TARGET_YEAR:
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__STATUS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__PARTIES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object)
	{
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(VeerkrachtPackage.Literals.PRESTATIEAFSPRAAK__PARTIES,
				 VeerkrachtFactory.eINSTANCE.createPartij()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator()
	{
		return VeerkrachtEditPlugin.INSTANCE;
	}

}
