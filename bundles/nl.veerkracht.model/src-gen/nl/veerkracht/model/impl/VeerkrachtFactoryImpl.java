/**
 */
package nl.veerkracht.model.impl;

import nl.veerkracht.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class VeerkrachtFactoryImpl extends EFactoryImpl implements VeerkrachtFactory
{
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static VeerkrachtFactory init()
	{
		try
		{
			VeerkrachtFactory theVeerkrachtFactory = (VeerkrachtFactory)EPackage.Registry.INSTANCE.getEFactory(VeerkrachtPackage.eNS_URI);
			if (theVeerkrachtFactory != null)
			{
				return theVeerkrachtFactory;
			}
		}
		catch (Exception exception)
		{
			EcorePlugin.INSTANCE.log(exception);
		}
		return new VeerkrachtFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VeerkrachtFactoryImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass)
	{
		switch (eClass.getClassifierID())
		{
			case VeerkrachtPackage.ANALYSE: return createAnalyse();
			case VeerkrachtPackage.DATA_SOURCE: return createDataSource();
			case VeerkrachtPackage.GEOMETRY_REFERENCE: return createGeometryReference();
			case VeerkrachtPackage.GEMEENTE: return createGemeente();
			case VeerkrachtPackage.WIJK: return createWijk();
			case VeerkrachtPackage.BUURT: return createBuurt();
			case VeerkrachtPackage.GEBIED: return createGebied();
			case VeerkrachtPackage.INDICATOR_VALUE: return createIndicatorValue();
			case VeerkrachtPackage.WIJKSCHETS: return createWijkschets();
			case VeerkrachtPackage.KAART_INSTELLING: return createKaartInstelling();
			case VeerkrachtPackage.KAART_LAAG: return createKaartLaag();
			case VeerkrachtPackage.SIGNALERINGSKAART: return createSignaleringskaart();
			case VeerkrachtPackage.INDICATOR_GEWICHT: return createIndicatorGewicht();
			case VeerkrachtPackage.SLEUTELPROJECT: return createSleutelproject();
			case VeerkrachtPackage.STATUS_BEOORDELING: return createStatusBeoordeling();
			case VeerkrachtPackage.DILEMMA: return createDilemma();
			case VeerkrachtPackage.PERSPECTIEF_INZET: return createPerspectiefInzet();
			case VeerkrachtPackage.BUURT_VERFIJNING: return createBuurtVerfijning();
			case VeerkrachtPackage.MAATREGEL: return createMaatregel();
			case VeerkrachtPackage.PRESTATIEAFSPRAAK: return createPrestatieafspraak();
			case VeerkrachtPackage.PARTIJ: return createPartij();
			case VeerkrachtPackage.SCENARIO: return createScenario();
			case VeerkrachtPackage.GEBIEDS_MIX: return createGebiedsMix();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue)
	{
		switch (eDataType.getClassifierID())
		{
			case VeerkrachtPackage.HANDELINGSPERSPECTIEF:
				return createHandelingsperspectiefFromString(eDataType, initialValue);
			case VeerkrachtPackage.DOMEIN:
				return createDomeinFromString(eDataType, initialValue);
			case VeerkrachtPackage.STRATEGIE:
				return createStrategieFromString(eDataType, initialValue);
			case VeerkrachtPackage.STATUS_ASPECT:
				return createStatusAspectFromString(eDataType, initialValue);
			case VeerkrachtPackage.BEOORDELING:
				return createBeoordelingFromString(eDataType, initialValue);
			case VeerkrachtPackage.PROJECT_STATUS:
				return createProjectStatusFromString(eDataType, initialValue);
			case VeerkrachtPackage.KOSTENKLASSE:
				return createKostenklasseFromString(eDataType, initialValue);
			case VeerkrachtPackage.AFSPRAAK_STATUS:
				return createAfspraakStatusFromString(eDataType, initialValue);
			case VeerkrachtPackage.PARTIJ_ROL:
				return createPartijRolFromString(eDataType, initialValue);
			case VeerkrachtPackage.REFERENTIE:
				return createReferentieFromString(eDataType, initialValue);
			case VeerkrachtPackage.NORMALISATIE:
				return createNormalisatieFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue)
	{
		switch (eDataType.getClassifierID())
		{
			case VeerkrachtPackage.HANDELINGSPERSPECTIEF:
				return convertHandelingsperspectiefToString(eDataType, instanceValue);
			case VeerkrachtPackage.DOMEIN:
				return convertDomeinToString(eDataType, instanceValue);
			case VeerkrachtPackage.STRATEGIE:
				return convertStrategieToString(eDataType, instanceValue);
			case VeerkrachtPackage.STATUS_ASPECT:
				return convertStatusAspectToString(eDataType, instanceValue);
			case VeerkrachtPackage.BEOORDELING:
				return convertBeoordelingToString(eDataType, instanceValue);
			case VeerkrachtPackage.PROJECT_STATUS:
				return convertProjectStatusToString(eDataType, instanceValue);
			case VeerkrachtPackage.KOSTENKLASSE:
				return convertKostenklasseToString(eDataType, instanceValue);
			case VeerkrachtPackage.AFSPRAAK_STATUS:
				return convertAfspraakStatusToString(eDataType, instanceValue);
			case VeerkrachtPackage.PARTIJ_ROL:
				return convertPartijRolToString(eDataType, instanceValue);
			case VeerkrachtPackage.REFERENTIE:
				return convertReferentieToString(eDataType, instanceValue);
			case VeerkrachtPackage.NORMALISATIE:
				return convertNormalisatieToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Analyse createAnalyse()
	{
		AnalyseImpl analyse = new AnalyseImpl();
		return analyse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataSource createDataSource()
	{
		DataSourceImpl dataSource = new DataSourceImpl();
		return dataSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GeometryReference createGeometryReference()
	{
		GeometryReferenceImpl geometryReference = new GeometryReferenceImpl();
		return geometryReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Gemeente createGemeente()
	{
		GemeenteImpl gemeente = new GemeenteImpl();
		return gemeente;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Wijk createWijk()
	{
		WijkImpl wijk = new WijkImpl();
		return wijk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Buurt createBuurt()
	{
		BuurtImpl buurt = new BuurtImpl();
		return buurt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Gebied createGebied()
	{
		GebiedImpl gebied = new GebiedImpl();
		return gebied;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorValue createIndicatorValue()
	{
		IndicatorValueImpl indicatorValue = new IndicatorValueImpl();
		return indicatorValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Wijkschets createWijkschets()
	{
		WijkschetsImpl wijkschets = new WijkschetsImpl();
		return wijkschets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KaartInstelling createKaartInstelling()
	{
		KaartInstellingImpl kaartInstelling = new KaartInstellingImpl();
		return kaartInstelling;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KaartLaag createKaartLaag()
	{
		KaartLaagImpl kaartLaag = new KaartLaagImpl();
		return kaartLaag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Signaleringskaart createSignaleringskaart()
	{
		SignaleringskaartImpl signaleringskaart = new SignaleringskaartImpl();
		return signaleringskaart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorGewicht createIndicatorGewicht()
	{
		IndicatorGewichtImpl indicatorGewicht = new IndicatorGewichtImpl();
		return indicatorGewicht;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sleutelproject createSleutelproject()
	{
		SleutelprojectImpl sleutelproject = new SleutelprojectImpl();
		return sleutelproject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatusBeoordeling createStatusBeoordeling()
	{
		StatusBeoordelingImpl statusBeoordeling = new StatusBeoordelingImpl();
		return statusBeoordeling;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dilemma createDilemma()
	{
		DilemmaImpl dilemma = new DilemmaImpl();
		return dilemma;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PerspectiefInzet createPerspectiefInzet()
	{
		PerspectiefInzetImpl perspectiefInzet = new PerspectiefInzetImpl();
		return perspectiefInzet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BuurtVerfijning createBuurtVerfijning()
	{
		BuurtVerfijningImpl buurtVerfijning = new BuurtVerfijningImpl();
		return buurtVerfijning;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Maatregel createMaatregel()
	{
		MaatregelImpl maatregel = new MaatregelImpl();
		return maatregel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Prestatieafspraak createPrestatieafspraak()
	{
		PrestatieafspraakImpl prestatieafspraak = new PrestatieafspraakImpl();
		return prestatieafspraak;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Partij createPartij()
	{
		PartijImpl partij = new PartijImpl();
		return partij;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scenario createScenario()
	{
		ScenarioImpl scenario = new ScenarioImpl();
		return scenario;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GebiedsMix createGebiedsMix()
	{
		GebiedsMixImpl gebiedsMix = new GebiedsMixImpl();
		return gebiedsMix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Handelingsperspectief createHandelingsperspectiefFromString(EDataType eDataType, String initialValue)
	{
		Handelingsperspectief result = Handelingsperspectief.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHandelingsperspectiefToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Domein createDomeinFromString(EDataType eDataType, String initialValue)
	{
		Domein result = Domein.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDomeinToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Strategie createStrategieFromString(EDataType eDataType, String initialValue)
	{
		Strategie result = Strategie.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStrategieToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StatusAspect createStatusAspectFromString(EDataType eDataType, String initialValue)
	{
		StatusAspect result = StatusAspect.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStatusAspectToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Beoordeling createBeoordelingFromString(EDataType eDataType, String initialValue)
	{
		Beoordeling result = Beoordeling.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBeoordelingToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ProjectStatus createProjectStatusFromString(EDataType eDataType, String initialValue)
	{
		ProjectStatus result = ProjectStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertProjectStatusToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Kostenklasse createKostenklasseFromString(EDataType eDataType, String initialValue)
	{
		Kostenklasse result = Kostenklasse.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertKostenklasseToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AfspraakStatus createAfspraakStatusFromString(EDataType eDataType, String initialValue)
	{
		AfspraakStatus result = AfspraakStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAfspraakStatusToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PartijRol createPartijRolFromString(EDataType eDataType, String initialValue)
	{
		PartijRol result = PartijRol.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPartijRolToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Referentie createReferentieFromString(EDataType eDataType, String initialValue)
	{
		Referentie result = Referentie.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReferentieToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Normalisatie createNormalisatieFromString(EDataType eDataType, String initialValue)
	{
		Normalisatie result = Normalisatie.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNormalisatieToString(EDataType eDataType, Object instanceValue)
	{
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VeerkrachtPackage getVeerkrachtPackage()
	{
		return (VeerkrachtPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static VeerkrachtPackage getPackage()
	{
		return VeerkrachtPackage.eINSTANCE;
	}

} //VeerkrachtFactoryImpl
