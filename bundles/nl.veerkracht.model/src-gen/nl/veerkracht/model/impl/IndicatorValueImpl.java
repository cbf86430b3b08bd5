/**
 */
package nl.veerkracht.model.impl;

import nl.veerkracht.model.IndicatorValue;
import nl.veerkracht.model.Regio;
import nl.veerkracht.model.VeerkrachtPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Indicator Value</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.impl.IndicatorValueImpl#getRegio <em>Regio</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.IndicatorValueImpl#getVariableId <em>Variable Id</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.IndicatorValueImpl#getYear <em>Year</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.IndicatorValueImpl#getValue <em>Value</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.IndicatorValueImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.IndicatorValueImpl#getSource <em>Source</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.IndicatorValueImpl#getMissingReason <em>Missing Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndicatorValueImpl extends EObjectImpl implements IndicatorValue
{
	/**
	 * The cached value of the '{@link #getRegio() <em>Regio</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegio()
	 * @generated
	 * @ordered
	 */
	protected Regio regio;

	/**
	 * The default value of the '{@link #getVariableId() <em>Variable Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariableId()
	 * @generated
	 * @ordered
	 */
	protected static final String VARIABLE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVariableId() <em>Variable Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVariableId()
	 * @generated
	 * @ordered
	 */
	protected String variableId = VARIABLE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected Integer year = YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected static final Double VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValue() <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValue()
	 * @generated
	 * @ordered
	 */
	protected Double value = VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMissingReason() <em>Missing Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissingReason()
	 * @generated
	 * @ordered
	 */
	protected static final String MISSING_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMissingReason() <em>Missing Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissingReason()
	 * @generated
	 * @ordered
	 */
	protected String missingReason = MISSING_REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndicatorValueImpl()
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
		return VeerkrachtPackage.Literals.INDICATOR_VALUE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Regio getRegio()
	{
		return regio;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegio(Regio newRegio)
	{
		Regio oldRegio = regio;
		regio = newRegio;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.INDICATOR_VALUE__REGIO, oldRegio, regio));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVariableId()
	{
		return variableId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVariableId(String newVariableId)
	{
		String oldVariableId = variableId;
		variableId = newVariableId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.INDICATOR_VALUE__VARIABLE_ID, oldVariableId, variableId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getYear()
	{
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(Integer newYear)
	{
		Integer oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.INDICATOR_VALUE__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getValue()
	{
		return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValue(Double newValue)
	{
		Double oldValue = value;
		value = newValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.INDICATOR_VALUE__VALUE, oldValue, value));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit()
	{
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit)
	{
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.INDICATOR_VALUE__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource()
	{
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource)
	{
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.INDICATOR_VALUE__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMissingReason()
	{
		return missingReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMissingReason(String newMissingReason)
	{
		String oldMissingReason = missingReason;
		missingReason = newMissingReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.INDICATOR_VALUE__MISSING_REASON, oldMissingReason, missingReason));
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
			case VeerkrachtPackage.INDICATOR_VALUE__REGIO:
				return getRegio();
			case VeerkrachtPackage.INDICATOR_VALUE__VARIABLE_ID:
				return getVariableId();
			case VeerkrachtPackage.INDICATOR_VALUE__YEAR:
				return getYear();
			case VeerkrachtPackage.INDICATOR_VALUE__VALUE:
				return getValue();
			case VeerkrachtPackage.INDICATOR_VALUE__UNIT:
				return getUnit();
			case VeerkrachtPackage.INDICATOR_VALUE__SOURCE:
				return getSource();
			case VeerkrachtPackage.INDICATOR_VALUE__MISSING_REASON:
				return getMissingReason();
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
			case VeerkrachtPackage.INDICATOR_VALUE__REGIO:
				setRegio((Regio)newValue);
				return;
			case VeerkrachtPackage.INDICATOR_VALUE__VARIABLE_ID:
				setVariableId((String)newValue);
				return;
			case VeerkrachtPackage.INDICATOR_VALUE__YEAR:
				setYear((Integer)newValue);
				return;
			case VeerkrachtPackage.INDICATOR_VALUE__VALUE:
				setValue((Double)newValue);
				return;
			case VeerkrachtPackage.INDICATOR_VALUE__UNIT:
				setUnit((String)newValue);
				return;
			case VeerkrachtPackage.INDICATOR_VALUE__SOURCE:
				setSource((String)newValue);
				return;
			case VeerkrachtPackage.INDICATOR_VALUE__MISSING_REASON:
				setMissingReason((String)newValue);
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
			case VeerkrachtPackage.INDICATOR_VALUE__REGIO:
				setRegio((Regio)null);
				return;
			case VeerkrachtPackage.INDICATOR_VALUE__VARIABLE_ID:
				setVariableId(VARIABLE_ID_EDEFAULT);
				return;
			case VeerkrachtPackage.INDICATOR_VALUE__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case VeerkrachtPackage.INDICATOR_VALUE__VALUE:
				setValue(VALUE_EDEFAULT);
				return;
			case VeerkrachtPackage.INDICATOR_VALUE__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case VeerkrachtPackage.INDICATOR_VALUE__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case VeerkrachtPackage.INDICATOR_VALUE__MISSING_REASON:
				setMissingReason(MISSING_REASON_EDEFAULT);
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
			case VeerkrachtPackage.INDICATOR_VALUE__REGIO:
				return regio != null;
			case VeerkrachtPackage.INDICATOR_VALUE__VARIABLE_ID:
				return VARIABLE_ID_EDEFAULT == null ? variableId != null : !VARIABLE_ID_EDEFAULT.equals(variableId);
			case VeerkrachtPackage.INDICATOR_VALUE__YEAR:
				return YEAR_EDEFAULT == null ? year != null : !YEAR_EDEFAULT.equals(year);
			case VeerkrachtPackage.INDICATOR_VALUE__VALUE:
				return VALUE_EDEFAULT == null ? value != null : !VALUE_EDEFAULT.equals(value);
			case VeerkrachtPackage.INDICATOR_VALUE__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case VeerkrachtPackage.INDICATOR_VALUE__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case VeerkrachtPackage.INDICATOR_VALUE__MISSING_REASON:
				return MISSING_REASON_EDEFAULT == null ? missingReason != null : !MISSING_REASON_EDEFAULT.equals(missingReason);
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
		result.append(" (variableId: ");
		result.append(variableId);
		result.append(", year: ");
		result.append(year);
		result.append(", value: ");
		result.append(value);
		result.append(", unit: ");
		result.append(unit);
		result.append(", source: ");
		result.append(source);
		result.append(", missingReason: ");
		result.append(missingReason);
		result.append(')');
		return result.toString();
	}

} //IndicatorValueImpl
