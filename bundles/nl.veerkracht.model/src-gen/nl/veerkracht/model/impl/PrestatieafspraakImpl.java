/**
 */
package nl.veerkracht.model.impl;

import java.util.Collection;

import nl.veerkracht.model.AfspraakStatus;
import nl.veerkracht.model.Partij;
import nl.veerkracht.model.Prestatieafspraak;
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
 * An implementation of the model object '<em><b>Prestatieafspraak</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.impl.PrestatieafspraakImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.PrestatieafspraakImpl#getParties <em>Parties</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.PrestatieafspraakImpl#getAgreement <em>Agreement</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.PrestatieafspraakImpl#getGebied <em>Gebied</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.PrestatieafspraakImpl#getIndicatorVariableId <em>Indicator Variable Id</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.PrestatieafspraakImpl#getBaselineValue <em>Baseline Value</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.PrestatieafspraakImpl#getBaselineYear <em>Baseline Year</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.PrestatieafspraakImpl#getTargetValue <em>Target Value</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.PrestatieafspraakImpl#getTargetYear <em>Target Year</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.PrestatieafspraakImpl#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PrestatieafspraakImpl extends EObjectImpl implements Prestatieafspraak
{
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParties() <em>Parties</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParties()
	 * @generated
	 * @ordered
	 */
	protected EList<Partij> parties;

	/**
	 * The default value of the '{@link #getAgreement() <em>Agreement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreement()
	 * @generated
	 * @ordered
	 */
	protected static final String AGREEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAgreement() <em>Agreement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreement()
	 * @generated
	 * @ordered
	 */
	protected String agreement = AGREEMENT_EDEFAULT;

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
	 * The default value of the '{@link #getIndicatorVariableId() <em>Indicator Variable Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicatorVariableId()
	 * @generated
	 * @ordered
	 */
	protected static final String INDICATOR_VARIABLE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIndicatorVariableId() <em>Indicator Variable Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicatorVariableId()
	 * @generated
	 * @ordered
	 */
	protected String indicatorVariableId = INDICATOR_VARIABLE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaselineValue() <em>Baseline Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineValue()
	 * @generated
	 * @ordered
	 */
	protected static final Double BASELINE_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaselineValue() <em>Baseline Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineValue()
	 * @generated
	 * @ordered
	 */
	protected Double baselineValue = BASELINE_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaselineYear() <em>Baseline Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer BASELINE_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaselineYear() <em>Baseline Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineYear()
	 * @generated
	 * @ordered
	 */
	protected Integer baselineYear = BASELINE_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetValue() <em>Target Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetValue()
	 * @generated
	 * @ordered
	 */
	protected static final Double TARGET_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetValue() <em>Target Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetValue()
	 * @generated
	 * @ordered
	 */
	protected Double targetValue = TARGET_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetYear() <em>Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer TARGET_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetYear() <em>Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetYear()
	 * @generated
	 * @ordered
	 */
	protected Integer targetYear = TARGET_YEAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final AfspraakStatus STATUS_EDEFAULT = AfspraakStatus.CONCEPT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected AfspraakStatus status = STATUS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PrestatieafspraakImpl()
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
		return VeerkrachtPackage.Literals.PRESTATIEAFSPRAAK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle()
	{
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle)
	{
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.PRESTATIEAFSPRAAK__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Partij> getParties()
	{
		if (parties == null)
		{
			parties = new EObjectContainmentEList<Partij>(Partij.class, this, VeerkrachtPackage.PRESTATIEAFSPRAAK__PARTIES);
		}
		return parties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAgreement()
	{
		return agreement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgreement(String newAgreement)
	{
		String oldAgreement = agreement;
		agreement = newAgreement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.PRESTATIEAFSPRAAK__AGREEMENT, oldAgreement, agreement));
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
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.PRESTATIEAFSPRAAK__GEBIED, oldGebied, gebied));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIndicatorVariableId()
	{
		return indicatorVariableId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndicatorVariableId(String newIndicatorVariableId)
	{
		String oldIndicatorVariableId = indicatorVariableId;
		indicatorVariableId = newIndicatorVariableId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.PRESTATIEAFSPRAAK__INDICATOR_VARIABLE_ID, oldIndicatorVariableId, indicatorVariableId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getBaselineValue()
	{
		return baselineValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaselineValue(Double newBaselineValue)
	{
		Double oldBaselineValue = baselineValue;
		baselineValue = newBaselineValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.PRESTATIEAFSPRAAK__BASELINE_VALUE, oldBaselineValue, baselineValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getBaselineYear()
	{
		return baselineYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaselineYear(Integer newBaselineYear)
	{
		Integer oldBaselineYear = baselineYear;
		baselineYear = newBaselineYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.PRESTATIEAFSPRAAK__BASELINE_YEAR, oldBaselineYear, baselineYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getTargetValue()
	{
		return targetValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetValue(Double newTargetValue)
	{
		Double oldTargetValue = targetValue;
		targetValue = newTargetValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.PRESTATIEAFSPRAAK__TARGET_VALUE, oldTargetValue, targetValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getTargetYear()
	{
		return targetYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetYear(Integer newTargetYear)
	{
		Integer oldTargetYear = targetYear;
		targetYear = newTargetYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.PRESTATIEAFSPRAAK__TARGET_YEAR, oldTargetYear, targetYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AfspraakStatus getStatus()
	{
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(AfspraakStatus newStatus)
	{
		AfspraakStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.PRESTATIEAFSPRAAK__STATUS, oldStatus, status));
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
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__PARTIES:
				return ((InternalEList<?>)getParties()).basicRemove(otherEnd, msgs);
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
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__TITLE:
				return getTitle();
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__PARTIES:
				return getParties();
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__AGREEMENT:
				return getAgreement();
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__GEBIED:
				return getGebied();
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__INDICATOR_VARIABLE_ID:
				return getIndicatorVariableId();
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__BASELINE_VALUE:
				return getBaselineValue();
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__BASELINE_YEAR:
				return getBaselineYear();
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__TARGET_VALUE:
				return getTargetValue();
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__TARGET_YEAR:
				return getTargetYear();
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__STATUS:
				return getStatus();
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
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__TITLE:
				setTitle((String)newValue);
				return;
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__PARTIES:
				getParties().clear();
				getParties().addAll((Collection<? extends Partij>)newValue);
				return;
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__AGREEMENT:
				setAgreement((String)newValue);
				return;
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__GEBIED:
				setGebied((Regio)newValue);
				return;
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__INDICATOR_VARIABLE_ID:
				setIndicatorVariableId((String)newValue);
				return;
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__BASELINE_VALUE:
				setBaselineValue((Double)newValue);
				return;
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__BASELINE_YEAR:
				setBaselineYear((Integer)newValue);
				return;
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__TARGET_VALUE:
				setTargetValue((Double)newValue);
				return;
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__TARGET_YEAR:
				setTargetYear((Integer)newValue);
				return;
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__STATUS:
				setStatus((AfspraakStatus)newValue);
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
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__PARTIES:
				getParties().clear();
				return;
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__AGREEMENT:
				setAgreement(AGREEMENT_EDEFAULT);
				return;
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__GEBIED:
				setGebied((Regio)null);
				return;
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__INDICATOR_VARIABLE_ID:
				setIndicatorVariableId(INDICATOR_VARIABLE_ID_EDEFAULT);
				return;
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__BASELINE_VALUE:
				setBaselineValue(BASELINE_VALUE_EDEFAULT);
				return;
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__BASELINE_YEAR:
				setBaselineYear(BASELINE_YEAR_EDEFAULT);
				return;
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__TARGET_VALUE:
				setTargetValue(TARGET_VALUE_EDEFAULT);
				return;
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__TARGET_YEAR:
				setTargetYear(TARGET_YEAR_EDEFAULT);
				return;
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__STATUS:
				setStatus(STATUS_EDEFAULT);
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
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__PARTIES:
				return parties != null && !parties.isEmpty();
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__AGREEMENT:
				return AGREEMENT_EDEFAULT == null ? agreement != null : !AGREEMENT_EDEFAULT.equals(agreement);
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__GEBIED:
				return gebied != null;
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__INDICATOR_VARIABLE_ID:
				return INDICATOR_VARIABLE_ID_EDEFAULT == null ? indicatorVariableId != null : !INDICATOR_VARIABLE_ID_EDEFAULT.equals(indicatorVariableId);
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__BASELINE_VALUE:
				return BASELINE_VALUE_EDEFAULT == null ? baselineValue != null : !BASELINE_VALUE_EDEFAULT.equals(baselineValue);
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__BASELINE_YEAR:
				return BASELINE_YEAR_EDEFAULT == null ? baselineYear != null : !BASELINE_YEAR_EDEFAULT.equals(baselineYear);
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__TARGET_VALUE:
				return TARGET_VALUE_EDEFAULT == null ? targetValue != null : !TARGET_VALUE_EDEFAULT.equals(targetValue);
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__TARGET_YEAR:
				return TARGET_YEAR_EDEFAULT == null ? targetYear != null : !TARGET_YEAR_EDEFAULT.equals(targetYear);
			case VeerkrachtPackage.PRESTATIEAFSPRAAK__STATUS:
				return status != STATUS_EDEFAULT;
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
		result.append(" (title: ");
		result.append(title);
		result.append(", agreement: ");
		result.append(agreement);
		result.append(", indicatorVariableId: ");
		result.append(indicatorVariableId);
		result.append(", baselineValue: ");
		result.append(baselineValue);
		result.append(", baselineYear: ");
		result.append(baselineYear);
		result.append(", targetValue: ");
		result.append(targetValue);
		result.append(", targetYear: ");
		result.append(targetYear);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //PrestatieafspraakImpl
