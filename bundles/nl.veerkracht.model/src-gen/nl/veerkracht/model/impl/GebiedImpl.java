/**
 */
package nl.veerkracht.model.impl;

import java.util.Collection;

import nl.veerkracht.model.CbsRegio;
import nl.veerkracht.model.Gebied;
import nl.veerkracht.model.VeerkrachtPackage;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.util.EObjectEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gebied</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.impl.GebiedImpl#getOnderdelen <em>Onderdelen</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GebiedImpl extends RegioImpl implements Gebied
{
	/**
	 * The cached value of the '{@link #getOnderdelen() <em>Onderdelen</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnderdelen()
	 * @generated
	 * @ordered
	 */
	protected EList<CbsRegio> onderdelen;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GebiedImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return VeerkrachtPackage.Literals.GEBIED;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CbsRegio> getOnderdelen()
	{
		if (onderdelen == null)
		{
			onderdelen = new EObjectEList<CbsRegio>(CbsRegio.class, this, VeerkrachtPackage.GEBIED__ONDERDELEN);
		}
		return onderdelen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case VeerkrachtPackage.GEBIED__ONDERDELEN:
				return getOnderdelen();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case VeerkrachtPackage.GEBIED__ONDERDELEN:
				getOnderdelen().clear();
				getOnderdelen().addAll((Collection<? extends CbsRegio>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case VeerkrachtPackage.GEBIED__ONDERDELEN:
				getOnderdelen().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case VeerkrachtPackage.GEBIED__ONDERDELEN:
				return onderdelen != null && !onderdelen.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //GebiedImpl
