/**
 */
package nl.veerkracht.model.util;

import nl.veerkracht.model.*;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see nl.veerkracht.model.VeerkrachtPackage
 * @generated
 */
public class VeerkrachtSwitch<T> extends Switch<T>
{
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static VeerkrachtPackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VeerkrachtSwitch()
	{
		if (modelPackage == null)
		{
			modelPackage = VeerkrachtPackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage)
	{
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject)
	{
		switch (classifierID)
		{
			case VeerkrachtPackage.ANALYSE:
			{
				Analyse analyse = (Analyse)theEObject;
				T result = caseAnalyse(analyse);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeerkrachtPackage.DATA_SOURCE:
			{
				DataSource dataSource = (DataSource)theEObject;
				T result = caseDataSource(dataSource);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeerkrachtPackage.REGIO:
			{
				Regio regio = (Regio)theEObject;
				T result = caseRegio(regio);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeerkrachtPackage.CBS_REGIO:
			{
				CbsRegio cbsRegio = (CbsRegio)theEObject;
				T result = caseCbsRegio(cbsRegio);
				if (result == null) result = caseRegio(cbsRegio);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeerkrachtPackage.GEOMETRY_REFERENCE:
			{
				GeometryReference geometryReference = (GeometryReference)theEObject;
				T result = caseGeometryReference(geometryReference);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeerkrachtPackage.GEMEENTE:
			{
				Gemeente gemeente = (Gemeente)theEObject;
				T result = caseGemeente(gemeente);
				if (result == null) result = caseCbsRegio(gemeente);
				if (result == null) result = caseRegio(gemeente);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeerkrachtPackage.WIJK:
			{
				Wijk wijk = (Wijk)theEObject;
				T result = caseWijk(wijk);
				if (result == null) result = caseCbsRegio(wijk);
				if (result == null) result = caseRegio(wijk);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeerkrachtPackage.BUURT:
			{
				Buurt buurt = (Buurt)theEObject;
				T result = caseBuurt(buurt);
				if (result == null) result = caseCbsRegio(buurt);
				if (result == null) result = caseRegio(buurt);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeerkrachtPackage.GEBIED:
			{
				Gebied gebied = (Gebied)theEObject;
				T result = caseGebied(gebied);
				if (result == null) result = caseRegio(gebied);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeerkrachtPackage.INDICATOR_VALUE:
			{
				IndicatorValue indicatorValue = (IndicatorValue)theEObject;
				T result = caseIndicatorValue(indicatorValue);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeerkrachtPackage.WIJKSCHETS:
			{
				Wijkschets wijkschets = (Wijkschets)theEObject;
				T result = caseWijkschets(wijkschets);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeerkrachtPackage.KAART_INSTELLING:
			{
				KaartInstelling kaartInstelling = (KaartInstelling)theEObject;
				T result = caseKaartInstelling(kaartInstelling);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeerkrachtPackage.KAART_LAAG:
			{
				KaartLaag kaartLaag = (KaartLaag)theEObject;
				T result = caseKaartLaag(kaartLaag);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeerkrachtPackage.SIGNALERINGSKAART:
			{
				Signaleringskaart signaleringskaart = (Signaleringskaart)theEObject;
				T result = caseSignaleringskaart(signaleringskaart);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeerkrachtPackage.INDICATOR_GEWICHT:
			{
				IndicatorGewicht indicatorGewicht = (IndicatorGewicht)theEObject;
				T result = caseIndicatorGewicht(indicatorGewicht);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeerkrachtPackage.SLEUTELPROJECT:
			{
				Sleutelproject sleutelproject = (Sleutelproject)theEObject;
				T result = caseSleutelproject(sleutelproject);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeerkrachtPackage.STATUS_BEOORDELING:
			{
				StatusBeoordeling statusBeoordeling = (StatusBeoordeling)theEObject;
				T result = caseStatusBeoordeling(statusBeoordeling);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeerkrachtPackage.DILEMMA:
			{
				Dilemma dilemma = (Dilemma)theEObject;
				T result = caseDilemma(dilemma);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeerkrachtPackage.PERSPECTIEF_INZET:
			{
				PerspectiefInzet perspectiefInzet = (PerspectiefInzet)theEObject;
				T result = casePerspectiefInzet(perspectiefInzet);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeerkrachtPackage.BUURT_VERFIJNING:
			{
				BuurtVerfijning buurtVerfijning = (BuurtVerfijning)theEObject;
				T result = caseBuurtVerfijning(buurtVerfijning);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeerkrachtPackage.MAATREGEL:
			{
				Maatregel maatregel = (Maatregel)theEObject;
				T result = caseMaatregel(maatregel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeerkrachtPackage.PRESTATIEAFSPRAAK:
			{
				Prestatieafspraak prestatieafspraak = (Prestatieafspraak)theEObject;
				T result = casePrestatieafspraak(prestatieafspraak);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeerkrachtPackage.PARTIJ:
			{
				Partij partij = (Partij)theEObject;
				T result = casePartij(partij);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeerkrachtPackage.SCENARIO:
			{
				Scenario scenario = (Scenario)theEObject;
				T result = caseScenario(scenario);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case VeerkrachtPackage.GEBIEDS_MIX:
			{
				GebiedsMix gebiedsMix = (GebiedsMix)theEObject;
				T result = caseGebiedsMix(gebiedsMix);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Analyse</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Analyse</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAnalyse(Analyse object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Data Source</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Data Source</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDataSource(DataSource object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Regio</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Regio</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRegio(Regio object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Cbs Regio</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Cbs Regio</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCbsRegio(CbsRegio object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Geometry Reference</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Geometry Reference</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGeometryReference(GeometryReference object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Gemeente</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Gemeente</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGemeente(Gemeente object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Wijk</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Wijk</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWijk(Wijk object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Buurt</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Buurt</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBuurt(Buurt object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Gebied</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Gebied</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGebied(Gebied object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Indicator Value</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Indicator Value</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIndicatorValue(IndicatorValue object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Wijkschets</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Wijkschets</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWijkschets(Wijkschets object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kaart Instelling</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kaart Instelling</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKaartInstelling(KaartInstelling object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Kaart Laag</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Kaart Laag</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseKaartLaag(KaartLaag object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Signaleringskaart</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Signaleringskaart</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSignaleringskaart(Signaleringskaart object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Indicator Gewicht</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Indicator Gewicht</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIndicatorGewicht(IndicatorGewicht object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Sleutelproject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Sleutelproject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSleutelproject(Sleutelproject object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Status Beoordeling</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Status Beoordeling</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStatusBeoordeling(StatusBeoordeling object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Dilemma</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Dilemma</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDilemma(Dilemma object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Perspectief Inzet</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Perspectief Inzet</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePerspectiefInzet(PerspectiefInzet object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Buurt Verfijning</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Buurt Verfijning</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBuurtVerfijning(BuurtVerfijning object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Maatregel</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Maatregel</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseMaatregel(Maatregel object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Prestatieafspraak</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Prestatieafspraak</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePrestatieafspraak(Prestatieafspraak object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Partij</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Partij</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePartij(Partij object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Scenario</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseScenario(Scenario object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Gebieds Mix</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Gebieds Mix</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseGebiedsMix(GebiedsMix object)
	{
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object)
	{
		return null;
	}

} //VeerkrachtSwitch
