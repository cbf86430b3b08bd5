/**
 */
package nl.veerkracht.model.provider;


import java.util.Collection;
import java.util.List;

import nl.veerkracht.model.Analyse;
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
 * This is the item provider adapter for a {@link nl.veerkracht.model.Analyse} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class AnalyseItemProvider 
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
	public AnalyseItemProvider(AdapterFactory adapterFactory)
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
			addModelVersionPropertyDescriptor(object);
			addReferenceYearPropertyDescriptor(object);
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
				 getString("_UI_Analyse_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Analyse_name_feature", "_UI_Analyse_type"),
				 VeerkrachtPackage.Literals.ANALYSE__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Model Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addModelVersionPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Analyse_modelVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Analyse_modelVersion_feature", "_UI_Analyse_type"),
				 VeerkrachtPackage.Literals.ANALYSE__MODEL_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Reference Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReferenceYearPropertyDescriptor(Object object)
	{
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Analyse_referenceYear_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Analyse_referenceYear_feature", "_UI_Analyse_type"),
				 VeerkrachtPackage.Literals.ANALYSE__REFERENCE_YEAR,
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
			childrenFeatures.add(VeerkrachtPackage.Literals.ANALYSE__GEMEENTEN);
			childrenFeatures.add(VeerkrachtPackage.Literals.ANALYSE__GEBIEDEN);
			childrenFeatures.add(VeerkrachtPackage.Literals.ANALYSE__DATA_SOURCES);
			childrenFeatures.add(VeerkrachtPackage.Literals.ANALYSE__KAARTEN);
			childrenFeatures.add(VeerkrachtPackage.Literals.ANALYSE__INDICATOR_VALUES);
			childrenFeatures.add(VeerkrachtPackage.Literals.ANALYSE__WIJKSCHETSEN);
			childrenFeatures.add(VeerkrachtPackage.Literals.ANALYSE__PRESTATIEAFSPRAKEN);
			childrenFeatures.add(VeerkrachtPackage.Literals.ANALYSE__SCENARIOS);
			childrenFeatures.add(VeerkrachtPackage.Literals.ANALYSE__SIGNALERINGSKAART);
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
	 * This returns Analyse.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object)
	{
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Analyse"));
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
		String label = ((Analyse)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Analyse_type") :
			getString("_UI_Analyse_type") + " " + label;
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

		switch (notification.getFeatureID(Analyse.class))
		{
			case VeerkrachtPackage.ANALYSE__NAME:
			case VeerkrachtPackage.ANALYSE__MODEL_VERSION:
			case VeerkrachtPackage.ANALYSE__REFERENCE_YEAR:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case VeerkrachtPackage.ANALYSE__GEMEENTEN:
			case VeerkrachtPackage.ANALYSE__GEBIEDEN:
			case VeerkrachtPackage.ANALYSE__DATA_SOURCES:
			case VeerkrachtPackage.ANALYSE__KAARTEN:
			case VeerkrachtPackage.ANALYSE__INDICATOR_VALUES:
			case VeerkrachtPackage.ANALYSE__WIJKSCHETSEN:
			case VeerkrachtPackage.ANALYSE__PRESTATIEAFSPRAKEN:
			case VeerkrachtPackage.ANALYSE__SCENARIOS:
			case VeerkrachtPackage.ANALYSE__SIGNALERINGSKAART:
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
				(VeerkrachtPackage.Literals.ANALYSE__GEMEENTEN,
				 VeerkrachtFactory.eINSTANCE.createGemeente()));

		newChildDescriptors.add
			(createChildParameter
				(VeerkrachtPackage.Literals.ANALYSE__GEBIEDEN,
				 VeerkrachtFactory.eINSTANCE.createGebied()));

		newChildDescriptors.add
			(createChildParameter
				(VeerkrachtPackage.Literals.ANALYSE__DATA_SOURCES,
				 VeerkrachtFactory.eINSTANCE.createDataSource()));

		newChildDescriptors.add
			(createChildParameter
				(VeerkrachtPackage.Literals.ANALYSE__KAARTEN,
				 VeerkrachtFactory.eINSTANCE.createKaartInstelling()));

		newChildDescriptors.add
			(createChildParameter
				(VeerkrachtPackage.Literals.ANALYSE__INDICATOR_VALUES,
				 VeerkrachtFactory.eINSTANCE.createIndicatorValue()));

		newChildDescriptors.add
			(createChildParameter
				(VeerkrachtPackage.Literals.ANALYSE__WIJKSCHETSEN,
				 VeerkrachtFactory.eINSTANCE.createWijkschets()));

		newChildDescriptors.add
			(createChildParameter
				(VeerkrachtPackage.Literals.ANALYSE__PRESTATIEAFSPRAKEN,
				 VeerkrachtFactory.eINSTANCE.createPrestatieafspraak()));

		newChildDescriptors.add
			(createChildParameter
				(VeerkrachtPackage.Literals.ANALYSE__SCENARIOS,
				 VeerkrachtFactory.eINSTANCE.createScenario()));

		newChildDescriptors.add
			(createChildParameter
				(VeerkrachtPackage.Literals.ANALYSE__SIGNALERINGSKAART,
				 VeerkrachtFactory.eINSTANCE.createSignaleringskaart()));
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
