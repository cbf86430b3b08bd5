/**
 */
package nl.veerkracht.model.impl;

import java.util.Collection;

import nl.veerkracht.model.GebiedsMix;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.Regio;
import nl.veerkracht.model.VeerkrachtPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gebieds Mix</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.impl.GebiedsMixImpl#getGebied <em>Gebied</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.GebiedsMixImpl#getInzet <em>Inzet</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GebiedsMixImpl extends EObjectImpl implements GebiedsMix
{
	/**
	 * The cached value of the '{@link #getGebied() <em>Gebied</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGebied()
	 * @generated
	 * @ordered
	 */
	protected Regio gebied;

	/**
	 * The cached value of the '{@link #getInzet() <em>Inzet</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInzet()
	 * @generated
	 * @ordered
	 */
	protected EList<PerspectiefInzet> inzet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GebiedsMixImpl()
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
		return VeerkrachtPackage.Literals.GEBIEDS_MIX;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Regio getGebied()
	{
		return gebied;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGebied(Regio newGebied)
	{
		Regio oldGebied = gebied;
		gebied = newGebied;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.GEBIEDS_MIX__GEBIED, oldGebied, gebied));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PerspectiefInzet> getInzet()
	{
		if (inzet == null)
		{
			inzet = new EObjectContainmentEList<PerspectiefInzet>(PerspectiefInzet.class, this, VeerkrachtPackage.GEBIEDS_MIX__INZET);
		}
		return inzet;
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
			case VeerkrachtPackage.GEBIEDS_MIX__INZET:
				return ((InternalEList<?>)getInzet()).basicRemove(otherEnd, msgs);
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
			case VeerkrachtPackage.GEBIEDS_MIX__GEBIED:
				return getGebied();
			case VeerkrachtPackage.GEBIEDS_MIX__INZET:
				return getInzet();
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
			case VeerkrachtPackage.GEBIEDS_MIX__GEBIED:
				setGebied((Regio)newValue);
				return;
			case VeerkrachtPackage.GEBIEDS_MIX__INZET:
				getInzet().clear();
				getInzet().addAll((Collection<? extends PerspectiefInzet>)newValue);
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
			case VeerkrachtPackage.GEBIEDS_MIX__GEBIED:
				setGebied((Regio)null);
				return;
			case VeerkrachtPackage.GEBIEDS_MIX__INZET:
				getInzet().clear();
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
			case VeerkrachtPackage.GEBIEDS_MIX__GEBIED:
				return gebied != null;
			case VeerkrachtPackage.GEBIEDS_MIX__INZET:
				return inzet != null && !inzet.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //GebiedsMixImpl
