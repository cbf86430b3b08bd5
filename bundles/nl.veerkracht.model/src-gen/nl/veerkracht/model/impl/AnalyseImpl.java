/**
 */
package nl.veerkracht.model.impl;

import java.util.Collection;

import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.DataSource;
import nl.veerkracht.model.Gebied;
import nl.veerkracht.model.Gemeente;
import nl.veerkracht.model.IndicatorValue;
import nl.veerkracht.model.KaartInstelling;
import nl.veerkracht.model.Prestatieafspraak;
import nl.veerkracht.model.Scenario;
import nl.veerkracht.model.Signaleringskaart;
import nl.veerkracht.model.VeerkrachtPackage;
import nl.veerkracht.model.Wijkschets;

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
 * An implementation of the model object '<em><b>Analyse</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.impl.AnalyseImpl#getName <em>Name</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.AnalyseImpl#getModelVersion <em>Model Version</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.AnalyseImpl#getReferenceYear <em>Reference Year</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.AnalyseImpl#getGemeenten <em>Gemeenten</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.AnalyseImpl#getGebieden <em>Gebieden</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.AnalyseImpl#getDataSources <em>Data Sources</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.AnalyseImpl#getKaarten <em>Kaarten</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.AnalyseImpl#getIndicatorValues <em>Indicator Values</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.AnalyseImpl#getWijkschetsen <em>Wijkschetsen</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.AnalyseImpl#getPrestatieafspraken <em>Prestatieafspraken</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.AnalyseImpl#getScenarios <em>Scenarios</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.AnalyseImpl#getSignaleringskaart <em>Signaleringskaart</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnalyseImpl extends EObjectImpl implements Analyse
{
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getModelVersion() <em>Model Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int MODEL_VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getModelVersion() <em>Model Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelVersion()
	 * @generated
	 * @ordered
	 */
	protected int modelVersion = MODEL_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getReferenceYear() <em>Reference Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer REFERENCE_YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReferenceYear() <em>Reference Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferenceYear()
	 * @generated
	 * @ordered
	 */
	protected Integer referenceYear = REFERENCE_YEAR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGemeenten() <em>Gemeenten</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGemeenten()
	 * @generated
	 * @ordered
	 */
	protected EList<Gemeente> gemeenten;

	/**
	 * The cached value of the '{@link #getGebieden() <em>Gebieden</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGebieden()
	 * @generated
	 * @ordered
	 */
	protected EList<Gebied> gebieden;

	/**
	 * The cached value of the '{@link #getDataSources() <em>Data Sources</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataSources()
	 * @generated
	 * @ordered
	 */
	protected EList<DataSource> dataSources;

	/**
	 * The cached value of the '{@link #getKaarten() <em>Kaarten</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKaarten()
	 * @generated
	 * @ordered
	 */
	protected EList<KaartInstelling> kaarten;

	/**
	 * The cached value of the '{@link #getIndicatorValues() <em>Indicator Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicatorValues()
	 * @generated
	 * @ordered
	 */
	protected EList<IndicatorValue> indicatorValues;

	/**
	 * The cached value of the '{@link #getWijkschetsen() <em>Wijkschetsen</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWijkschetsen()
	 * @generated
	 * @ordered
	 */
	protected EList<Wijkschets> wijkschetsen;

	/**
	 * The cached value of the '{@link #getPrestatieafspraken() <em>Prestatieafspraken</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrestatieafspraken()
	 * @generated
	 * @ordered
	 */
	protected EList<Prestatieafspraak> prestatieafspraken;

	/**
	 * The cached value of the '{@link #getScenarios() <em>Scenarios</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarios()
	 * @generated
	 * @ordered
	 */
	protected EList<Scenario> scenarios;

	/**
	 * The cached value of the '{@link #getSignaleringskaart() <em>Signaleringskaart</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignaleringskaart()
	 * @generated
	 * @ordered
	 */
	protected Signaleringskaart signaleringskaart;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnalyseImpl()
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
		return VeerkrachtPackage.Literals.ANALYSE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName)
	{
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.ANALYSE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getModelVersion()
	{
		return modelVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelVersion(int newModelVersion)
	{
		int oldModelVersion = modelVersion;
		modelVersion = newModelVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.ANALYSE__MODEL_VERSION, oldModelVersion, modelVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getReferenceYear()
	{
		return referenceYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferenceYear(Integer newReferenceYear)
	{
		Integer oldReferenceYear = referenceYear;
		referenceYear = newReferenceYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.ANALYSE__REFERENCE_YEAR, oldReferenceYear, referenceYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Gemeente> getGemeenten()
	{
		if (gemeenten == null)
		{
			gemeenten = new EObjectContainmentEList<Gemeente>(Gemeente.class, this, VeerkrachtPackage.ANALYSE__GEMEENTEN);
		}
		return gemeenten;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Gebied> getGebieden()
	{
		if (gebieden == null)
		{
			gebieden = new EObjectContainmentEList<Gebied>(Gebied.class, this, VeerkrachtPackage.ANALYSE__GEBIEDEN);
		}
		return gebieden;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DataSource> getDataSources()
	{
		if (dataSources == null)
		{
			dataSources = new EObjectContainmentEList<DataSource>(DataSource.class, this, VeerkrachtPackage.ANALYSE__DATA_SOURCES);
		}
		return dataSources;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KaartInstelling> getKaarten()
	{
		if (kaarten == null)
		{
			kaarten = new EObjectContainmentEList<KaartInstelling>(KaartInstelling.class, this, VeerkrachtPackage.ANALYSE__KAARTEN);
		}
		return kaarten;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IndicatorValue> getIndicatorValues()
	{
		if (indicatorValues == null)
		{
			indicatorValues = new EObjectContainmentEList<IndicatorValue>(IndicatorValue.class, this, VeerkrachtPackage.ANALYSE__INDICATOR_VALUES);
		}
		return indicatorValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Wijkschets> getWijkschetsen()
	{
		if (wijkschetsen == null)
		{
			wijkschetsen = new EObjectContainmentEList<Wijkschets>(Wijkschets.class, this, VeerkrachtPackage.ANALYSE__WIJKSCHETSEN);
		}
		return wijkschetsen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Prestatieafspraak> getPrestatieafspraken()
	{
		if (prestatieafspraken == null)
		{
			prestatieafspraken = new EObjectContainmentEList<Prestatieafspraak>(Prestatieafspraak.class, this, VeerkrachtPackage.ANALYSE__PRESTATIEAFSPRAKEN);
		}
		return prestatieafspraken;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Scenario> getScenarios()
	{
		if (scenarios == null)
		{
			scenarios = new EObjectContainmentEList<Scenario>(Scenario.class, this, VeerkrachtPackage.ANALYSE__SCENARIOS);
		}
		return scenarios;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Signaleringskaart getSignaleringskaart()
	{
		return signaleringskaart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSignaleringskaart(Signaleringskaart newSignaleringskaart, NotificationChain msgs)
	{
		Signaleringskaart oldSignaleringskaart = signaleringskaart;
		signaleringskaart = newSignaleringskaart;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.ANALYSE__SIGNALERINGSKAART, oldSignaleringskaart, newSignaleringskaart);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignaleringskaart(Signaleringskaart newSignaleringskaart)
	{
		if (newSignaleringskaart != signaleringskaart)
		{
			NotificationChain msgs = null;
			if (signaleringskaart != null)
				msgs = ((InternalEObject)signaleringskaart).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - VeerkrachtPackage.ANALYSE__SIGNALERINGSKAART, null, msgs);
			if (newSignaleringskaart != null)
				msgs = ((InternalEObject)newSignaleringskaart).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - VeerkrachtPackage.ANALYSE__SIGNALERINGSKAART, null, msgs);
			msgs = basicSetSignaleringskaart(newSignaleringskaart, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.ANALYSE__SIGNALERINGSKAART, newSignaleringskaart, newSignaleringskaart));
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
			case VeerkrachtPackage.ANALYSE__GEMEENTEN:
				return ((InternalEList<?>)getGemeenten()).basicRemove(otherEnd, msgs);
			case VeerkrachtPackage.ANALYSE__GEBIEDEN:
				return ((InternalEList<?>)getGebieden()).basicRemove(otherEnd, msgs);
			case VeerkrachtPackage.ANALYSE__DATA_SOURCES:
				return ((InternalEList<?>)getDataSources()).basicRemove(otherEnd, msgs);
			case VeerkrachtPackage.ANALYSE__KAARTEN:
				return ((InternalEList<?>)getKaarten()).basicRemove(otherEnd, msgs);
			case VeerkrachtPackage.ANALYSE__INDICATOR_VALUES:
				return ((InternalEList<?>)getIndicatorValues()).basicRemove(otherEnd, msgs);
			case VeerkrachtPackage.ANALYSE__WIJKSCHETSEN:
				return ((InternalEList<?>)getWijkschetsen()).basicRemove(otherEnd, msgs);
			case VeerkrachtPackage.ANALYSE__PRESTATIEAFSPRAKEN:
				return ((InternalEList<?>)getPrestatieafspraken()).basicRemove(otherEnd, msgs);
			case VeerkrachtPackage.ANALYSE__SCENARIOS:
				return ((InternalEList<?>)getScenarios()).basicRemove(otherEnd, msgs);
			case VeerkrachtPackage.ANALYSE__SIGNALERINGSKAART:
				return basicSetSignaleringskaart(null, msgs);
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
			case VeerkrachtPackage.ANALYSE__NAME:
				return getName();
			case VeerkrachtPackage.ANALYSE__MODEL_VERSION:
				return getModelVersion();
			case VeerkrachtPackage.ANALYSE__REFERENCE_YEAR:
				return getReferenceYear();
			case VeerkrachtPackage.ANALYSE__GEMEENTEN:
				return getGemeenten();
			case VeerkrachtPackage.ANALYSE__GEBIEDEN:
				return getGebieden();
			case VeerkrachtPackage.ANALYSE__DATA_SOURCES:
				return getDataSources();
			case VeerkrachtPackage.ANALYSE__KAARTEN:
				return getKaarten();
			case VeerkrachtPackage.ANALYSE__INDICATOR_VALUES:
				return getIndicatorValues();
			case VeerkrachtPackage.ANALYSE__WIJKSCHETSEN:
				return getWijkschetsen();
			case VeerkrachtPackage.ANALYSE__PRESTATIEAFSPRAKEN:
				return getPrestatieafspraken();
			case VeerkrachtPackage.ANALYSE__SCENARIOS:
				return getScenarios();
			case VeerkrachtPackage.ANALYSE__SIGNALERINGSKAART:
				return getSignaleringskaart();
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
			case VeerkrachtPackage.ANALYSE__NAME:
				setName((String)newValue);
				return;
			case VeerkrachtPackage.ANALYSE__MODEL_VERSION:
				setModelVersion((Integer)newValue);
				return;
			case VeerkrachtPackage.ANALYSE__REFERENCE_YEAR:
				setReferenceYear((Integer)newValue);
				return;
			case VeerkrachtPackage.ANALYSE__GEMEENTEN:
				getGemeenten().clear();
				getGemeenten().addAll((Collection<? extends Gemeente>)newValue);
				return;
			case VeerkrachtPackage.ANALYSE__GEBIEDEN:
				getGebieden().clear();
				getGebieden().addAll((Collection<? extends Gebied>)newValue);
				return;
			case VeerkrachtPackage.ANALYSE__DATA_SOURCES:
				getDataSources().clear();
				getDataSources().addAll((Collection<? extends DataSource>)newValue);
				return;
			case VeerkrachtPackage.ANALYSE__KAARTEN:
				getKaarten().clear();
				getKaarten().addAll((Collection<? extends KaartInstelling>)newValue);
				return;
			case VeerkrachtPackage.ANALYSE__INDICATOR_VALUES:
				getIndicatorValues().clear();
				getIndicatorValues().addAll((Collection<? extends IndicatorValue>)newValue);
				return;
			case VeerkrachtPackage.ANALYSE__WIJKSCHETSEN:
				getWijkschetsen().clear();
				getWijkschetsen().addAll((Collection<? extends Wijkschets>)newValue);
				return;
			case VeerkrachtPackage.ANALYSE__PRESTATIEAFSPRAKEN:
				getPrestatieafspraken().clear();
				getPrestatieafspraken().addAll((Collection<? extends Prestatieafspraak>)newValue);
				return;
			case VeerkrachtPackage.ANALYSE__SCENARIOS:
				getScenarios().clear();
				getScenarios().addAll((Collection<? extends Scenario>)newValue);
				return;
			case VeerkrachtPackage.ANALYSE__SIGNALERINGSKAART:
				setSignaleringskaart((Signaleringskaart)newValue);
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
			case VeerkrachtPackage.ANALYSE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case VeerkrachtPackage.ANALYSE__MODEL_VERSION:
				setModelVersion(MODEL_VERSION_EDEFAULT);
				return;
			case VeerkrachtPackage.ANALYSE__REFERENCE_YEAR:
				setReferenceYear(REFERENCE_YEAR_EDEFAULT);
				return;
			case VeerkrachtPackage.ANALYSE__GEMEENTEN:
				getGemeenten().clear();
				return;
			case VeerkrachtPackage.ANALYSE__GEBIEDEN:
				getGebieden().clear();
				return;
			case VeerkrachtPackage.ANALYSE__DATA_SOURCES:
				getDataSources().clear();
				return;
			case VeerkrachtPackage.ANALYSE__KAARTEN:
				getKaarten().clear();
				return;
			case VeerkrachtPackage.ANALYSE__INDICATOR_VALUES:
				getIndicatorValues().clear();
				return;
			case VeerkrachtPackage.ANALYSE__WIJKSCHETSEN:
				getWijkschetsen().clear();
				return;
			case VeerkrachtPackage.ANALYSE__PRESTATIEAFSPRAKEN:
				getPrestatieafspraken().clear();
				return;
			case VeerkrachtPackage.ANALYSE__SCENARIOS:
				getScenarios().clear();
				return;
			case VeerkrachtPackage.ANALYSE__SIGNALERINGSKAART:
				setSignaleringskaart((Signaleringskaart)null);
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
			case VeerkrachtPackage.ANALYSE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case VeerkrachtPackage.ANALYSE__MODEL_VERSION:
				return modelVersion != MODEL_VERSION_EDEFAULT;
			case VeerkrachtPackage.ANALYSE__REFERENCE_YEAR:
				return REFERENCE_YEAR_EDEFAULT == null ? referenceYear != null : !REFERENCE_YEAR_EDEFAULT.equals(referenceYear);
			case VeerkrachtPackage.ANALYSE__GEMEENTEN:
				return gemeenten != null && !gemeenten.isEmpty();
			case VeerkrachtPackage.ANALYSE__GEBIEDEN:
				return gebieden != null && !gebieden.isEmpty();
			case VeerkrachtPackage.ANALYSE__DATA_SOURCES:
				return dataSources != null && !dataSources.isEmpty();
			case VeerkrachtPackage.ANALYSE__KAARTEN:
				return kaarten != null && !kaarten.isEmpty();
			case VeerkrachtPackage.ANALYSE__INDICATOR_VALUES:
				return indicatorValues != null && !indicatorValues.isEmpty();
			case VeerkrachtPackage.ANALYSE__WIJKSCHETSEN:
				return wijkschetsen != null && !wijkschetsen.isEmpty();
			case VeerkrachtPackage.ANALYSE__PRESTATIEAFSPRAKEN:
				return prestatieafspraken != null && !prestatieafspraken.isEmpty();
			case VeerkrachtPackage.ANALYSE__SCENARIOS:
				return scenarios != null && !scenarios.isEmpty();
			case VeerkrachtPackage.ANALYSE__SIGNALERINGSKAART:
				return signaleringskaart != null;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", modelVersion: ");
		result.append(modelVersion);
		result.append(", referenceYear: ");
		result.append(referenceYear);
		result.append(')');
		return result.toString();
	}

} //AnalyseImpl
