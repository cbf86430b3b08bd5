/**
 */
package nl.veerkracht.model.impl;

import java.util.Collection;

import nl.veerkracht.model.Buurt;
import nl.veerkracht.model.Gemeente;
import nl.veerkracht.model.VeerkrachtPackage;
import nl.veerkracht.model.Wijk;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Wijk</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.impl.WijkImpl#getGemeente <em>Gemeente</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.WijkImpl#getBuurten <em>Buurten</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WijkImpl extends CbsRegioImpl implements Wijk
{
	/**
	 * The cached value of the '{@link #getBuurten() <em>Buurten</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuurten()
	 * @generated
	 * @ordered
	 */
	protected EList<Buurt> buurten;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WijkImpl()
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
		return VeerkrachtPackage.Literals.WIJK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Gemeente getGemeente()
	{
		if (eContainerFeatureID() != VeerkrachtPackage.WIJK__GEMEENTE) return null;
		return (Gemeente)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGemeente(Gemeente newGemeente, NotificationChain msgs)
	{
		msgs = eBasicSetContainer((InternalEObject)newGemeente, VeerkrachtPackage.WIJK__GEMEENTE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGemeente(Gemeente newGemeente)
	{
		if (newGemeente != eInternalContainer() || (eContainerFeatureID() != VeerkrachtPackage.WIJK__GEMEENTE && newGemeente != null))
		{
			if (EcoreUtil.isAncestor(this, newGemeente))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newGemeente != null)
				msgs = ((InternalEObject)newGemeente).eInverseAdd(this, VeerkrachtPackage.GEMEENTE__WIJKEN, Gemeente.class, msgs);
			msgs = basicSetGemeente(newGemeente, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.WIJK__GEMEENTE, newGemeente, newGemeente));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Buurt> getBuurten()
	{
		if (buurten == null)
		{
			buurten = new EObjectContainmentWithInverseEList<Buurt>(Buurt.class, this, VeerkrachtPackage.WIJK__BUURTEN, VeerkrachtPackage.BUURT__WIJK);
		}
		return buurten;
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
			case VeerkrachtPackage.WIJK__GEMEENTE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetGemeente((Gemeente)otherEnd, msgs);
			case VeerkrachtPackage.WIJK__BUURTEN:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getBuurten()).basicAdd(otherEnd, msgs);
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
			case VeerkrachtPackage.WIJK__GEMEENTE:
				return basicSetGemeente(null, msgs);
			case VeerkrachtPackage.WIJK__BUURTEN:
				return ((InternalEList<?>)getBuurten()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs)
	{
		switch (eContainerFeatureID())
		{
			case VeerkrachtPackage.WIJK__GEMEENTE:
				return eInternalContainer().eInverseRemove(this, VeerkrachtPackage.GEMEENTE__WIJKEN, Gemeente.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
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
			case VeerkrachtPackage.WIJK__GEMEENTE:
				return getGemeente();
			case VeerkrachtPackage.WIJK__BUURTEN:
				return getBuurten();
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
			case VeerkrachtPackage.WIJK__GEMEENTE:
				setGemeente((Gemeente)newValue);
				return;
			case VeerkrachtPackage.WIJK__BUURTEN:
				getBuurten().clear();
				getBuurten().addAll((Collection<? extends Buurt>)newValue);
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
			case VeerkrachtPackage.WIJK__GEMEENTE:
				setGemeente((Gemeente)null);
				return;
			case VeerkrachtPackage.WIJK__BUURTEN:
				getBuurten().clear();
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
			case VeerkrachtPackage.WIJK__GEMEENTE:
				return getGemeente() != null;
			case VeerkrachtPackage.WIJK__BUURTEN:
				return buurten != null && !buurten.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //WijkImpl
