/**
 */
package nl.veerkracht.model.impl;

import nl.veerkracht.model.AfspraakStatus;
import nl.veerkracht.model.Analyse;
import nl.veerkracht.model.Beoordeling;
import nl.veerkracht.model.Buurt;
import nl.veerkracht.model.BuurtVerfijning;
import nl.veerkracht.model.CbsRegio;
import nl.veerkracht.model.DataSource;
import nl.veerkracht.model.Dilemma;
import nl.veerkracht.model.Domein;
import nl.veerkracht.model.Gebied;
import nl.veerkracht.model.GebiedsMix;
import nl.veerkracht.model.Gemeente;
import nl.veerkracht.model.GeometryReference;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.IndicatorGewicht;
import nl.veerkracht.model.IndicatorValue;
import nl.veerkracht.model.KaartInstelling;
import nl.veerkracht.model.KaartLaag;
import nl.veerkracht.model.Kostenklasse;
import nl.veerkracht.model.Maatregel;
import nl.veerkracht.model.Normalisatie;
import nl.veerkracht.model.Partij;
import nl.veerkracht.model.PartijRol;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.Prestatieafspraak;
import nl.veerkracht.model.ProjectStatus;
import nl.veerkracht.model.Referentie;
import nl.veerkracht.model.Regio;
import nl.veerkracht.model.Scenario;
import nl.veerkracht.model.Signaleringskaart;
import nl.veerkracht.model.Sleutelproject;
import nl.veerkracht.model.StatusAspect;
import nl.veerkracht.model.StatusBeoordeling;
import nl.veerkracht.model.Strategie;
import nl.veerkracht.model.VeerkrachtFactory;
import nl.veerkracht.model.VeerkrachtPackage;
import nl.veerkracht.model.Wijk;
import nl.veerkracht.model.Wijkschets;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class VeerkrachtPackageImpl extends EPackageImpl implements VeerkrachtPackage
{
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass analyseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dataSourceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass regioEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cbsRegioEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass geometryReferenceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gemeenteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass wijkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass buurtEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gebiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass indicatorValueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass wijkschetsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kaartInstellingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kaartLaagEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass signaleringskaartEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass indicatorGewichtEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sleutelprojectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass statusBeoordelingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass dilemmaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass perspectiefInzetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass buurtVerfijningEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass maatregelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass prestatieafspraakEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass partijEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scenarioEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gebiedsMixEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum handelingsperspectiefEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum domeinEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum strategieEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum statusAspectEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum beoordelingEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum projectStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum kostenklasseEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum afspraakStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum partijRolEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum referentieEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum normalisatieEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see nl.veerkracht.model.VeerkrachtPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private VeerkrachtPackageImpl()
	{
		super(eNS_URI, VeerkrachtFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link VeerkrachtPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static VeerkrachtPackage init()
	{
		if (isInited) return (VeerkrachtPackage)EPackage.Registry.INSTANCE.getEPackage(VeerkrachtPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredVeerkrachtPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		VeerkrachtPackageImpl theVeerkrachtPackage = registeredVeerkrachtPackage instanceof VeerkrachtPackageImpl ? (VeerkrachtPackageImpl)registeredVeerkrachtPackage : new VeerkrachtPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theVeerkrachtPackage.createPackageContents();

		// Initialize created meta-data
		theVeerkrachtPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theVeerkrachtPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(VeerkrachtPackage.eNS_URI, theVeerkrachtPackage);
		return theVeerkrachtPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnalyse()
	{
		return analyseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalyse_Name()
	{
		return (EAttribute)analyseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalyse_ModelVersion()
	{
		return (EAttribute)analyseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnalyse_ReferenceYear()
	{
		return (EAttribute)analyseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnalyse_Gemeenten()
	{
		return (EReference)analyseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnalyse_Gebieden()
	{
		return (EReference)analyseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnalyse_DataSources()
	{
		return (EReference)analyseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnalyse_Kaarten()
	{
		return (EReference)analyseEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnalyse_IndicatorValues()
	{
		return (EReference)analyseEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnalyse_Wijkschetsen()
	{
		return (EReference)analyseEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnalyse_Prestatieafspraken()
	{
		return (EReference)analyseEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnalyse_Scenarios()
	{
		return (EReference)analyseEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAnalyse_Signaleringskaart()
	{
		return (EReference)analyseEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDataSource()
	{
		return dataSourceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_Name()
	{
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDataSource_Uri()
	{
		return (EAttribute)dataSourceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRegio()
	{
		return regioEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRegio_Name()
	{
		return (EAttribute)regioEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCbsRegio()
	{
		return cbsRegioEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCbsRegio_Code()
	{
		return (EAttribute)cbsRegioEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCbsRegio_Geometry()
	{
		return (EReference)cbsRegioEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGeometryReference()
	{
		return geometryReferenceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGeometryReference_LayerUri()
	{
		return (EAttribute)geometryReferenceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGeometryReference_FeatureId()
	{
		return (EAttribute)geometryReferenceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGemeente()
	{
		return gemeenteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGemeente_Wijken()
	{
		return (EReference)gemeenteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWijk()
	{
		return wijkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWijk_Gemeente()
	{
		return (EReference)wijkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWijk_Buurten()
	{
		return (EReference)wijkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBuurt()
	{
		return buurtEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBuurt_Wijk()
	{
		return (EReference)buurtEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGebied()
	{
		return gebiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGebied_Onderdelen()
	{
		return (EReference)gebiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndicatorValue()
	{
		return indicatorValueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicatorValue_Regio()
	{
		return (EReference)indicatorValueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorValue_VariableId()
	{
		return (EAttribute)indicatorValueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorValue_Year()
	{
		return (EAttribute)indicatorValueEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorValue_Value()
	{
		return (EAttribute)indicatorValueEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorValue_Unit()
	{
		return (EAttribute)indicatorValueEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorValue_Source()
	{
		return (EAttribute)indicatorValueEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorValue_MissingReason()
	{
		return (EAttribute)indicatorValueEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWijkschets()
	{
		return wijkschetsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWijkschets_Name()
	{
		return (EAttribute)wijkschetsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWijkschets_Gebied()
	{
		return (EReference)wijkschetsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWijkschets_PhotoPath()
	{
		return (EAttribute)wijkschetsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWijkschets_Kaart()
	{
		return (EReference)wijkschetsEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWijkschets_Sleutelprojecten()
	{
		return (EReference)wijkschetsEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWijkschets_Bevolking()
	{
		return (EAttribute)wijkschetsEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWijkschets_StatusBeoordelingen()
	{
		return (EReference)wijkschetsEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWijkschets_Probleemanalyse()
	{
		return (EAttribute)wijkschetsEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWijkschets_DefinitieVanSucces()
	{
		return (EAttribute)wijkschetsEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWijkschets_Dilemmas()
	{
		return (EReference)wijkschetsEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWijkschets_Complete()
	{
		return (EAttribute)wijkschetsEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getWijkschets_PerspectiefMix()
	{
		return (EReference)wijkschetsEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKaartInstelling()
	{
		return kaartInstellingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKaartInstelling_Name()
	{
		return (EAttribute)kaartInstellingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKaartInstelling_CrsCode()
	{
		return (EAttribute)kaartInstellingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKaartInstelling_CenterX()
	{
		return (EAttribute)kaartInstellingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKaartInstelling_CenterY()
	{
		return (EAttribute)kaartInstellingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKaartInstelling_Scale()
	{
		return (EAttribute)kaartInstellingEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKaartInstelling_SignaalkaartInset()
	{
		return (EAttribute)kaartInstellingEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKaartInstelling_LayerUris()
	{
		return (EAttribute)kaartInstellingEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKaartInstelling_Lagen()
	{
		return (EReference)kaartInstellingEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKaartLaag()
	{
		return kaartLaagEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKaartLaag_Title()
	{
		return (EAttribute)kaartLaagEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKaartLaag_SourceUri()
	{
		return (EAttribute)kaartLaagEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKaartLaag_LayerName()
	{
		return (EAttribute)kaartLaagEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKaartLaag_Visible()
	{
		return (EAttribute)kaartLaagEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKaartLaag_Opacity()
	{
		return (EAttribute)kaartLaagEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKaartLaag_Style()
	{
		return (EAttribute)kaartLaagEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSignaleringskaart()
	{
		return signaleringskaartEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignaleringskaart_Jaar()
	{
		return (EAttribute)signaleringskaartEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignaleringskaart_GemeenteCode()
	{
		return (EAttribute)signaleringskaartEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignaleringskaart_Referentie()
	{
		return (EAttribute)signaleringskaartEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignaleringskaart_Normalisatie()
	{
		return (EAttribute)signaleringskaartEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignaleringskaart_MinimaleDekking()
	{
		return (EAttribute)signaleringskaartEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignaleringskaart_Grenzen()
	{
		return (EAttribute)signaleringskaartEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignaleringskaart_KwbBestanden()
	{
		return (EAttribute)signaleringskaartEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSignaleringskaart_Gewichten()
	{
		return (EReference)signaleringskaartEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignaleringskaart_Omschrijving()
	{
		return (EAttribute)signaleringskaartEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndicatorGewicht()
	{
		return indicatorGewichtEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorGewicht_IndicatorId()
	{
		return (EAttribute)indicatorGewichtEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorGewicht_Gewicht()
	{
		return (EAttribute)indicatorGewichtEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorGewicht_Omschrijving()
	{
		return (EAttribute)indicatorGewichtEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSleutelproject()
	{
		return sleutelprojectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSleutelproject_Name()
	{
		return (EAttribute)sleutelprojectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSleutelproject_Owner()
	{
		return (EAttribute)sleutelprojectEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSleutelproject_Status()
	{
		return (EAttribute)sleutelprojectEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSleutelproject_StartYear()
	{
		return (EAttribute)sleutelprojectEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSleutelproject_EndYear()
	{
		return (EAttribute)sleutelprojectEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStatusBeoordeling()
	{
		return statusBeoordelingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusBeoordeling_Aspect()
	{
		return (EAttribute)statusBeoordelingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusBeoordeling_Rating()
	{
		return (EAttribute)statusBeoordelingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusBeoordeling_Note()
	{
		return (EAttribute)statusBeoordelingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDilemma()
	{
		return dilemmaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDilemma_Title()
	{
		return (EAttribute)dilemmaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDilemma_Description()
	{
		return (EAttribute)dilemmaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPerspectiefInzet()
	{
		return perspectiefInzetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerspectiefInzet_Perspective()
	{
		return (EAttribute)perspectiefInzetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerspectiefInzet_Intensity()
	{
		return (EAttribute)perspectiefInzetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPerspectiefInzet_Rationale()
	{
		return (EAttribute)perspectiefInzetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerspectiefInzet_Maatregelen()
	{
		return (EReference)perspectiefInzetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPerspectiefInzet_BuurtVerfijningen()
	{
		return (EReference)perspectiefInzetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPerspectiefInzet__GetDomein()
	{
		return perspectiefInzetEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPerspectiefInzet__GetStrategie()
	{
		return perspectiefInzetEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getPerspectiefInzet__GetIntensityWord()
	{
		return perspectiefInzetEClass.getEOperations().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBuurtVerfijning()
	{
		return buurtVerfijningEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBuurtVerfijning_Buurt()
	{
		return (EReference)buurtVerfijningEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBuurtVerfijning_Intensity()
	{
		return (EAttribute)buurtVerfijningEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBuurtVerfijning_Note()
	{
		return (EAttribute)buurtVerfijningEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMaatregel()
	{
		return maatregelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaatregel_Description()
	{
		return (EAttribute)maatregelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaatregel_Owner()
	{
		return (EAttribute)maatregelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaatregel_CostClass()
	{
		return (EAttribute)maatregelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaatregel_StartYear()
	{
		return (EAttribute)maatregelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMaatregel_EndYear()
	{
		return (EAttribute)maatregelEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPrestatieafspraak()
	{
		return prestatieafspraakEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrestatieafspraak_Title()
	{
		return (EAttribute)prestatieafspraakEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPrestatieafspraak_Parties()
	{
		return (EReference)prestatieafspraakEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrestatieafspraak_Agreement()
	{
		return (EAttribute)prestatieafspraakEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPrestatieafspraak_Gebied()
	{
		return (EReference)prestatieafspraakEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrestatieafspraak_IndicatorVariableId()
	{
		return (EAttribute)prestatieafspraakEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrestatieafspraak_BaselineValue()
	{
		return (EAttribute)prestatieafspraakEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrestatieafspraak_BaselineYear()
	{
		return (EAttribute)prestatieafspraakEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrestatieafspraak_TargetValue()
	{
		return (EAttribute)prestatieafspraakEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrestatieafspraak_TargetYear()
	{
		return (EAttribute)prestatieafspraakEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPrestatieafspraak_Status()
	{
		return (EAttribute)prestatieafspraakEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPartij()
	{
		return partijEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartij_Name()
	{
		return (EAttribute)partijEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPartij_Role()
	{
		return (EAttribute)partijEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScenario()
	{
		return scenarioEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Name()
	{
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScenario_Description()
	{
		return (EAttribute)scenarioEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScenario_Mixes()
	{
		return (EReference)scenarioEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGebiedsMix()
	{
		return gebiedsMixEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGebiedsMix_Gebied()
	{
		return (EReference)gebiedsMixEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGebiedsMix_Inzet()
	{
		return (EReference)gebiedsMixEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getHandelingsperspectief()
	{
		return handelingsperspectiefEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDomein()
	{
		return domeinEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStrategie()
	{
		return strategieEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getStatusAspect()
	{
		return statusAspectEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBeoordeling()
	{
		return beoordelingEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProjectStatus()
	{
		return projectStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getKostenklasse()
	{
		return kostenklasseEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAfspraakStatus()
	{
		return afspraakStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPartijRol()
	{
		return partijRolEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getReferentie()
	{
		return referentieEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNormalisatie()
	{
		return normalisatieEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VeerkrachtFactory getVeerkrachtFactory()
	{
		return (VeerkrachtFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents()
	{
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		analyseEClass = createEClass(ANALYSE);
		createEAttribute(analyseEClass, ANALYSE__NAME);
		createEAttribute(analyseEClass, ANALYSE__MODEL_VERSION);
		createEAttribute(analyseEClass, ANALYSE__REFERENCE_YEAR);
		createEReference(analyseEClass, ANALYSE__GEMEENTEN);
		createEReference(analyseEClass, ANALYSE__GEBIEDEN);
		createEReference(analyseEClass, ANALYSE__DATA_SOURCES);
		createEReference(analyseEClass, ANALYSE__KAARTEN);
		createEReference(analyseEClass, ANALYSE__INDICATOR_VALUES);
		createEReference(analyseEClass, ANALYSE__WIJKSCHETSEN);
		createEReference(analyseEClass, ANALYSE__PRESTATIEAFSPRAKEN);
		createEReference(analyseEClass, ANALYSE__SCENARIOS);
		createEReference(analyseEClass, ANALYSE__SIGNALERINGSKAART);

		dataSourceEClass = createEClass(DATA_SOURCE);
		createEAttribute(dataSourceEClass, DATA_SOURCE__NAME);
		createEAttribute(dataSourceEClass, DATA_SOURCE__URI);

		regioEClass = createEClass(REGIO);
		createEAttribute(regioEClass, REGIO__NAME);

		cbsRegioEClass = createEClass(CBS_REGIO);
		createEAttribute(cbsRegioEClass, CBS_REGIO__CODE);
		createEReference(cbsRegioEClass, CBS_REGIO__GEOMETRY);

		geometryReferenceEClass = createEClass(GEOMETRY_REFERENCE);
		createEAttribute(geometryReferenceEClass, GEOMETRY_REFERENCE__LAYER_URI);
		createEAttribute(geometryReferenceEClass, GEOMETRY_REFERENCE__FEATURE_ID);

		gemeenteEClass = createEClass(GEMEENTE);
		createEReference(gemeenteEClass, GEMEENTE__WIJKEN);

		wijkEClass = createEClass(WIJK);
		createEReference(wijkEClass, WIJK__GEMEENTE);
		createEReference(wijkEClass, WIJK__BUURTEN);

		buurtEClass = createEClass(BUURT);
		createEReference(buurtEClass, BUURT__WIJK);

		gebiedEClass = createEClass(GEBIED);
		createEReference(gebiedEClass, GEBIED__ONDERDELEN);

		indicatorValueEClass = createEClass(INDICATOR_VALUE);
		createEReference(indicatorValueEClass, INDICATOR_VALUE__REGIO);
		createEAttribute(indicatorValueEClass, INDICATOR_VALUE__VARIABLE_ID);
		createEAttribute(indicatorValueEClass, INDICATOR_VALUE__YEAR);
		createEAttribute(indicatorValueEClass, INDICATOR_VALUE__VALUE);
		createEAttribute(indicatorValueEClass, INDICATOR_VALUE__UNIT);
		createEAttribute(indicatorValueEClass, INDICATOR_VALUE__SOURCE);
		createEAttribute(indicatorValueEClass, INDICATOR_VALUE__MISSING_REASON);

		wijkschetsEClass = createEClass(WIJKSCHETS);
		createEAttribute(wijkschetsEClass, WIJKSCHETS__NAME);
		createEReference(wijkschetsEClass, WIJKSCHETS__GEBIED);
		createEAttribute(wijkschetsEClass, WIJKSCHETS__PHOTO_PATH);
		createEReference(wijkschetsEClass, WIJKSCHETS__KAART);
		createEReference(wijkschetsEClass, WIJKSCHETS__SLEUTELPROJECTEN);
		createEAttribute(wijkschetsEClass, WIJKSCHETS__BEVOLKING);
		createEReference(wijkschetsEClass, WIJKSCHETS__STATUS_BEOORDELINGEN);
		createEAttribute(wijkschetsEClass, WIJKSCHETS__PROBLEEMANALYSE);
		createEAttribute(wijkschetsEClass, WIJKSCHETS__DEFINITIE_VAN_SUCCES);
		createEReference(wijkschetsEClass, WIJKSCHETS__DILEMMAS);
		createEAttribute(wijkschetsEClass, WIJKSCHETS__COMPLETE);
		createEReference(wijkschetsEClass, WIJKSCHETS__PERSPECTIEF_MIX);

		kaartInstellingEClass = createEClass(KAART_INSTELLING);
		createEAttribute(kaartInstellingEClass, KAART_INSTELLING__NAME);
		createEAttribute(kaartInstellingEClass, KAART_INSTELLING__CRS_CODE);
		createEAttribute(kaartInstellingEClass, KAART_INSTELLING__CENTER_X);
		createEAttribute(kaartInstellingEClass, KAART_INSTELLING__CENTER_Y);
		createEAttribute(kaartInstellingEClass, KAART_INSTELLING__SCALE);
		createEAttribute(kaartInstellingEClass, KAART_INSTELLING__SIGNAALKAART_INSET);
		createEAttribute(kaartInstellingEClass, KAART_INSTELLING__LAYER_URIS);
		createEReference(kaartInstellingEClass, KAART_INSTELLING__LAGEN);

		kaartLaagEClass = createEClass(KAART_LAAG);
		createEAttribute(kaartLaagEClass, KAART_LAAG__TITLE);
		createEAttribute(kaartLaagEClass, KAART_LAAG__SOURCE_URI);
		createEAttribute(kaartLaagEClass, KAART_LAAG__LAYER_NAME);
		createEAttribute(kaartLaagEClass, KAART_LAAG__VISIBLE);
		createEAttribute(kaartLaagEClass, KAART_LAAG__OPACITY);
		createEAttribute(kaartLaagEClass, KAART_LAAG__STYLE);

		signaleringskaartEClass = createEClass(SIGNALERINGSKAART);
		createEAttribute(signaleringskaartEClass, SIGNALERINGSKAART__JAAR);
		createEAttribute(signaleringskaartEClass, SIGNALERINGSKAART__GEMEENTE_CODE);
		createEAttribute(signaleringskaartEClass, SIGNALERINGSKAART__REFERENTIE);
		createEAttribute(signaleringskaartEClass, SIGNALERINGSKAART__NORMALISATIE);
		createEAttribute(signaleringskaartEClass, SIGNALERINGSKAART__MINIMALE_DEKKING);
		createEAttribute(signaleringskaartEClass, SIGNALERINGSKAART__GRENZEN);
		createEAttribute(signaleringskaartEClass, SIGNALERINGSKAART__KWB_BESTANDEN);
		createEReference(signaleringskaartEClass, SIGNALERINGSKAART__GEWICHTEN);
		createEAttribute(signaleringskaartEClass, SIGNALERINGSKAART__OMSCHRIJVING);

		indicatorGewichtEClass = createEClass(INDICATOR_GEWICHT);
		createEAttribute(indicatorGewichtEClass, INDICATOR_GEWICHT__INDICATOR_ID);
		createEAttribute(indicatorGewichtEClass, INDICATOR_GEWICHT__GEWICHT);
		createEAttribute(indicatorGewichtEClass, INDICATOR_GEWICHT__OMSCHRIJVING);

		sleutelprojectEClass = createEClass(SLEUTELPROJECT);
		createEAttribute(sleutelprojectEClass, SLEUTELPROJECT__NAME);
		createEAttribute(sleutelprojectEClass, SLEUTELPROJECT__OWNER);
		createEAttribute(sleutelprojectEClass, SLEUTELPROJECT__STATUS);
		createEAttribute(sleutelprojectEClass, SLEUTELPROJECT__START_YEAR);
		createEAttribute(sleutelprojectEClass, SLEUTELPROJECT__END_YEAR);

		statusBeoordelingEClass = createEClass(STATUS_BEOORDELING);
		createEAttribute(statusBeoordelingEClass, STATUS_BEOORDELING__ASPECT);
		createEAttribute(statusBeoordelingEClass, STATUS_BEOORDELING__RATING);
		createEAttribute(statusBeoordelingEClass, STATUS_BEOORDELING__NOTE);

		dilemmaEClass = createEClass(DILEMMA);
		createEAttribute(dilemmaEClass, DILEMMA__TITLE);
		createEAttribute(dilemmaEClass, DILEMMA__DESCRIPTION);

		perspectiefInzetEClass = createEClass(PERSPECTIEF_INZET);
		createEAttribute(perspectiefInzetEClass, PERSPECTIEF_INZET__PERSPECTIVE);
		createEAttribute(perspectiefInzetEClass, PERSPECTIEF_INZET__INTENSITY);
		createEAttribute(perspectiefInzetEClass, PERSPECTIEF_INZET__RATIONALE);
		createEReference(perspectiefInzetEClass, PERSPECTIEF_INZET__MAATREGELEN);
		createEReference(perspectiefInzetEClass, PERSPECTIEF_INZET__BUURT_VERFIJNINGEN);
		createEOperation(perspectiefInzetEClass, PERSPECTIEF_INZET___GET_DOMEIN);
		createEOperation(perspectiefInzetEClass, PERSPECTIEF_INZET___GET_STRATEGIE);
		createEOperation(perspectiefInzetEClass, PERSPECTIEF_INZET___GET_INTENSITY_WORD);

		buurtVerfijningEClass = createEClass(BUURT_VERFIJNING);
		createEReference(buurtVerfijningEClass, BUURT_VERFIJNING__BUURT);
		createEAttribute(buurtVerfijningEClass, BUURT_VERFIJNING__INTENSITY);
		createEAttribute(buurtVerfijningEClass, BUURT_VERFIJNING__NOTE);

		maatregelEClass = createEClass(MAATREGEL);
		createEAttribute(maatregelEClass, MAATREGEL__DESCRIPTION);
		createEAttribute(maatregelEClass, MAATREGEL__OWNER);
		createEAttribute(maatregelEClass, MAATREGEL__COST_CLASS);
		createEAttribute(maatregelEClass, MAATREGEL__START_YEAR);
		createEAttribute(maatregelEClass, MAATREGEL__END_YEAR);

		prestatieafspraakEClass = createEClass(PRESTATIEAFSPRAAK);
		createEAttribute(prestatieafspraakEClass, PRESTATIEAFSPRAAK__TITLE);
		createEReference(prestatieafspraakEClass, PRESTATIEAFSPRAAK__PARTIES);
		createEAttribute(prestatieafspraakEClass, PRESTATIEAFSPRAAK__AGREEMENT);
		createEReference(prestatieafspraakEClass, PRESTATIEAFSPRAAK__GEBIED);
		createEAttribute(prestatieafspraakEClass, PRESTATIEAFSPRAAK__INDICATOR_VARIABLE_ID);
		createEAttribute(prestatieafspraakEClass, PRESTATIEAFSPRAAK__BASELINE_VALUE);
		createEAttribute(prestatieafspraakEClass, PRESTATIEAFSPRAAK__BASELINE_YEAR);
		createEAttribute(prestatieafspraakEClass, PRESTATIEAFSPRAAK__TARGET_VALUE);
		createEAttribute(prestatieafspraakEClass, PRESTATIEAFSPRAAK__TARGET_YEAR);
		createEAttribute(prestatieafspraakEClass, PRESTATIEAFSPRAAK__STATUS);

		partijEClass = createEClass(PARTIJ);
		createEAttribute(partijEClass, PARTIJ__NAME);
		createEAttribute(partijEClass, PARTIJ__ROLE);

		scenarioEClass = createEClass(SCENARIO);
		createEAttribute(scenarioEClass, SCENARIO__NAME);
		createEAttribute(scenarioEClass, SCENARIO__DESCRIPTION);
		createEReference(scenarioEClass, SCENARIO__MIXES);

		gebiedsMixEClass = createEClass(GEBIEDS_MIX);
		createEReference(gebiedsMixEClass, GEBIEDS_MIX__GEBIED);
		createEReference(gebiedsMixEClass, GEBIEDS_MIX__INZET);

		// Create enums
		handelingsperspectiefEEnum = createEEnum(HANDELINGSPERSPECTIEF);
		domeinEEnum = createEEnum(DOMEIN);
		strategieEEnum = createEEnum(STRATEGIE);
		statusAspectEEnum = createEEnum(STATUS_ASPECT);
		beoordelingEEnum = createEEnum(BEOORDELING);
		projectStatusEEnum = createEEnum(PROJECT_STATUS);
		kostenklasseEEnum = createEEnum(KOSTENKLASSE);
		afspraakStatusEEnum = createEEnum(AFSPRAAK_STATUS);
		partijRolEEnum = createEEnum(PARTIJ_ROL);
		referentieEEnum = createEEnum(REFERENTIE);
		normalisatieEEnum = createEEnum(NORMALISATIE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents()
	{
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		cbsRegioEClass.getESuperTypes().add(this.getRegio());
		gemeenteEClass.getESuperTypes().add(this.getCbsRegio());
		wijkEClass.getESuperTypes().add(this.getCbsRegio());
		buurtEClass.getESuperTypes().add(this.getCbsRegio());
		gebiedEClass.getESuperTypes().add(this.getRegio());

		// Initialize classes, features, and operations; add parameters
		initEClass(analyseEClass, Analyse.class, "Analyse", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnalyse_Name(), ecorePackage.getEString(), "name", null, 0, 1, Analyse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalyse_ModelVersion(), ecorePackage.getEInt(), "modelVersion", "1", 0, 1, Analyse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnalyse_ReferenceYear(), ecorePackage.getEIntegerObject(), "referenceYear", null, 0, 1, Analyse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnalyse_Gemeenten(), this.getGemeente(), null, "gemeenten", null, 0, -1, Analyse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnalyse_Gebieden(), this.getGebied(), null, "gebieden", null, 0, -1, Analyse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnalyse_DataSources(), this.getDataSource(), null, "dataSources", null, 0, -1, Analyse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnalyse_Kaarten(), this.getKaartInstelling(), null, "kaarten", null, 0, -1, Analyse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnalyse_IndicatorValues(), this.getIndicatorValue(), null, "indicatorValues", null, 0, -1, Analyse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnalyse_Wijkschetsen(), this.getWijkschets(), null, "wijkschetsen", null, 0, -1, Analyse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnalyse_Prestatieafspraken(), this.getPrestatieafspraak(), null, "prestatieafspraken", null, 0, -1, Analyse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnalyse_Scenarios(), this.getScenario(), null, "scenarios", null, 0, -1, Analyse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAnalyse_Signaleringskaart(), this.getSignaleringskaart(), null, "signaleringskaart", null, 0, 1, Analyse.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dataSourceEClass, DataSource.class, "DataSource", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDataSource_Name(), ecorePackage.getEString(), "name", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDataSource_Uri(), ecorePackage.getEString(), "uri", null, 0, 1, DataSource.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(regioEClass, Regio.class, "Regio", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getRegio_Name(), ecorePackage.getEString(), "name", null, 0, 1, Regio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cbsRegioEClass, CbsRegio.class, "CbsRegio", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCbsRegio_Code(), ecorePackage.getEString(), "code", null, 0, 1, CbsRegio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCbsRegio_Geometry(), this.getGeometryReference(), null, "geometry", null, 0, 1, CbsRegio.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(geometryReferenceEClass, GeometryReference.class, "GeometryReference", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGeometryReference_LayerUri(), ecorePackage.getEString(), "layerUri", null, 0, 1, GeometryReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGeometryReference_FeatureId(), ecorePackage.getEString(), "featureId", null, 0, 1, GeometryReference.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(gemeenteEClass, Gemeente.class, "Gemeente", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getGemeente_Wijken(), this.getWijk(), this.getWijk_Gemeente(), "wijken", null, 0, -1, Gemeente.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(wijkEClass, Wijk.class, "Wijk", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getWijk_Gemeente(), this.getGemeente(), this.getGemeente_Wijken(), "gemeente", null, 0, 1, Wijk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWijk_Buurten(), this.getBuurt(), this.getBuurt_Wijk(), "buurten", null, 0, -1, Wijk.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(buurtEClass, Buurt.class, "Buurt", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBuurt_Wijk(), this.getWijk(), this.getWijk_Buurten(), "wijk", null, 0, 1, Buurt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(gebiedEClass, Gebied.class, "Gebied", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getGebied_Onderdelen(), this.getCbsRegio(), null, "onderdelen", null, 0, -1, Gebied.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(indicatorValueEClass, IndicatorValue.class, "IndicatorValue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getIndicatorValue_Regio(), this.getRegio(), null, "regio", null, 0, 1, IndicatorValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorValue_VariableId(), ecorePackage.getEString(), "variableId", null, 0, 1, IndicatorValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorValue_Year(), ecorePackage.getEIntegerObject(), "year", null, 0, 1, IndicatorValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorValue_Value(), ecorePackage.getEDoubleObject(), "value", null, 0, 1, IndicatorValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorValue_Unit(), ecorePackage.getEString(), "unit", null, 0, 1, IndicatorValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorValue_Source(), ecorePackage.getEString(), "source", null, 0, 1, IndicatorValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorValue_MissingReason(), ecorePackage.getEString(), "missingReason", null, 0, 1, IndicatorValue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(wijkschetsEClass, Wijkschets.class, "Wijkschets", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getWijkschets_Name(), ecorePackage.getEString(), "name", null, 0, 1, Wijkschets.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWijkschets_Gebied(), this.getRegio(), null, "gebied", null, 0, 1, Wijkschets.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWijkschets_PhotoPath(), ecorePackage.getEString(), "photoPath", null, 0, 1, Wijkschets.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWijkschets_Kaart(), this.getKaartInstelling(), null, "kaart", null, 0, 1, Wijkschets.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWijkschets_Sleutelprojecten(), this.getSleutelproject(), null, "sleutelprojecten", null, 0, -1, Wijkschets.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWijkschets_Bevolking(), ecorePackage.getEString(), "bevolking", null, 0, 1, Wijkschets.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWijkschets_StatusBeoordelingen(), this.getStatusBeoordeling(), null, "statusBeoordelingen", null, 0, -1, Wijkschets.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWijkschets_Probleemanalyse(), ecorePackage.getEString(), "probleemanalyse", null, 0, 1, Wijkschets.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWijkschets_DefinitieVanSucces(), ecorePackage.getEString(), "definitieVanSucces", null, 0, 1, Wijkschets.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWijkschets_Dilemmas(), this.getDilemma(), null, "dilemmas", null, 0, -1, Wijkschets.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getWijkschets_Complete(), ecorePackage.getEBoolean(), "complete", null, 0, 1, Wijkschets.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getWijkschets_PerspectiefMix(), this.getPerspectiefInzet(), null, "perspectiefMix", null, 0, -1, Wijkschets.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(kaartInstellingEClass, KaartInstelling.class, "KaartInstelling", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKaartInstelling_Name(), ecorePackage.getEString(), "name", null, 0, 1, KaartInstelling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKaartInstelling_CrsCode(), ecorePackage.getEString(), "crsCode", null, 0, 1, KaartInstelling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKaartInstelling_CenterX(), ecorePackage.getEDoubleObject(), "centerX", null, 0, 1, KaartInstelling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKaartInstelling_CenterY(), ecorePackage.getEDoubleObject(), "centerY", null, 0, 1, KaartInstelling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKaartInstelling_Scale(), ecorePackage.getEDoubleObject(), "scale", null, 0, 1, KaartInstelling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKaartInstelling_SignaalkaartInset(), ecorePackage.getEBoolean(), "signaalkaartInset", null, 0, 1, KaartInstelling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKaartInstelling_LayerUris(), ecorePackage.getEString(), "layerUris", null, 0, -1, KaartInstelling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKaartInstelling_Lagen(), this.getKaartLaag(), null, "lagen", null, 0, -1, KaartInstelling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(kaartLaagEClass, KaartLaag.class, "KaartLaag", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKaartLaag_Title(), ecorePackage.getEString(), "title", null, 0, 1, KaartLaag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKaartLaag_SourceUri(), ecorePackage.getEString(), "sourceUri", null, 0, 1, KaartLaag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKaartLaag_LayerName(), ecorePackage.getEString(), "layerName", null, 0, 1, KaartLaag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKaartLaag_Visible(), ecorePackage.getEBoolean(), "visible", "true", 0, 1, KaartLaag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKaartLaag_Opacity(), ecorePackage.getEDouble(), "opacity", "1.0", 0, 1, KaartLaag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKaartLaag_Style(), ecorePackage.getEString(), "style", null, 0, 1, KaartLaag.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(signaleringskaartEClass, Signaleringskaart.class, "Signaleringskaart", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSignaleringskaart_Jaar(), ecorePackage.getEInt(), "jaar", null, 0, 1, Signaleringskaart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignaleringskaart_GemeenteCode(), ecorePackage.getEString(), "gemeenteCode", null, 0, 1, Signaleringskaart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignaleringskaart_Referentie(), this.getReferentie(), "referentie", "gemeente", 0, 1, Signaleringskaart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignaleringskaart_Normalisatie(), this.getNormalisatie(), "normalisatie", "z-score", 0, 1, Signaleringskaart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignaleringskaart_MinimaleDekking(), ecorePackage.getEDouble(), "minimaleDekking", "0.6", 0, 1, Signaleringskaart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignaleringskaart_Grenzen(), ecorePackage.getEString(), "grenzen", null, 0, 1, Signaleringskaart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignaleringskaart_KwbBestanden(), ecorePackage.getEString(), "kwbBestanden", null, 0, -1, Signaleringskaart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSignaleringskaart_Gewichten(), this.getIndicatorGewicht(), null, "gewichten", null, 0, -1, Signaleringskaart.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignaleringskaart_Omschrijving(), ecorePackage.getEString(), "omschrijving", null, 0, 1, Signaleringskaart.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(indicatorGewichtEClass, IndicatorGewicht.class, "IndicatorGewicht", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIndicatorGewicht_IndicatorId(), ecorePackage.getEString(), "indicatorId", null, 0, 1, IndicatorGewicht.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorGewicht_Gewicht(), ecorePackage.getEDouble(), "gewicht", "1.0", 0, 1, IndicatorGewicht.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIndicatorGewicht_Omschrijving(), ecorePackage.getEString(), "omschrijving", null, 0, 1, IndicatorGewicht.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

		initEClass(sleutelprojectEClass, Sleutelproject.class, "Sleutelproject", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSleutelproject_Name(), ecorePackage.getEString(), "name", null, 0, 1, Sleutelproject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSleutelproject_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, Sleutelproject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSleutelproject_Status(), this.getProjectStatus(), "status", null, 0, 1, Sleutelproject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSleutelproject_StartYear(), ecorePackage.getEIntegerObject(), "startYear", null, 0, 1, Sleutelproject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSleutelproject_EndYear(), ecorePackage.getEIntegerObject(), "endYear", null, 0, 1, Sleutelproject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(statusBeoordelingEClass, StatusBeoordeling.class, "StatusBeoordeling", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStatusBeoordeling_Aspect(), this.getStatusAspect(), "aspect", null, 0, 1, StatusBeoordeling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusBeoordeling_Rating(), this.getBeoordeling(), "rating", null, 0, 1, StatusBeoordeling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusBeoordeling_Note(), ecorePackage.getEString(), "note", null, 0, 1, StatusBeoordeling.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(dilemmaEClass, Dilemma.class, "Dilemma", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDilemma_Title(), ecorePackage.getEString(), "title", null, 0, 1, Dilemma.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDilemma_Description(), ecorePackage.getEString(), "description", null, 0, 1, Dilemma.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(perspectiefInzetEClass, PerspectiefInzet.class, "PerspectiefInzet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPerspectiefInzet_Perspective(), this.getHandelingsperspectief(), "perspective", null, 0, 1, PerspectiefInzet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerspectiefInzet_Intensity(), ecorePackage.getEInt(), "intensity", null, 0, 1, PerspectiefInzet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPerspectiefInzet_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, PerspectiefInzet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerspectiefInzet_Maatregelen(), this.getMaatregel(), null, "maatregelen", null, 0, -1, PerspectiefInzet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPerspectiefInzet_BuurtVerfijningen(), this.getBuurtVerfijning(), null, "buurtVerfijningen", null, 0, -1, PerspectiefInzet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEOperation(getPerspectiefInzet__GetDomein(), this.getDomein(), "getDomein", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getPerspectiefInzet__GetStrategie(), this.getStrategie(), "getStrategie", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEOperation(getPerspectiefInzet__GetIntensityWord(), ecorePackage.getEString(), "getIntensityWord", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(buurtVerfijningEClass, BuurtVerfijning.class, "BuurtVerfijning", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBuurtVerfijning_Buurt(), this.getBuurt(), null, "buurt", null, 0, 1, BuurtVerfijning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBuurtVerfijning_Intensity(), ecorePackage.getEInt(), "intensity", null, 0, 1, BuurtVerfijning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBuurtVerfijning_Note(), ecorePackage.getEString(), "note", null, 0, 1, BuurtVerfijning.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(maatregelEClass, Maatregel.class, "Maatregel", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMaatregel_Description(), ecorePackage.getEString(), "description", null, 0, 1, Maatregel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaatregel_Owner(), ecorePackage.getEString(), "owner", null, 0, 1, Maatregel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaatregel_CostClass(), this.getKostenklasse(), "costClass", null, 0, 1, Maatregel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaatregel_StartYear(), ecorePackage.getEIntegerObject(), "startYear", null, 0, 1, Maatregel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMaatregel_EndYear(), ecorePackage.getEIntegerObject(), "endYear", null, 0, 1, Maatregel.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(prestatieafspraakEClass, Prestatieafspraak.class, "Prestatieafspraak", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPrestatieafspraak_Title(), ecorePackage.getEString(), "title", null, 0, 1, Prestatieafspraak.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPrestatieafspraak_Parties(), this.getPartij(), null, "parties", null, 0, -1, Prestatieafspraak.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPrestatieafspraak_Agreement(), ecorePackage.getEString(), "agreement", null, 0, 1, Prestatieafspraak.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPrestatieafspraak_Gebied(), this.getRegio(), null, "gebied", null, 0, 1, Prestatieafspraak.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPrestatieafspraak_IndicatorVariableId(), ecorePackage.getEString(), "indicatorVariableId", null, 0, 1, Prestatieafspraak.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPrestatieafspraak_BaselineValue(), ecorePackage.getEDoubleObject(), "baselineValue", null, 0, 1, Prestatieafspraak.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPrestatieafspraak_BaselineYear(), ecorePackage.getEIntegerObject(), "baselineYear", null, 0, 1, Prestatieafspraak.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPrestatieafspraak_TargetValue(), ecorePackage.getEDoubleObject(), "targetValue", null, 0, 1, Prestatieafspraak.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPrestatieafspraak_TargetYear(), ecorePackage.getEIntegerObject(), "targetYear", null, 0, 1, Prestatieafspraak.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPrestatieafspraak_Status(), this.getAfspraakStatus(), "status", null, 0, 1, Prestatieafspraak.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(partijEClass, Partij.class, "Partij", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPartij_Name(), ecorePackage.getEString(), "name", null, 0, 1, Partij.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPartij_Role(), this.getPartijRol(), "role", null, 0, 1, Partij.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scenarioEClass, Scenario.class, "Scenario", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScenario_Name(), ecorePackage.getEString(), "name", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScenario_Description(), ecorePackage.getEString(), "description", null, 0, 1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScenario_Mixes(), this.getGebiedsMix(), null, "mixes", null, 0, -1, Scenario.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(gebiedsMixEClass, GebiedsMix.class, "GebiedsMix", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getGebiedsMix_Gebied(), this.getRegio(), null, "gebied", null, 0, 1, GebiedsMix.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGebiedsMix_Inzet(), this.getPerspectiefInzet(), null, "inzet", null, 0, -1, GebiedsMix.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(handelingsperspectiefEEnum, Handelingsperspectief.class, "Handelingsperspectief");
		addEEnumLiteral(handelingsperspectiefEEnum, Handelingsperspectief.SOCIALE_AANPAK);
		addEEnumLiteral(handelingsperspectiefEEnum, Handelingsperspectief.LEEFOMGEVING);
		addEEnumLiteral(handelingsperspectiefEEnum, Handelingsperspectief.WONINGPROGRAMMA);
		addEEnumLiteral(handelingsperspectiefEEnum, Handelingsperspectief.HERPOSITIONERING);

		initEEnum(domeinEEnum, Domein.class, "Domein");
		addEEnumLiteral(domeinEEnum, Domein.MENS);
		addEEnumLiteral(domeinEEnum, Domein.FYSIEK);

		initEEnum(strategieEEnum, Strategie.class, "Strategie");
		addEEnumLiteral(strategieEEnum, Strategie.OMGAAN_MET);
		addEEnumLiteral(strategieEEnum, Strategie.TEGENGAAN_VAN);

		initEEnum(statusAspectEEnum, StatusAspect.class, "StatusAspect");
		addEEnumLiteral(statusAspectEEnum, StatusAspect.FYSIEKE_KWALITEIT);
		addEEnumLiteral(statusAspectEEnum, StatusAspect.SOCIALE_LEEFBAARHEID);
		addEEnumLiteral(statusAspectEEnum, StatusAspect.SOCIALE_INFRASTRUCTUUR);

		initEEnum(beoordelingEEnum, Beoordeling.class, "Beoordeling");
		addEEnumLiteral(beoordelingEEnum, Beoordeling.ZEER_ZWAK);
		addEEnumLiteral(beoordelingEEnum, Beoordeling.ZWAK);
		addEEnumLiteral(beoordelingEEnum, Beoordeling.MATIG);
		addEEnumLiteral(beoordelingEEnum, Beoordeling.VOLDOENDE);
		addEEnumLiteral(beoordelingEEnum, Beoordeling.GOED);

		initEEnum(projectStatusEEnum, ProjectStatus.class, "ProjectStatus");
		addEEnumLiteral(projectStatusEEnum, ProjectStatus.GEPLAND);
		addEEnumLiteral(projectStatusEEnum, ProjectStatus.LOPEND);
		addEEnumLiteral(projectStatusEEnum, ProjectStatus.AFGEROND);
		addEEnumLiteral(projectStatusEEnum, ProjectStatus.GESTOPT);

		initEEnum(kostenklasseEEnum, Kostenklasse.class, "Kostenklasse");
		addEEnumLiteral(kostenklasseEEnum, Kostenklasse.ONBEKEND);
		addEEnumLiteral(kostenklasseEEnum, Kostenklasse.LAAG);
		addEEnumLiteral(kostenklasseEEnum, Kostenklasse.MIDDEN);
		addEEnumLiteral(kostenklasseEEnum, Kostenklasse.HOOG);

		initEEnum(afspraakStatusEEnum, AfspraakStatus.class, "AfspraakStatus");
		addEEnumLiteral(afspraakStatusEEnum, AfspraakStatus.CONCEPT);
		addEEnumLiteral(afspraakStatusEEnum, AfspraakStatus.AFGESPROKEN);
		addEEnumLiteral(afspraakStatusEEnum, AfspraakStatus.IN_UITVOERING);
		addEEnumLiteral(afspraakStatusEEnum, AfspraakStatus.GEREALISEERD);
		addEEnumLiteral(afspraakStatusEEnum, AfspraakStatus.NIET_GEREALISEERD);

		initEEnum(partijRolEEnum, PartijRol.class, "PartijRol");
		addEEnumLiteral(partijRolEEnum, PartijRol.GEMEENTE);
		addEEnumLiteral(partijRolEEnum, PartijRol.WONINGCORPORATIE);
		addEEnumLiteral(partijRolEEnum, PartijRol.HUURDERSORGANISATIE);
		addEEnumLiteral(partijRolEEnum, PartijRol.OVERIG);

		initEEnum(referentieEEnum, Referentie.class, "Referentie");
		addEEnumLiteral(referentieEEnum, Referentie.GEMEENTE);
		addEEnumLiteral(referentieEEnum, Referentie.ALLE);

		initEEnum(normalisatieEEnum, Normalisatie.class, "Normalisatie");
		addEEnumLiteral(normalisatieEEnum, Normalisatie.ZSCORE);
		addEEnumLiteral(normalisatieEEnum, Normalisatie.RANG);

		// Create resource
		createResource(eNS_URI);
	}

} //VeerkrachtPackageImpl
