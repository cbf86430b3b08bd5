/**
 */
package nl.veerkracht.model.impl;

import java.util.Collection;

import nl.veerkracht.model.Gemeente;
import nl.veerkracht.model.VeerkrachtPackage;
import nl.veerkracht.model.Wijk;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gemeente</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.impl.GemeenteImpl#getWijken <em>Wijken</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GemeenteImpl extends CbsRegioImpl implements Gemeente
{
	/**
	 * The cached value of the '{@link #getWijken() <em>Wijken</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWijken()
	 * @generated
	 * @ordered
	 */
	protected EList<Wijk> wijken;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GemeenteImpl()
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
		return VeerkrachtPackage.Literals.GEMEENTE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Wijk> getWijken()
	{
		if (wijken == null)
		{
			wijken = new EObjectContainmentWithInverseEList<Wijk>(Wijk.class, this, VeerkrachtPackage.GEMEENTE__WIJKEN, VeerkrachtPackage.WIJK__GEMEENTE);
		}
		return wijken;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case VeerkrachtPackage.GEMEENTE__WIJKEN:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getWijken()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case VeerkrachtPackage.GEMEENTE__WIJKEN:
				return ((InternalEList<?>)getWijken()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
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
			case VeerkrachtPackage.GEMEENTE__WIJKEN:
				return getWijken();
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
			case VeerkrachtPackage.GEMEENTE__WIJKEN:
				getWijken().clear();
				getWijken().addAll((Collection<? extends Wijk>)newValue);
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
			case VeerkrachtPackage.GEMEENTE__WIJKEN:
				getWijken().clear();
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
			case VeerkrachtPackage.GEMEENTE__WIJKEN:
				return wijken != null && !wijken.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //GemeenteImpl
