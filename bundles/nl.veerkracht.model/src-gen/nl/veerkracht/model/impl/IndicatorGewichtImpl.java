/**
 */
package nl.veerkracht.model.impl;

import nl.veerkracht.model.IndicatorGewicht;
import nl.veerkracht.model.VeerkrachtPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Indicator Gewicht</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.impl.IndicatorGewichtImpl#getIndicatorId <em>Indicator Id</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.IndicatorGewichtImpl#getGewicht <em>Gewicht</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.IndicatorGewichtImpl#getOmschrijving <em>Omschrijving</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndicatorGewichtImpl extends EObjectImpl implements IndicatorGewicht
{
	/**
	 * The default value of the '{@link #getIndicatorId() <em>Indicator Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicatorId()
	 * @generated
	 * @ordered
	 */
	protected static final String INDICATOR_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIndicatorId() <em>Indicator Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicatorId()
	 * @generated
	 * @ordered
	 */
	protected String indicatorId = INDICATOR_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getGewicht() <em>Gewicht</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGewicht()
	 * @generated
	 * @ordered
	 */
	protected static final double GEWICHT_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getGewicht() <em>Gewicht</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGewicht()
	 * @generated
	 * @ordered
	 */
	protected double gewicht = GEWICHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getOmschrijving() <em>Omschrijving</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOmschrijving()
	 * @generated
	 * @ordered
	 */
	protected static final String OMSCHRIJVING_EDEFAULT = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndicatorGewichtImpl()
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
		return VeerkrachtPackage.Literals.INDICATOR_GEWICHT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIndicatorId()
	{
		return indicatorId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndicatorId(String newIndicatorId)
	{
		String oldIndicatorId = indicatorId;
		indicatorId = newIndicatorId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.INDICATOR_GEWICHT__INDICATOR_ID, oldIndicatorId, indicatorId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getGewicht()
	{
		return gewicht;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGewicht(double newGewicht)
	{
		double oldGewicht = gewicht;
		gewicht = newGewicht;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.INDICATOR_GEWICHT__GEWICHT, oldGewicht, gewicht));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOmschrijving()
	{
		return nl.veerkracht.model.scoring.Omschrijvingen.of(this);
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
			case VeerkrachtPackage.INDICATOR_GEWICHT__INDICATOR_ID:
				return getIndicatorId();
			case VeerkrachtPackage.INDICATOR_GEWICHT__GEWICHT:
				return getGewicht();
			case VeerkrachtPackage.INDICATOR_GEWICHT__OMSCHRIJVING:
				return getOmschrijving();
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
			case VeerkrachtPackage.INDICATOR_GEWICHT__INDICATOR_ID:
				setIndicatorId((String)newValue);
				return;
			case VeerkrachtPackage.INDICATOR_GEWICHT__GEWICHT:
				setGewicht((Double)newValue);
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
			case VeerkrachtPackage.INDICATOR_GEWICHT__INDICATOR_ID:
				setIndicatorId(INDICATOR_ID_EDEFAULT);
				return;
			case VeerkrachtPackage.INDICATOR_GEWICHT__GEWICHT:
				setGewicht(GEWICHT_EDEFAULT);
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
			case VeerkrachtPackage.INDICATOR_GEWICHT__INDICATOR_ID:
				return INDICATOR_ID_EDEFAULT == null ? indicatorId != null : !INDICATOR_ID_EDEFAULT.equals(indicatorId);
			case VeerkrachtPackage.INDICATOR_GEWICHT__GEWICHT:
				return gewicht != GEWICHT_EDEFAULT;
			case VeerkrachtPackage.INDICATOR_GEWICHT__OMSCHRIJVING:
				return OMSCHRIJVING_EDEFAULT == null ? getOmschrijving() != null : !OMSCHRIJVING_EDEFAULT.equals(getOmschrijving());
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
		result.append(" (indicatorId: ");
		result.append(indicatorId);
		result.append(", gewicht: ");
		result.append(gewicht);
		result.append(')');
		return result.toString();
	}

} //IndicatorGewichtImpl
