/**
 */
package nl.veerkracht.model.impl;

import java.util.Collection;

import nl.veerkracht.model.IndicatorGewicht;
import nl.veerkracht.model.Normalisatie;
import nl.veerkracht.model.Referentie;
import nl.veerkracht.model.Signaleringskaart;
import nl.veerkracht.model.VeerkrachtPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Signaleringskaart</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.impl.SignaleringskaartImpl#getJaar <em>Jaar</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.SignaleringskaartImpl#getGemeenteCode <em>Gemeente Code</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.SignaleringskaartImpl#getReferentie <em>Referentie</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.SignaleringskaartImpl#getNormalisatie <em>Normalisatie</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.SignaleringskaartImpl#getMinimaleDekking <em>Minimale Dekking</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.SignaleringskaartImpl#getGrenzen <em>Grenzen</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.SignaleringskaartImpl#getKwbBestanden <em>Kwb Bestanden</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.SignaleringskaartImpl#getGewichten <em>Gewichten</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.SignaleringskaartImpl#getOmschrijving <em>Omschrijving</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SignaleringskaartImpl extends EObjectImpl implements Signaleringskaart
{
	/**
	 * The default value of the '{@link #getJaar() <em>Jaar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJaar()
	 * @generated
	 * @ordered
	 */
	protected static final int JAAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getJaar() <em>Jaar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJaar()
	 * @generated
	 * @ordered
	 */
	protected int jaar = JAAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getGemeenteCode() <em>Gemeente Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGemeenteCode()
	 * @generated
	 * @ordered
	 */
	protected static final String GEMEENTE_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGemeenteCode() <em>Gemeente Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGemeenteCode()
	 * @generated
	 * @ordered
	 */
	protected String gemeenteCode = GEMEENTE_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReferentie() <em>Referentie</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferentie()
	 * @generated
	 * @ordered
	 */
	protected static final Referentie REFERENTIE_EDEFAULT = Referentie.GEMEENTE;

	/**
	 * The cached value of the '{@link #getReferentie() <em>Referentie</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferentie()
	 * @generated
	 * @ordered
	 */
	protected Referentie referentie = REFERENTIE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNormalisatie() <em>Normalisatie</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNormalisatie()
	 * @generated
	 * @ordered
	 */
	protected static final Normalisatie NORMALISATIE_EDEFAULT = Normalisatie.ZSCORE;

	/**
	 * The cached value of the '{@link #getNormalisatie() <em>Normalisatie</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNormalisatie()
	 * @generated
	 * @ordered
	 */
	protected Normalisatie normalisatie = NORMALISATIE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinimaleDekking() <em>Minimale Dekking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimaleDekking()
	 * @generated
	 * @ordered
	 */
	protected static final double MINIMALE_DEKKING_EDEFAULT = 0.6;

	/**
	 * The cached value of the '{@link #getMinimaleDekking() <em>Minimale Dekking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinimaleDekking()
	 * @generated
	 * @ordered
	 */
	protected double minimaleDekking = MINIMALE_DEKKING_EDEFAULT;

	/**
	 * The default value of the '{@link #getGrenzen() <em>Grenzen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrenzen()
	 * @generated
	 * @ordered
	 */
	protected static final String GRENZEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGrenzen() <em>Grenzen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrenzen()
	 * @generated
	 * @ordered
	 */
	protected String grenzen = GRENZEN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getKwbBestanden() <em>Kwb Bestanden</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKwbBestanden()
	 * @generated
	 * @ordered
	 */
	protected EList<String> kwbBestanden;

	/**
	 * The cached value of the '{@link #getGewichten() <em>Gewichten</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGewichten()
	 * @generated
	 * @ordered
	 */
	protected EList<IndicatorGewicht> gewichten;

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
	protected SignaleringskaartImpl()
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
		return VeerkrachtPackage.Literals.SIGNALERINGSKAART;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getJaar()
	{
		return jaar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJaar(int newJaar)
	{
		int oldJaar = jaar;
		jaar = newJaar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.SIGNALERINGSKAART__JAAR, oldJaar, jaar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGemeenteCode()
	{
		return gemeenteCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGemeenteCode(String newGemeenteCode)
	{
		String oldGemeenteCode = gemeenteCode;
		gemeenteCode = newGemeenteCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.SIGNALERINGSKAART__GEMEENTE_CODE, oldGemeenteCode, gemeenteCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Referentie getReferentie()
	{
		return referentie;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferentie(Referentie newReferentie)
	{
		Referentie oldReferentie = referentie;
		referentie = newReferentie == null ? REFERENTIE_EDEFAULT : newReferentie;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.SIGNALERINGSKAART__REFERENTIE, oldReferentie, referentie));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Normalisatie getNormalisatie()
	{
		return normalisatie;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNormalisatie(Normalisatie newNormalisatie)
	{
		Normalisatie oldNormalisatie = normalisatie;
		normalisatie = newNormalisatie == null ? NORMALISATIE_EDEFAULT : newNormalisatie;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.SIGNALERINGSKAART__NORMALISATIE, oldNormalisatie, normalisatie));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMinimaleDekking()
	{
		return minimaleDekking;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinimaleDekking(double newMinimaleDekking)
	{
		double oldMinimaleDekking = minimaleDekking;
		minimaleDekking = newMinimaleDekking;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.SIGNALERINGSKAART__MINIMALE_DEKKING, oldMinimaleDekking, minimaleDekking));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGrenzen()
	{
		return grenzen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGrenzen(String newGrenzen)
	{
		String oldGrenzen = grenzen;
		grenzen = newGrenzen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.SIGNALERINGSKAART__GRENZEN, oldGrenzen, grenzen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getKwbBestanden()
	{
		if (kwbBestanden == null)
		{
			kwbBestanden = new EDataTypeUniqueEList<String>(String.class, this, VeerkrachtPackage.SIGNALERINGSKAART__KWB_BESTANDEN);
		}
		return kwbBestanden;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IndicatorGewicht> getGewichten()
	{
		if (gewichten == null)
		{
			gewichten = new EObjectContainmentEList<IndicatorGewicht>(IndicatorGewicht.class, this, VeerkrachtPackage.SIGNALERINGSKAART__GEWICHTEN);
		}
		return gewichten;
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
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case VeerkrachtPackage.SIGNALERINGSKAART__GEWICHTEN:
				return ((InternalEList<?>)getGewichten()).basicRemove(otherEnd, msgs);
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
			case VeerkrachtPackage.SIGNALERINGSKAART__JAAR:
				return getJaar();
			case VeerkrachtPackage.SIGNALERINGSKAART__GEMEENTE_CODE:
				return getGemeenteCode();
			case VeerkrachtPackage.SIGNALERINGSKAART__REFERENTIE:
				return getReferentie();
			case VeerkrachtPackage.SIGNALERINGSKAART__NORMALISATIE:
				return getNormalisatie();
			case VeerkrachtPackage.SIGNALERINGSKAART__MINIMALE_DEKKING:
				return getMinimaleDekking();
			case VeerkrachtPackage.SIGNALERINGSKAART__GRENZEN:
				return getGrenzen();
			case VeerkrachtPackage.SIGNALERINGSKAART__KWB_BESTANDEN:
				return getKwbBestanden();
			case VeerkrachtPackage.SIGNALERINGSKAART__GEWICHTEN:
				return getGewichten();
			case VeerkrachtPackage.SIGNALERINGSKAART__OMSCHRIJVING:
				return getOmschrijving();
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
			case VeerkrachtPackage.SIGNALERINGSKAART__JAAR:
				setJaar((Integer)newValue);
				return;
			case VeerkrachtPackage.SIGNALERINGSKAART__GEMEENTE_CODE:
				setGemeenteCode((String)newValue);
				return;
			case VeerkrachtPackage.SIGNALERINGSKAART__REFERENTIE:
				setReferentie((Referentie)newValue);
				return;
			case VeerkrachtPackage.SIGNALERINGSKAART__NORMALISATIE:
				setNormalisatie((Normalisatie)newValue);
				return;
			case VeerkrachtPackage.SIGNALERINGSKAART__MINIMALE_DEKKING:
				setMinimaleDekking((Double)newValue);
				return;
			case VeerkrachtPackage.SIGNALERINGSKAART__GRENZEN:
				setGrenzen((String)newValue);
				return;
			case VeerkrachtPackage.SIGNALERINGSKAART__KWB_BESTANDEN:
				getKwbBestanden().clear();
				getKwbBestanden().addAll((Collection<? extends String>)newValue);
				return;
			case VeerkrachtPackage.SIGNALERINGSKAART__GEWICHTEN:
				getGewichten().clear();
				getGewichten().addAll((Collection<? extends IndicatorGewicht>)newValue);
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
			case VeerkrachtPackage.SIGNALERINGSKAART__JAAR:
				setJaar(JAAR_EDEFAULT);
				return;
			case VeerkrachtPackage.SIGNALERINGSKAART__GEMEENTE_CODE:
				setGemeenteCode(GEMEENTE_CODE_EDEFAULT);
				return;
			case VeerkrachtPackage.SIGNALERINGSKAART__REFERENTIE:
				setReferentie(REFERENTIE_EDEFAULT);
				return;
			case VeerkrachtPackage.SIGNALERINGSKAART__NORMALISATIE:
				setNormalisatie(NORMALISATIE_EDEFAULT);
				return;
			case VeerkrachtPackage.SIGNALERINGSKAART__MINIMALE_DEKKING:
				setMinimaleDekking(MINIMALE_DEKKING_EDEFAULT);
				return;
			case VeerkrachtPackage.SIGNALERINGSKAART__GRENZEN:
				setGrenzen(GRENZEN_EDEFAULT);
				return;
			case VeerkrachtPackage.SIGNALERINGSKAART__KWB_BESTANDEN:
				getKwbBestanden().clear();
				return;
			case VeerkrachtPackage.SIGNALERINGSKAART__GEWICHTEN:
				getGewichten().clear();
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
			case VeerkrachtPackage.SIGNALERINGSKAART__JAAR:
				return jaar != JAAR_EDEFAULT;
			case VeerkrachtPackage.SIGNALERINGSKAART__GEMEENTE_CODE:
				return GEMEENTE_CODE_EDEFAULT == null ? gemeenteCode != null : !GEMEENTE_CODE_EDEFAULT.equals(gemeenteCode);
			case VeerkrachtPackage.SIGNALERINGSKAART__REFERENTIE:
				return referentie != REFERENTIE_EDEFAULT;
			case VeerkrachtPackage.SIGNALERINGSKAART__NORMALISATIE:
				return normalisatie != NORMALISATIE_EDEFAULT;
			case VeerkrachtPackage.SIGNALERINGSKAART__MINIMALE_DEKKING:
				return minimaleDekking != MINIMALE_DEKKING_EDEFAULT;
			case VeerkrachtPackage.SIGNALERINGSKAART__GRENZEN:
				return GRENZEN_EDEFAULT == null ? grenzen != null : !GRENZEN_EDEFAULT.equals(grenzen);
			case VeerkrachtPackage.SIGNALERINGSKAART__KWB_BESTANDEN:
				return kwbBestanden != null && !kwbBestanden.isEmpty();
			case VeerkrachtPackage.SIGNALERINGSKAART__GEWICHTEN:
				return gewichten != null && !gewichten.isEmpty();
			case VeerkrachtPackage.SIGNALERINGSKAART__OMSCHRIJVING:
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
		result.append(" (jaar: ");
		result.append(jaar);
		result.append(", gemeenteCode: ");
		result.append(gemeenteCode);
		result.append(", referentie: ");
		result.append(referentie);
		result.append(", normalisatie: ");
		result.append(normalisatie);
		result.append(", minimaleDekking: ");
		result.append(minimaleDekking);
		result.append(", grenzen: ");
		result.append(grenzen);
		result.append(", kwbBestanden: ");
		result.append(kwbBestanden);
		result.append(')');
		return result.toString();
	}

} //SignaleringskaartImpl
