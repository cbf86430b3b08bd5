/**
 */
package nl.veerkracht.model.impl;

import nl.veerkracht.model.Kostenklasse;
import nl.veerkracht.model.Maatregel;
import nl.veerkracht.model.VeerkrachtPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Maatregel</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.impl.MaatregelImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.MaatregelImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.MaatregelImpl#getCostClass <em>Cost Class</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.MaatregelImpl#getStartYear <em>Start Year</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.MaatregelImpl#getEndYear <em>End Year</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MaatregelImpl extends EObjectImpl implements Maatregel
{
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final String OWNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected String owner = OWNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getCostClass() <em>Cost Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostClass()
	 * @generated
	 * @ordered
	 */
	protected static final Kostenklasse COST_CLASS_EDEFAULT = Kostenklasse.ONBEKEND;

	/**
	 * The cached value of the '{@link #getCostClass() <em>Cost Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostClass()
	 * @generated
	 * @ordered
	 */
	protected Kostenklasse costClass = COST_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartYear() <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer START_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartYear() <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartYear()
	 * @generated
	 * @ordered
	 */
	protected Integer startYear = START_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndYear() <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer END_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndYear() <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndYear()
	 * @generated
	 * @ordered
	 */
	protected Integer endYear = END_YEAR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MaatregelImpl()
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
		return VeerkrachtPackage.Literals.MAATREGEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription()
	{
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription)
	{
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.MAATREGEL__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwner()
	{
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(String newOwner)
	{
		String oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.MAATREGEL__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Kostenklasse getCostClass()
	{
		return costClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCostClass(Kostenklasse newCostClass)
	{
		Kostenklasse oldCostClass = costClass;
		costClass = newCostClass == null ? COST_CLASS_EDEFAULT : newCostClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.MAATREGEL__COST_CLASS, oldCostClass, costClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getStartYear()
	{
		return startYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartYear(Integer newStartYear)
	{
		Integer oldStartYear = startYear;
		startYear = newStartYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.MAATREGEL__START_YEAR, oldStartYear, startYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getEndYear()
	{
		return endYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndYear(Integer newEndYear)
	{
		Integer oldEndYear = endYear;
		endYear = newEndYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.MAATREGEL__END_YEAR, oldEndYear, endYear));
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
			case VeerkrachtPackage.MAATREGEL__DESCRIPTION:
				return getDescription();
			case VeerkrachtPackage.MAATREGEL__OWNER:
				return getOwner();
			case VeerkrachtPackage.MAATREGEL__COST_CLASS:
				return getCostClass();
			case VeerkrachtPackage.MAATREGEL__START_YEAR:
				return getStartYear();
			case VeerkrachtPackage.MAATREGEL__END_YEAR:
				return getEndYear();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case VeerkrachtPackage.MAATREGEL__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case VeerkrachtPackage.MAATREGEL__OWNER:
				setOwner((String)newValue);
				return;
			case VeerkrachtPackage.MAATREGEL__COST_CLASS:
				setCostClass((Kostenklasse)newValue);
				return;
			case VeerkrachtPackage.MAATREGEL__START_YEAR:
				setStartYear((Integer)newValue);
				return;
			case VeerkrachtPackage.MAATREGEL__END_YEAR:
				setEndYear((Integer)newValue);
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
			case VeerkrachtPackage.MAATREGEL__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case VeerkrachtPackage.MAATREGEL__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case VeerkrachtPackage.MAATREGEL__COST_CLASS:
				setCostClass(COST_CLASS_EDEFAULT);
				return;
			case VeerkrachtPackage.MAATREGEL__START_YEAR:
				setStartYear(START_YEAR_EDEFAULT);
				return;
			case VeerkrachtPackage.MAATREGEL__END_YEAR:
				setEndYear(END_YEAR_EDEFAULT);
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
			case VeerkrachtPackage.MAATREGEL__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case VeerkrachtPackage.MAATREGEL__OWNER:
				return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
			case VeerkrachtPackage.MAATREGEL__COST_CLASS:
				return costClass != COST_CLASS_EDEFAULT;
			case VeerkrachtPackage.MAATREGEL__START_YEAR:
				return START_YEAR_EDEFAULT == null ? startYear != null : !START_YEAR_EDEFAULT.equals(startYear);
			case VeerkrachtPackage.MAATREGEL__END_YEAR:
				return END_YEAR_EDEFAULT == null ? endYear != null : !END_YEAR_EDEFAULT.equals(endYear);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (description: ");
		result.append(description);
		result.append(", owner: ");
		result.append(owner);
		result.append(", costClass: ");
		result.append(costClass);
		result.append(", startYear: ");
		result.append(startYear);
		result.append(", endYear: ");
		result.append(endYear);
		result.append(')');
		return result.toString();
	}

} //MaatregelImpl
