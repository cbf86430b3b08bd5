/**
 */
package nl.veerkracht.model.provider;


import java.util.Collection;
import java.util.List;

import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.VeerkrachtPackage;
import nl.veerkracht.model.Wijkschets;

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
 * This is the item provider adapter for a {@link nl.veerkracht.model.Wijkschets} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class WijkschetsItemProvider 
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
	public WijkschetsItemProvider(AdapterFactory adapterFactory)
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

			addNamePropertyDescriptor(object);
			addGebiedPropertyDescriptor(object);
			addPhotoPathPropertyDescriptor(object);
			addBevolkingPropertyDescriptor(object);
			addProbleemanalysePropertyDescriptor(object);
			addDefinitieVanSuccesPropertyDescriptor(object);
			addCompletePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Wijkschets_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Wijkschets_name_feature", "_UI_Wijkschets_type"),
				 VeerkrachtPackage.Literals.WIJKSCHETS__NAME,
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
				 getString("_UI_Wijkschets_gebied_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Wijkschets_gebied_feature", "_UI_Wijkschets_type"),
				 VeerkrachtPackage.Literals.WIJKSCHETS__GEBIED,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Photo Path feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPhotoPathPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Wijkschets_photoPath_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Wijkschets_photoPath_feature", "_UI_Wijkschets_type"),
				 VeerkrachtPackage.Literals.WIJKSCHETS__PHOTO_PATH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Bevolking feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBevolkingPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Wijkschets_bevolking_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Wijkschets_bevolking_feature", "_UI_Wijkschets_type"),
				 VeerkrachtPackage.Literals.WIJKSCHETS__BEVOLKING,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Probleemanalyse feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProbleemanalysePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Wijkschets_probleemanalyse_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Wijkschets_probleemanalyse_feature", "_UI_Wijkschets_type"),
				 VeerkrachtPackage.Literals.WIJKSCHETS__PROBLEEMANALYSE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Definitie Van Succes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDefinitieVanSuccesPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Wijkschets_definitieVanSucces_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Wijkschets_definitieVanSucces_feature", "_UI_Wijkschets_type"),
				 VeerkrachtPackage.Literals.WIJKSCHETS__DEFINITIE_VAN_SUCCES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Complete feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCompletePropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Wijkschets_complete_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Wijkschets_complete_feature", "_UI_Wijkschets_type"),
				 VeerkrachtPackage.Literals.WIJKSCHETS__COMPLETE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
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
			childrenFeatures.add(VeerkrachtPackage.Literals.WIJKSCHETS__KAART);
			childrenFeatures.add(VeerkrachtPackage.Literals.WIJKSCHETS__SLEUTELPROJECTEN);
			childrenFeatures.add(VeerkrachtPackage.Literals.WIJKSCHETS__STATUS_BEOORDELINGEN);
			childrenFeatures.add(VeerkrachtPackage.Literals.WIJKSCHETS__DILEMMAS);
			childrenFeatures.add(VeerkrachtPackage.Literals.WIJKSCHETS__PERSPECTIEF_MIX);
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
	 * This returns Wijkschets.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Wijkschets"));
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
		String label = ((Wijkschets)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Wijkschets_type") :
			getString("_UI_Wijkschets_type") + " " + label;
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

		switch (notification.getFeatureID(Wijkschets.class))
		{
			case VeerkrachtPackage.WIJKSCHETS__NAME:
			case VeerkrachtPackage.WIJKSCHETS__PHOTO_PATH:
			case VeerkrachtPackage.WIJKSCHETS__BEVOLKING:
			case VeerkrachtPackage.WIJKSCHETS__PROBLEEMANALYSE:
			case VeerkrachtPackage.WIJKSCHETS__DEFINITIE_VAN_SUCCES:
			case VeerkrachtPackage.WIJKSCHETS__COMPLETE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case VeerkrachtPackage.WIJKSCHETS__KAART:
			case VeerkrachtPackage.WIJKSCHETS__SLEUTELPROJECTEN:
			case VeerkrachtPackage.WIJKSCHETS__STATUS_BEOORDELINGEN:
			case VeerkrachtPackage.WIJKSCHETS__DILEMMAS:
			case VeerkrachtPackage.WIJKSCHETS__PERSPECTIEF_MIX:
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
				(VeerkrachtPackage.Literals.WIJKSCHETS__KAART,
				 VeerkrachtFactory.eINSTANCE.createKaartInstelling()));

		newChildDescriptors.add
			(createChildParameter
				(VeerkrachtPackage.Literals.WIJKSCHETS__SLEUTELPROJECTEN,
				 VeerkrachtFactory.eINSTANCE.createSleutelproject()));

		newChildDescriptors.add
			(createChildParameter
				(VeerkrachtPackage.Literals.WIJKSCHETS__STATUS_BEOORDELINGEN,
				 VeerkrachtFactory.eINSTANCE.createStatusBeoordeling()));

		newChildDescriptors.add
			(createChildParameter
				(VeerkrachtPackage.Literals.WIJKSCHETS__DILEMMAS,
				 VeerkrachtFactory.eINSTANCE.createDilemma()));

		newChildDescriptors.add
			(createChildParameter
				(VeerkrachtPackage.Literals.WIJKSCHETS__PERSPECTIEF_MIX,
				 VeerkrachtFactory.eINSTANCE.createPerspectiefInzet()));
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
