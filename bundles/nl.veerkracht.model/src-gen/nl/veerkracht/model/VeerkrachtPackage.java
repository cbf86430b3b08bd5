/**
 */
package nl.veerkracht.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The analysis model of the Veerkracht Workbench: gemeenten, wijken and buurten, indicator values, wijkschetsen, handelingsperspectieven, prestatieafspraken and scenarios (see method.md).
 * <!-- end-model-doc -->
 * @see nl.veerkracht.model.VeerkrachtFactory
 * @model kind="package"
 * @generated
 */
public interface VeerkrachtPackage extends EPackage
{
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://veerkracht.nl/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "veerkracht";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	VeerkrachtPackage eINSTANCE = nl.veerkracht.model.impl.VeerkrachtPackageImpl.init();

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.impl.AnalyseImpl <em>Analyse</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.impl.AnalyseImpl
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getAnalyse()
	 * @generated
	 */
	int ANALYSE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Model Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSE__MODEL_VERSION = 1;

	/**
	 * The feature id for the '<em><b>Reference Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSE__REFERENCE_YEAR = 2;

	/**
	 * The feature id for the '<em><b>Gemeenten</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSE__GEMEENTEN = 3;

	/**
	 * The feature id for the '<em><b>Gebieden</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSE__GEBIEDEN = 4;

	/**
	 * The feature id for the '<em><b>Data Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSE__DATA_SOURCES = 5;

	/**
	 * The feature id for the '<em><b>Kaarten</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSE__KAARTEN = 6;

	/**
	 * The feature id for the '<em><b>Indicator Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSE__INDICATOR_VALUES = 7;

	/**
	 * The feature id for the '<em><b>Wijkschetsen</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSE__WIJKSCHETSEN = 8;

	/**
	 * The feature id for the '<em><b>Prestatieafspraken</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSE__PRESTATIEAFSPRAKEN = 9;

	/**
	 * The feature id for the '<em><b>Scenarios</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSE__SCENARIOS = 10;

	/**
	 * The feature id for the '<em><b>Signaleringskaart</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSE__SIGNALERINGSKAART = 11;

	/**
	 * The number of structural features of the '<em>Analyse</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSE_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Analyse</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANALYSE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.impl.DataSourceImpl <em>Data Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.impl.DataSourceImpl
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getDataSource()
	 * @generated
	 */
	int DATA_SOURCE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE__URI = 1;

	/**
	 * The number of structural features of the '<em>Data Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Data Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATA_SOURCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.impl.RegioImpl <em>Regio</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.impl.RegioImpl
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getRegio()
	 * @generated
	 */
	int REGIO = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGIO__NAME = 0;

	/**
	 * The number of structural features of the '<em>Regio</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGIO_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Regio</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGIO_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.impl.CbsRegioImpl <em>Cbs Regio</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.impl.CbsRegioImpl
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getCbsRegio()
	 * @generated
	 */
	int CBS_REGIO = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CBS_REGIO__NAME = REGIO__NAME;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CBS_REGIO__CODE = REGIO_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Geometry</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CBS_REGIO__GEOMETRY = REGIO_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Cbs Regio</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CBS_REGIO_FEATURE_COUNT = REGIO_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Cbs Regio</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CBS_REGIO_OPERATION_COUNT = REGIO_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.impl.GeometryReferenceImpl <em>Geometry Reference</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.impl.GeometryReferenceImpl
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getGeometryReference()
	 * @generated
	 */
	int GEOMETRY_REFERENCE = 4;

	/**
	 * The feature id for the '<em><b>Layer Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GEOMETRY_REFERENCE__LAYER_URI = 0;

	/**
	 * The feature id for the '<em><b>Feature Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GEOMETRY_REFERENCE__FEATURE_ID = 1;

	/**
	 * The number of structural features of the '<em>Geometry Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GEOMETRY_REFERENCE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Geometry Reference</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GEOMETRY_REFERENCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.impl.GemeenteImpl <em>Gemeente</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.impl.GemeenteImpl
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getGemeente()
	 * @generated
	 */
	int GEMEENTE = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GEMEENTE__NAME = CBS_REGIO__NAME;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GEMEENTE__CODE = CBS_REGIO__CODE;

	/**
	 * The feature id for the '<em><b>Geometry</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GEMEENTE__GEOMETRY = CBS_REGIO__GEOMETRY;

	/**
	 * The feature id for the '<em><b>Wijken</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GEMEENTE__WIJKEN = CBS_REGIO_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Gemeente</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GEMEENTE_FEATURE_COUNT = CBS_REGIO_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Gemeente</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GEMEENTE_OPERATION_COUNT = CBS_REGIO_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.impl.WijkImpl <em>Wijk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.impl.WijkImpl
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getWijk()
	 * @generated
	 */
	int WIJK = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIJK__NAME = CBS_REGIO__NAME;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIJK__CODE = CBS_REGIO__CODE;

	/**
	 * The feature id for the '<em><b>Geometry</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIJK__GEOMETRY = CBS_REGIO__GEOMETRY;

	/**
	 * The feature id for the '<em><b>Gemeente</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIJK__GEMEENTE = CBS_REGIO_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Buurten</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIJK__BUURTEN = CBS_REGIO_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Wijk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIJK_FEATURE_COUNT = CBS_REGIO_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Wijk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIJK_OPERATION_COUNT = CBS_REGIO_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.impl.BuurtImpl <em>Buurt</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.impl.BuurtImpl
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getBuurt()
	 * @generated
	 */
	int BUURT = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUURT__NAME = CBS_REGIO__NAME;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUURT__CODE = CBS_REGIO__CODE;

	/**
	 * The feature id for the '<em><b>Geometry</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUURT__GEOMETRY = CBS_REGIO__GEOMETRY;

	/**
	 * The feature id for the '<em><b>Wijk</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUURT__WIJK = CBS_REGIO_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Buurt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUURT_FEATURE_COUNT = CBS_REGIO_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Buurt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUURT_OPERATION_COUNT = CBS_REGIO_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.impl.GebiedImpl <em>Gebied</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.impl.GebiedImpl
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getGebied()
	 * @generated
	 */
	int GEBIED = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GEBIED__NAME = REGIO__NAME;

	/**
	 * The feature id for the '<em><b>Onderdelen</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GEBIED__ONDERDELEN = REGIO_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Gebied</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GEBIED_FEATURE_COUNT = REGIO_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Gebied</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GEBIED_OPERATION_COUNT = REGIO_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.impl.IndicatorValueImpl <em>Indicator Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.impl.IndicatorValueImpl
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getIndicatorValue()
	 * @generated
	 */
	int INDICATOR_VALUE = 9;

	/**
	 * The feature id for the '<em><b>Regio</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_VALUE__REGIO = 0;

	/**
	 * The feature id for the '<em><b>Variable Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_VALUE__VARIABLE_ID = 1;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_VALUE__YEAR = 2;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_VALUE__VALUE = 3;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_VALUE__UNIT = 4;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_VALUE__SOURCE = 5;

	/**
	 * The feature id for the '<em><b>Missing Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_VALUE__MISSING_REASON = 6;

	/**
	 * The number of structural features of the '<em>Indicator Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_VALUE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Indicator Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.impl.WijkschetsImpl <em>Wijkschets</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.impl.WijkschetsImpl
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getWijkschets()
	 * @generated
	 */
	int WIJKSCHETS = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIJKSCHETS__NAME = 0;

	/**
	 * The feature id for the '<em><b>Gebied</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIJKSCHETS__GEBIED = 1;

	/**
	 * The feature id for the '<em><b>Photo Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIJKSCHETS__PHOTO_PATH = 2;

	/**
	 * The feature id for the '<em><b>Kaart</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIJKSCHETS__KAART = 3;

	/**
	 * The feature id for the '<em><b>Sleutelprojecten</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIJKSCHETS__SLEUTELPROJECTEN = 4;

	/**
	 * The feature id for the '<em><b>Bevolking</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIJKSCHETS__BEVOLKING = 5;

	/**
	 * The feature id for the '<em><b>Status Beoordelingen</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIJKSCHETS__STATUS_BEOORDELINGEN = 6;

	/**
	 * The feature id for the '<em><b>Probleemanalyse</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIJKSCHETS__PROBLEEMANALYSE = 7;

	/**
	 * The feature id for the '<em><b>Definitie Van Succes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIJKSCHETS__DEFINITIE_VAN_SUCCES = 8;

	/**
	 * The feature id for the '<em><b>Dilemmas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIJKSCHETS__DILEMMAS = 9;

	/**
	 * The feature id for the '<em><b>Complete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIJKSCHETS__COMPLETE = 10;

	/**
	 * The feature id for the '<em><b>Perspectief Mix</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIJKSCHETS__PERSPECTIEF_MIX = 11;

	/**
	 * The number of structural features of the '<em>Wijkschets</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIJKSCHETS_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Wijkschets</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WIJKSCHETS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.impl.KaartInstellingImpl <em>Kaart Instelling</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.impl.KaartInstellingImpl
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getKaartInstelling()
	 * @generated
	 */
	int KAART_INSTELLING = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAART_INSTELLING__NAME = 0;

	/**
	 * The feature id for the '<em><b>Crs Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAART_INSTELLING__CRS_CODE = 1;

	/**
	 * The feature id for the '<em><b>Center X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAART_INSTELLING__CENTER_X = 2;

	/**
	 * The feature id for the '<em><b>Center Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAART_INSTELLING__CENTER_Y = 3;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAART_INSTELLING__SCALE = 4;

	/**
	 * The feature id for the '<em><b>Signaalkaart Inset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAART_INSTELLING__SIGNAALKAART_INSET = 5;

	/**
	 * The feature id for the '<em><b>Layer Uris</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAART_INSTELLING__LAYER_URIS = 6;

	/**
	 * The feature id for the '<em><b>Lagen</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAART_INSTELLING__LAGEN = 7;

	/**
	 * The number of structural features of the '<em>Kaart Instelling</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAART_INSTELLING_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Kaart Instelling</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAART_INSTELLING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.impl.KaartLaagImpl <em>Kaart Laag</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.impl.KaartLaagImpl
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getKaartLaag()
	 * @generated
	 */
	int KAART_LAAG = 12;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAART_LAAG__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Source Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAART_LAAG__SOURCE_URI = 1;

	/**
	 * The feature id for the '<em><b>Layer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAART_LAAG__LAYER_NAME = 2;

	/**
	 * The feature id for the '<em><b>Visible</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAART_LAAG__VISIBLE = 3;

	/**
	 * The feature id for the '<em><b>Opacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAART_LAAG__OPACITY = 4;

	/**
	 * The feature id for the '<em><b>Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAART_LAAG__STYLE = 5;

	/**
	 * The number of structural features of the '<em>Kaart Laag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAART_LAAG_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Kaart Laag</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAART_LAAG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.impl.SignaleringskaartImpl <em>Signaleringskaart</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.impl.SignaleringskaartImpl
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getSignaleringskaart()
	 * @generated
	 */
	int SIGNALERINGSKAART = 13;

	/**
	 * The feature id for the '<em><b>Jaar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNALERINGSKAART__JAAR = 0;

	/**
	 * The feature id for the '<em><b>Gemeente Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNALERINGSKAART__GEMEENTE_CODE = 1;

	/**
	 * The feature id for the '<em><b>Referentie</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNALERINGSKAART__REFERENTIE = 2;

	/**
	 * The feature id for the '<em><b>Normalisatie</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNALERINGSKAART__NORMALISATIE = 3;

	/**
	 * The feature id for the '<em><b>Minimale Dekking</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNALERINGSKAART__MINIMALE_DEKKING = 4;

	/**
	 * The feature id for the '<em><b>Grenzen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNALERINGSKAART__GRENZEN = 5;

	/**
	 * The feature id for the '<em><b>Kwb Bestanden</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNALERINGSKAART__KWB_BESTANDEN = 6;

	/**
	 * The feature id for the '<em><b>Gewichten</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNALERINGSKAART__GEWICHTEN = 7;

	/**
	 * The feature id for the '<em><b>Omschrijving</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNALERINGSKAART__OMSCHRIJVING = 8;

	/**
	 * The number of structural features of the '<em>Signaleringskaart</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNALERINGSKAART_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Signaleringskaart</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGNALERINGSKAART_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.impl.IndicatorGewichtImpl <em>Indicator Gewicht</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.impl.IndicatorGewichtImpl
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getIndicatorGewicht()
	 * @generated
	 */
	int INDICATOR_GEWICHT = 14;

	/**
	 * The feature id for the '<em><b>Indicator Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_GEWICHT__INDICATOR_ID = 0;

	/**
	 * The feature id for the '<em><b>Gewicht</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_GEWICHT__GEWICHT = 1;

	/**
	 * The feature id for the '<em><b>Omschrijving</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_GEWICHT__OMSCHRIJVING = 2;

	/**
	 * The number of structural features of the '<em>Indicator Gewicht</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_GEWICHT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Indicator Gewicht</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_GEWICHT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.impl.SleutelprojectImpl <em>Sleutelproject</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.impl.SleutelprojectImpl
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getSleutelproject()
	 * @generated
	 */
	int SLEUTELPROJECT = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLEUTELPROJECT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLEUTELPROJECT__OWNER = 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLEUTELPROJECT__STATUS = 2;

	/**
	 * The feature id for the '<em><b>Start Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLEUTELPROJECT__START_YEAR = 3;

	/**
	 * The feature id for the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLEUTELPROJECT__END_YEAR = 4;

	/**
	 * The number of structural features of the '<em>Sleutelproject</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLEUTELPROJECT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Sleutelproject</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SLEUTELPROJECT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.impl.StatusBeoordelingImpl <em>Status Beoordeling</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.impl.StatusBeoordelingImpl
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getStatusBeoordeling()
	 * @generated
	 */
	int STATUS_BEOORDELING = 16;

	/**
	 * The feature id for the '<em><b>Aspect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_BEOORDELING__ASPECT = 0;

	/**
	 * The feature id for the '<em><b>Rating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_BEOORDELING__RATING = 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_BEOORDELING__NOTE = 2;

	/**
	 * The number of structural features of the '<em>Status Beoordeling</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_BEOORDELING_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Status Beoordeling</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_BEOORDELING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.impl.DilemmaImpl <em>Dilemma</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.impl.DilemmaImpl
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getDilemma()
	 * @generated
	 */
	int DILEMMA = 17;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DILEMMA__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DILEMMA__DESCRIPTION = 1;

	/**
	 * The number of structural features of the '<em>Dilemma</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DILEMMA_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Dilemma</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DILEMMA_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.impl.PerspectiefInzetImpl <em>Perspectief Inzet</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.impl.PerspectiefInzetImpl
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getPerspectiefInzet()
	 * @generated
	 */
	int PERSPECTIEF_INZET = 18;

	/**
	 * The feature id for the '<em><b>Perspective</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSPECTIEF_INZET__PERSPECTIVE = 0;

	/**
	 * The feature id for the '<em><b>Intensity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSPECTIEF_INZET__INTENSITY = 1;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSPECTIEF_INZET__RATIONALE = 2;

	/**
	 * The feature id for the '<em><b>Maatregelen</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSPECTIEF_INZET__MAATREGELEN = 3;

	/**
	 * The feature id for the '<em><b>Buurt Verfijningen</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSPECTIEF_INZET__BUURT_VERFIJNINGEN = 4;

	/**
	 * The number of structural features of the '<em>Perspectief Inzet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSPECTIEF_INZET_FEATURE_COUNT = 5;

	/**
	 * The operation id for the '<em>Get Domein</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSPECTIEF_INZET___GET_DOMEIN = 0;

	/**
	 * The operation id for the '<em>Get Strategie</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSPECTIEF_INZET___GET_STRATEGIE = 1;

	/**
	 * The operation id for the '<em>Get Intensity Word</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSPECTIEF_INZET___GET_INTENSITY_WORD = 2;

	/**
	 * The number of operations of the '<em>Perspectief Inzet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSPECTIEF_INZET_OPERATION_COUNT = 3;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.impl.BuurtVerfijningImpl <em>Buurt Verfijning</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.impl.BuurtVerfijningImpl
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getBuurtVerfijning()
	 * @generated
	 */
	int BUURT_VERFIJNING = 19;

	/**
	 * The feature id for the '<em><b>Buurt</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUURT_VERFIJNING__BUURT = 0;

	/**
	 * The feature id for the '<em><b>Intensity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUURT_VERFIJNING__INTENSITY = 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUURT_VERFIJNING__NOTE = 2;

	/**
	 * The number of structural features of the '<em>Buurt Verfijning</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUURT_VERFIJNING_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Buurt Verfijning</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUURT_VERFIJNING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.impl.MaatregelImpl <em>Maatregel</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.impl.MaatregelImpl
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getMaatregel()
	 * @generated
	 */
	int MAATREGEL = 20;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAATREGEL__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAATREGEL__OWNER = 1;

	/**
	 * The feature id for the '<em><b>Cost Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAATREGEL__COST_CLASS = 2;

	/**
	 * The feature id for the '<em><b>Start Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAATREGEL__START_YEAR = 3;

	/**
	 * The feature id for the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAATREGEL__END_YEAR = 4;

	/**
	 * The number of structural features of the '<em>Maatregel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAATREGEL_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Maatregel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAATREGEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.impl.PrestatieafspraakImpl <em>Prestatieafspraak</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.impl.PrestatieafspraakImpl
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getPrestatieafspraak()
	 * @generated
	 */
	int PRESTATIEAFSPRAAK = 21;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRESTATIEAFSPRAAK__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Parties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRESTATIEAFSPRAAK__PARTIES = 1;

	/**
	 * The feature id for the '<em><b>Agreement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRESTATIEAFSPRAAK__AGREEMENT = 2;

	/**
	 * The feature id for the '<em><b>Gebied</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRESTATIEAFSPRAAK__GEBIED = 3;

	/**
	 * The feature id for the '<em><b>Indicator Variable Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRESTATIEAFSPRAAK__INDICATOR_VARIABLE_ID = 4;

	/**
	 * The feature id for the '<em><b>Baseline Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRESTATIEAFSPRAAK__BASELINE_VALUE = 5;

	/**
	 * The feature id for the '<em><b>Baseline Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRESTATIEAFSPRAAK__BASELINE_YEAR = 6;

	/**
	 * The feature id for the '<em><b>Target Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRESTATIEAFSPRAAK__TARGET_VALUE = 7;

	/**
	 * The feature id for the '<em><b>Target Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRESTATIEAFSPRAAK__TARGET_YEAR = 8;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRESTATIEAFSPRAAK__STATUS = 9;

	/**
	 * The number of structural features of the '<em>Prestatieafspraak</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRESTATIEAFSPRAAK_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Prestatieafspraak</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRESTATIEAFSPRAAK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.impl.PartijImpl <em>Partij</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.impl.PartijImpl
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getPartij()
	 * @generated
	 */
	int PARTIJ = 22;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTIJ__NAME = 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTIJ__ROLE = 1;

	/**
	 * The number of structural features of the '<em>Partij</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTIJ_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Partij</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTIJ_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.impl.ScenarioImpl <em>Scenario</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.impl.ScenarioImpl
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getScenario()
	 * @generated
	 */
	int SCENARIO = 23;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Mixes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO__MIXES = 2;

	/**
	 * The number of structural features of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Scenario</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCENARIO_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.impl.GebiedsMixImpl <em>Gebieds Mix</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.impl.GebiedsMixImpl
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getGebiedsMix()
	 * @generated
	 */
	int GEBIEDS_MIX = 24;

	/**
	 * The feature id for the '<em><b>Gebied</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GEBIEDS_MIX__GEBIED = 0;

	/**
	 * The feature id for the '<em><b>Inzet</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GEBIEDS_MIX__INZET = 1;

	/**
	 * The number of structural features of the '<em>Gebieds Mix</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GEBIEDS_MIX_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Gebieds Mix</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GEBIEDS_MIX_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.Handelingsperspectief <em>Handelingsperspectief</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.Handelingsperspectief
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getHandelingsperspectief()
	 * @generated
	 */
	int HANDELINGSPERSPECTIEF = 25;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.Domein <em>Domein</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.Domein
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getDomein()
	 * @generated
	 */
	int DOMEIN = 26;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.Strategie <em>Strategie</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.Strategie
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getStrategie()
	 * @generated
	 */
	int STRATEGIE = 27;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.StatusAspect <em>Status Aspect</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.StatusAspect
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getStatusAspect()
	 * @generated
	 */
	int STATUS_ASPECT = 28;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.Beoordeling <em>Beoordeling</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.Beoordeling
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getBeoordeling()
	 * @generated
	 */
	int BEOORDELING = 29;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.ProjectStatus <em>Project Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.ProjectStatus
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getProjectStatus()
	 * @generated
	 */
	int PROJECT_STATUS = 30;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.Kostenklasse <em>Kostenklasse</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.Kostenklasse
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getKostenklasse()
	 * @generated
	 */
	int KOSTENKLASSE = 31;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.AfspraakStatus <em>Afspraak Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.AfspraakStatus
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getAfspraakStatus()
	 * @generated
	 */
	int AFSPRAAK_STATUS = 32;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.PartijRol <em>Partij Rol</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.PartijRol
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getPartijRol()
	 * @generated
	 */
	int PARTIJ_ROL = 33;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.Referentie <em>Referentie</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.Referentie
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getReferentie()
	 * @generated
	 */
	int REFERENTIE = 34;

	/**
	 * The meta object id for the '{@link nl.veerkracht.model.Normalisatie <em>Normalisatie</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.veerkracht.model.Normalisatie
	 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getNormalisatie()
	 * @generated
	 */
	int NORMALISATIE = 35;


	/**
	 * Returns the meta object for class '{@link nl.veerkracht.model.Analyse <em>Analyse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Analyse</em>'.
	 * @see nl.veerkracht.model.Analyse
	 * @generated
	 */
	EClass getAnalyse();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Analyse#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see nl.veerkracht.model.Analyse#getName()
	 * @see #getAnalyse()
	 * @generated
	 */
	EAttribute getAnalyse_Name();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Analyse#getModelVersion <em>Model Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Version</em>'.
	 * @see nl.veerkracht.model.Analyse#getModelVersion()
	 * @see #getAnalyse()
	 * @generated
	 */
	EAttribute getAnalyse_ModelVersion();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Analyse#getReferenceYear <em>Reference Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reference Year</em>'.
	 * @see nl.veerkracht.model.Analyse#getReferenceYear()
	 * @see #getAnalyse()
	 * @generated
	 */
	EAttribute getAnalyse_ReferenceYear();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.veerkracht.model.Analyse#getGemeenten <em>Gemeenten</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Gemeenten</em>'.
	 * @see nl.veerkracht.model.Analyse#getGemeenten()
	 * @see #getAnalyse()
	 * @generated
	 */
	EReference getAnalyse_Gemeenten();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.veerkracht.model.Analyse#getGebieden <em>Gebieden</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Gebieden</em>'.
	 * @see nl.veerkracht.model.Analyse#getGebieden()
	 * @see #getAnalyse()
	 * @generated
	 */
	EReference getAnalyse_Gebieden();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.veerkracht.model.Analyse#getDataSources <em>Data Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Data Sources</em>'.
	 * @see nl.veerkracht.model.Analyse#getDataSources()
	 * @see #getAnalyse()
	 * @generated
	 */
	EReference getAnalyse_DataSources();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.veerkracht.model.Analyse#getKaarten <em>Kaarten</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Kaarten</em>'.
	 * @see nl.veerkracht.model.Analyse#getKaarten()
	 * @see #getAnalyse()
	 * @generated
	 */
	EReference getAnalyse_Kaarten();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.veerkracht.model.Analyse#getIndicatorValues <em>Indicator Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicator Values</em>'.
	 * @see nl.veerkracht.model.Analyse#getIndicatorValues()
	 * @see #getAnalyse()
	 * @generated
	 */
	EReference getAnalyse_IndicatorValues();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.veerkracht.model.Analyse#getWijkschetsen <em>Wijkschetsen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Wijkschetsen</em>'.
	 * @see nl.veerkracht.model.Analyse#getWijkschetsen()
	 * @see #getAnalyse()
	 * @generated
	 */
	EReference getAnalyse_Wijkschetsen();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.veerkracht.model.Analyse#getPrestatieafspraken <em>Prestatieafspraken</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Prestatieafspraken</em>'.
	 * @see nl.veerkracht.model.Analyse#getPrestatieafspraken()
	 * @see #getAnalyse()
	 * @generated
	 */
	EReference getAnalyse_Prestatieafspraken();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.veerkracht.model.Analyse#getScenarios <em>Scenarios</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scenarios</em>'.
	 * @see nl.veerkracht.model.Analyse#getScenarios()
	 * @see #getAnalyse()
	 * @generated
	 */
	EReference getAnalyse_Scenarios();

	/**
	 * Returns the meta object for the containment reference '{@link nl.veerkracht.model.Analyse#getSignaleringskaart <em>Signaleringskaart</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Signaleringskaart</em>'.
	 * @see nl.veerkracht.model.Analyse#getSignaleringskaart()
	 * @see #getAnalyse()
	 * @generated
	 */
	EReference getAnalyse_Signaleringskaart();

	/**
	 * Returns the meta object for class '{@link nl.veerkracht.model.DataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data Source</em>'.
	 * @see nl.veerkracht.model.DataSource
	 * @generated
	 */
	EClass getDataSource();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.DataSource#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see nl.veerkracht.model.DataSource#getName()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Name();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.DataSource#getUri <em>Uri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uri</em>'.
	 * @see nl.veerkracht.model.DataSource#getUri()
	 * @see #getDataSource()
	 * @generated
	 */
	EAttribute getDataSource_Uri();

	/**
	 * Returns the meta object for class '{@link nl.veerkracht.model.Regio <em>Regio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Regio</em>'.
	 * @see nl.veerkracht.model.Regio
	 * @generated
	 */
	EClass getRegio();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Regio#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see nl.veerkracht.model.Regio#getName()
	 * @see #getRegio()
	 * @generated
	 */
	EAttribute getRegio_Name();

	/**
	 * Returns the meta object for class '{@link nl.veerkracht.model.CbsRegio <em>Cbs Regio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cbs Regio</em>'.
	 * @see nl.veerkracht.model.CbsRegio
	 * @generated
	 */
	EClass getCbsRegio();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.CbsRegio#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see nl.veerkracht.model.CbsRegio#getCode()
	 * @see #getCbsRegio()
	 * @generated
	 */
	EAttribute getCbsRegio_Code();

	/**
	 * Returns the meta object for the containment reference '{@link nl.veerkracht.model.CbsRegio#getGeometry <em>Geometry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Geometry</em>'.
	 * @see nl.veerkracht.model.CbsRegio#getGeometry()
	 * @see #getCbsRegio()
	 * @generated
	 */
	EReference getCbsRegio_Geometry();

	/**
	 * Returns the meta object for class '{@link nl.veerkracht.model.GeometryReference <em>Geometry Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Geometry Reference</em>'.
	 * @see nl.veerkracht.model.GeometryReference
	 * @generated
	 */
	EClass getGeometryReference();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.GeometryReference#getLayerUri <em>Layer Uri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layer Uri</em>'.
	 * @see nl.veerkracht.model.GeometryReference#getLayerUri()
	 * @see #getGeometryReference()
	 * @generated
	 */
	EAttribute getGeometryReference_LayerUri();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.GeometryReference#getFeatureId <em>Feature Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feature Id</em>'.
	 * @see nl.veerkracht.model.GeometryReference#getFeatureId()
	 * @see #getGeometryReference()
	 * @generated
	 */
	EAttribute getGeometryReference_FeatureId();

	/**
	 * Returns the meta object for class '{@link nl.veerkracht.model.Gemeente <em>Gemeente</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gemeente</em>'.
	 * @see nl.veerkracht.model.Gemeente
	 * @generated
	 */
	EClass getGemeente();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.veerkracht.model.Gemeente#getWijken <em>Wijken</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Wijken</em>'.
	 * @see nl.veerkracht.model.Gemeente#getWijken()
	 * @see #getGemeente()
	 * @generated
	 */
	EReference getGemeente_Wijken();

	/**
	 * Returns the meta object for class '{@link nl.veerkracht.model.Wijk <em>Wijk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Wijk</em>'.
	 * @see nl.veerkracht.model.Wijk
	 * @generated
	 */
	EClass getWijk();

	/**
	 * Returns the meta object for the container reference '{@link nl.veerkracht.model.Wijk#getGemeente <em>Gemeente</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Gemeente</em>'.
	 * @see nl.veerkracht.model.Wijk#getGemeente()
	 * @see #getWijk()
	 * @generated
	 */
	EReference getWijk_Gemeente();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.veerkracht.model.Wijk#getBuurten <em>Buurten</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Buurten</em>'.
	 * @see nl.veerkracht.model.Wijk#getBuurten()
	 * @see #getWijk()
	 * @generated
	 */
	EReference getWijk_Buurten();

	/**
	 * Returns the meta object for class '{@link nl.veerkracht.model.Buurt <em>Buurt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Buurt</em>'.
	 * @see nl.veerkracht.model.Buurt
	 * @generated
	 */
	EClass getBuurt();

	/**
	 * Returns the meta object for the container reference '{@link nl.veerkracht.model.Buurt#getWijk <em>Wijk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Wijk</em>'.
	 * @see nl.veerkracht.model.Buurt#getWijk()
	 * @see #getBuurt()
	 * @generated
	 */
	EReference getBuurt_Wijk();

	/**
	 * Returns the meta object for class '{@link nl.veerkracht.model.Gebied <em>Gebied</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gebied</em>'.
	 * @see nl.veerkracht.model.Gebied
	 * @generated
	 */
	EClass getGebied();

	/**
	 * Returns the meta object for the reference list '{@link nl.veerkracht.model.Gebied#getOnderdelen <em>Onderdelen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Onderdelen</em>'.
	 * @see nl.veerkracht.model.Gebied#getOnderdelen()
	 * @see #getGebied()
	 * @generated
	 */
	EReference getGebied_Onderdelen();

	/**
	 * Returns the meta object for class '{@link nl.veerkracht.model.IndicatorValue <em>Indicator Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator Value</em>'.
	 * @see nl.veerkracht.model.IndicatorValue
	 * @generated
	 */
	EClass getIndicatorValue();

	/**
	 * Returns the meta object for the reference '{@link nl.veerkracht.model.IndicatorValue#getRegio <em>Regio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Regio</em>'.
	 * @see nl.veerkracht.model.IndicatorValue#getRegio()
	 * @see #getIndicatorValue()
	 * @generated
	 */
	EReference getIndicatorValue_Regio();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.IndicatorValue#getVariableId <em>Variable Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Variable Id</em>'.
	 * @see nl.veerkracht.model.IndicatorValue#getVariableId()
	 * @see #getIndicatorValue()
	 * @generated
	 */
	EAttribute getIndicatorValue_VariableId();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.IndicatorValue#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see nl.veerkracht.model.IndicatorValue#getYear()
	 * @see #getIndicatorValue()
	 * @generated
	 */
	EAttribute getIndicatorValue_Year();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.IndicatorValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see nl.veerkracht.model.IndicatorValue#getValue()
	 * @see #getIndicatorValue()
	 * @generated
	 */
	EAttribute getIndicatorValue_Value();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.IndicatorValue#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see nl.veerkracht.model.IndicatorValue#getUnit()
	 * @see #getIndicatorValue()
	 * @generated
	 */
	EAttribute getIndicatorValue_Unit();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.IndicatorValue#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see nl.veerkracht.model.IndicatorValue#getSource()
	 * @see #getIndicatorValue()
	 * @generated
	 */
	EAttribute getIndicatorValue_Source();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.IndicatorValue#getMissingReason <em>Missing Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Missing Reason</em>'.
	 * @see nl.veerkracht.model.IndicatorValue#getMissingReason()
	 * @see #getIndicatorValue()
	 * @generated
	 */
	EAttribute getIndicatorValue_MissingReason();

	/**
	 * Returns the meta object for class '{@link nl.veerkracht.model.Wijkschets <em>Wijkschets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Wijkschets</em>'.
	 * @see nl.veerkracht.model.Wijkschets
	 * @generated
	 */
	EClass getWijkschets();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Wijkschets#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see nl.veerkracht.model.Wijkschets#getName()
	 * @see #getWijkschets()
	 * @generated
	 */
	EAttribute getWijkschets_Name();

	/**
	 * Returns the meta object for the reference '{@link nl.veerkracht.model.Wijkschets#getGebied <em>Gebied</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Gebied</em>'.
	 * @see nl.veerkracht.model.Wijkschets#getGebied()
	 * @see #getWijkschets()
	 * @generated
	 */
	EReference getWijkschets_Gebied();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Wijkschets#getPhotoPath <em>Photo Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Photo Path</em>'.
	 * @see nl.veerkracht.model.Wijkschets#getPhotoPath()
	 * @see #getWijkschets()
	 * @generated
	 */
	EAttribute getWijkschets_PhotoPath();

	/**
	 * Returns the meta object for the containment reference '{@link nl.veerkracht.model.Wijkschets#getKaart <em>Kaart</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Kaart</em>'.
	 * @see nl.veerkracht.model.Wijkschets#getKaart()
	 * @see #getWijkschets()
	 * @generated
	 */
	EReference getWijkschets_Kaart();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.veerkracht.model.Wijkschets#getSleutelprojecten <em>Sleutelprojecten</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sleutelprojecten</em>'.
	 * @see nl.veerkracht.model.Wijkschets#getSleutelprojecten()
	 * @see #getWijkschets()
	 * @generated
	 */
	EReference getWijkschets_Sleutelprojecten();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Wijkschets#getBevolking <em>Bevolking</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bevolking</em>'.
	 * @see nl.veerkracht.model.Wijkschets#getBevolking()
	 * @see #getWijkschets()
	 * @generated
	 */
	EAttribute getWijkschets_Bevolking();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.veerkracht.model.Wijkschets#getStatusBeoordelingen <em>Status Beoordelingen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Status Beoordelingen</em>'.
	 * @see nl.veerkracht.model.Wijkschets#getStatusBeoordelingen()
	 * @see #getWijkschets()
	 * @generated
	 */
	EReference getWijkschets_StatusBeoordelingen();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Wijkschets#getProbleemanalyse <em>Probleemanalyse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probleemanalyse</em>'.
	 * @see nl.veerkracht.model.Wijkschets#getProbleemanalyse()
	 * @see #getWijkschets()
	 * @generated
	 */
	EAttribute getWijkschets_Probleemanalyse();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Wijkschets#getDefinitieVanSucces <em>Definitie Van Succes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definitie Van Succes</em>'.
	 * @see nl.veerkracht.model.Wijkschets#getDefinitieVanSucces()
	 * @see #getWijkschets()
	 * @generated
	 */
	EAttribute getWijkschets_DefinitieVanSucces();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.veerkracht.model.Wijkschets#getDilemmas <em>Dilemmas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dilemmas</em>'.
	 * @see nl.veerkracht.model.Wijkschets#getDilemmas()
	 * @see #getWijkschets()
	 * @generated
	 */
	EReference getWijkschets_Dilemmas();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Wijkschets#isComplete <em>Complete</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Complete</em>'.
	 * @see nl.veerkracht.model.Wijkschets#isComplete()
	 * @see #getWijkschets()
	 * @generated
	 */
	EAttribute getWijkschets_Complete();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.veerkracht.model.Wijkschets#getPerspectiefMix <em>Perspectief Mix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Perspectief Mix</em>'.
	 * @see nl.veerkracht.model.Wijkschets#getPerspectiefMix()
	 * @see #getWijkschets()
	 * @generated
	 */
	EReference getWijkschets_PerspectiefMix();

	/**
	 * Returns the meta object for class '{@link nl.veerkracht.model.KaartInstelling <em>Kaart Instelling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kaart Instelling</em>'.
	 * @see nl.veerkracht.model.KaartInstelling
	 * @generated
	 */
	EClass getKaartInstelling();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.KaartInstelling#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see nl.veerkracht.model.KaartInstelling#getName()
	 * @see #getKaartInstelling()
	 * @generated
	 */
	EAttribute getKaartInstelling_Name();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.KaartInstelling#getCrsCode <em>Crs Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Crs Code</em>'.
	 * @see nl.veerkracht.model.KaartInstelling#getCrsCode()
	 * @see #getKaartInstelling()
	 * @generated
	 */
	EAttribute getKaartInstelling_CrsCode();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.KaartInstelling#getCenterX <em>Center X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Center X</em>'.
	 * @see nl.veerkracht.model.KaartInstelling#getCenterX()
	 * @see #getKaartInstelling()
	 * @generated
	 */
	EAttribute getKaartInstelling_CenterX();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.KaartInstelling#getCenterY <em>Center Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Center Y</em>'.
	 * @see nl.veerkracht.model.KaartInstelling#getCenterY()
	 * @see #getKaartInstelling()
	 * @generated
	 */
	EAttribute getKaartInstelling_CenterY();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.KaartInstelling#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale</em>'.
	 * @see nl.veerkracht.model.KaartInstelling#getScale()
	 * @see #getKaartInstelling()
	 * @generated
	 */
	EAttribute getKaartInstelling_Scale();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.KaartInstelling#isSignaalkaartInset <em>Signaalkaart Inset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signaalkaart Inset</em>'.
	 * @see nl.veerkracht.model.KaartInstelling#isSignaalkaartInset()
	 * @see #getKaartInstelling()
	 * @generated
	 */
	EAttribute getKaartInstelling_SignaalkaartInset();

	/**
	 * Returns the meta object for the attribute list '{@link nl.veerkracht.model.KaartInstelling#getLayerUris <em>Layer Uris</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Layer Uris</em>'.
	 * @see nl.veerkracht.model.KaartInstelling#getLayerUris()
	 * @see #getKaartInstelling()
	 * @generated
	 */
	EAttribute getKaartInstelling_LayerUris();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.veerkracht.model.KaartInstelling#getLagen <em>Lagen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lagen</em>'.
	 * @see nl.veerkracht.model.KaartInstelling#getLagen()
	 * @see #getKaartInstelling()
	 * @generated
	 */
	EReference getKaartInstelling_Lagen();

	/**
	 * Returns the meta object for class '{@link nl.veerkracht.model.KaartLaag <em>Kaart Laag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kaart Laag</em>'.
	 * @see nl.veerkracht.model.KaartLaag
	 * @generated
	 */
	EClass getKaartLaag();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.KaartLaag#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see nl.veerkracht.model.KaartLaag#getTitle()
	 * @see #getKaartLaag()
	 * @generated
	 */
	EAttribute getKaartLaag_Title();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.KaartLaag#getSourceUri <em>Source Uri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Uri</em>'.
	 * @see nl.veerkracht.model.KaartLaag#getSourceUri()
	 * @see #getKaartLaag()
	 * @generated
	 */
	EAttribute getKaartLaag_SourceUri();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.KaartLaag#getLayerName <em>Layer Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layer Name</em>'.
	 * @see nl.veerkracht.model.KaartLaag#getLayerName()
	 * @see #getKaartLaag()
	 * @generated
	 */
	EAttribute getKaartLaag_LayerName();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.KaartLaag#isVisible <em>Visible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Visible</em>'.
	 * @see nl.veerkracht.model.KaartLaag#isVisible()
	 * @see #getKaartLaag()
	 * @generated
	 */
	EAttribute getKaartLaag_Visible();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.KaartLaag#getOpacity <em>Opacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opacity</em>'.
	 * @see nl.veerkracht.model.KaartLaag#getOpacity()
	 * @see #getKaartLaag()
	 * @generated
	 */
	EAttribute getKaartLaag_Opacity();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.KaartLaag#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Style</em>'.
	 * @see nl.veerkracht.model.KaartLaag#getStyle()
	 * @see #getKaartLaag()
	 * @generated
	 */
	EAttribute getKaartLaag_Style();

	/**
	 * Returns the meta object for class '{@link nl.veerkracht.model.Signaleringskaart <em>Signaleringskaart</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Signaleringskaart</em>'.
	 * @see nl.veerkracht.model.Signaleringskaart
	 * @generated
	 */
	EClass getSignaleringskaart();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Signaleringskaart#getJaar <em>Jaar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Jaar</em>'.
	 * @see nl.veerkracht.model.Signaleringskaart#getJaar()
	 * @see #getSignaleringskaart()
	 * @generated
	 */
	EAttribute getSignaleringskaart_Jaar();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Signaleringskaart#getGemeenteCode <em>Gemeente Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gemeente Code</em>'.
	 * @see nl.veerkracht.model.Signaleringskaart#getGemeenteCode()
	 * @see #getSignaleringskaart()
	 * @generated
	 */
	EAttribute getSignaleringskaart_GemeenteCode();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Signaleringskaart#getReferentie <em>Referentie</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Referentie</em>'.
	 * @see nl.veerkracht.model.Signaleringskaart#getReferentie()
	 * @see #getSignaleringskaart()
	 * @generated
	 */
	EAttribute getSignaleringskaart_Referentie();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Signaleringskaart#getNormalisatie <em>Normalisatie</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Normalisatie</em>'.
	 * @see nl.veerkracht.model.Signaleringskaart#getNormalisatie()
	 * @see #getSignaleringskaart()
	 * @generated
	 */
	EAttribute getSignaleringskaart_Normalisatie();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Signaleringskaart#getMinimaleDekking <em>Minimale Dekking</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimale Dekking</em>'.
	 * @see nl.veerkracht.model.Signaleringskaart#getMinimaleDekking()
	 * @see #getSignaleringskaart()
	 * @generated
	 */
	EAttribute getSignaleringskaart_MinimaleDekking();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Signaleringskaart#getGrenzen <em>Grenzen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grenzen</em>'.
	 * @see nl.veerkracht.model.Signaleringskaart#getGrenzen()
	 * @see #getSignaleringskaart()
	 * @generated
	 */
	EAttribute getSignaleringskaart_Grenzen();

	/**
	 * Returns the meta object for the attribute list '{@link nl.veerkracht.model.Signaleringskaart#getKwbBestanden <em>Kwb Bestanden</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Kwb Bestanden</em>'.
	 * @see nl.veerkracht.model.Signaleringskaart#getKwbBestanden()
	 * @see #getSignaleringskaart()
	 * @generated
	 */
	EAttribute getSignaleringskaart_KwbBestanden();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.veerkracht.model.Signaleringskaart#getGewichten <em>Gewichten</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Gewichten</em>'.
	 * @see nl.veerkracht.model.Signaleringskaart#getGewichten()
	 * @see #getSignaleringskaart()
	 * @generated
	 */
	EReference getSignaleringskaart_Gewichten();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Signaleringskaart#getOmschrijving <em>Omschrijving</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Omschrijving</em>'.
	 * @see nl.veerkracht.model.Signaleringskaart#getOmschrijving()
	 * @see #getSignaleringskaart()
	 * @generated
	 */
	EAttribute getSignaleringskaart_Omschrijving();

	/**
	 * Returns the meta object for class '{@link nl.veerkracht.model.IndicatorGewicht <em>Indicator Gewicht</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator Gewicht</em>'.
	 * @see nl.veerkracht.model.IndicatorGewicht
	 * @generated
	 */
	EClass getIndicatorGewicht();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.IndicatorGewicht#getIndicatorId <em>Indicator Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Indicator Id</em>'.
	 * @see nl.veerkracht.model.IndicatorGewicht#getIndicatorId()
	 * @see #getIndicatorGewicht()
	 * @generated
	 */
	EAttribute getIndicatorGewicht_IndicatorId();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.IndicatorGewicht#getGewicht <em>Gewicht</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gewicht</em>'.
	 * @see nl.veerkracht.model.IndicatorGewicht#getGewicht()
	 * @see #getIndicatorGewicht()
	 * @generated
	 */
	EAttribute getIndicatorGewicht_Gewicht();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.IndicatorGewicht#getOmschrijving <em>Omschrijving</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Omschrijving</em>'.
	 * @see nl.veerkracht.model.IndicatorGewicht#getOmschrijving()
	 * @see #getIndicatorGewicht()
	 * @generated
	 */
	EAttribute getIndicatorGewicht_Omschrijving();

	/**
	 * Returns the meta object for class '{@link nl.veerkracht.model.Sleutelproject <em>Sleutelproject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sleutelproject</em>'.
	 * @see nl.veerkracht.model.Sleutelproject
	 * @generated
	 */
	EClass getSleutelproject();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Sleutelproject#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see nl.veerkracht.model.Sleutelproject#getName()
	 * @see #getSleutelproject()
	 * @generated
	 */
	EAttribute getSleutelproject_Name();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Sleutelproject#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see nl.veerkracht.model.Sleutelproject#getOwner()
	 * @see #getSleutelproject()
	 * @generated
	 */
	EAttribute getSleutelproject_Owner();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Sleutelproject#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see nl.veerkracht.model.Sleutelproject#getStatus()
	 * @see #getSleutelproject()
	 * @generated
	 */
	EAttribute getSleutelproject_Status();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Sleutelproject#getStartYear <em>Start Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Year</em>'.
	 * @see nl.veerkracht.model.Sleutelproject#getStartYear()
	 * @see #getSleutelproject()
	 * @generated
	 */
	EAttribute getSleutelproject_StartYear();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Sleutelproject#getEndYear <em>End Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Year</em>'.
	 * @see nl.veerkracht.model.Sleutelproject#getEndYear()
	 * @see #getSleutelproject()
	 * @generated
	 */
	EAttribute getSleutelproject_EndYear();

	/**
	 * Returns the meta object for class '{@link nl.veerkracht.model.StatusBeoordeling <em>Status Beoordeling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Status Beoordeling</em>'.
	 * @see nl.veerkracht.model.StatusBeoordeling
	 * @generated
	 */
	EClass getStatusBeoordeling();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.StatusBeoordeling#getAspect <em>Aspect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Aspect</em>'.
	 * @see nl.veerkracht.model.StatusBeoordeling#getAspect()
	 * @see #getStatusBeoordeling()
	 * @generated
	 */
	EAttribute getStatusBeoordeling_Aspect();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.StatusBeoordeling#getRating <em>Rating</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rating</em>'.
	 * @see nl.veerkracht.model.StatusBeoordeling#getRating()
	 * @see #getStatusBeoordeling()
	 * @generated
	 */
	EAttribute getStatusBeoordeling_Rating();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.StatusBeoordeling#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see nl.veerkracht.model.StatusBeoordeling#getNote()
	 * @see #getStatusBeoordeling()
	 * @generated
	 */
	EAttribute getStatusBeoordeling_Note();

	/**
	 * Returns the meta object for class '{@link nl.veerkracht.model.Dilemma <em>Dilemma</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dilemma</em>'.
	 * @see nl.veerkracht.model.Dilemma
	 * @generated
	 */
	EClass getDilemma();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Dilemma#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see nl.veerkracht.model.Dilemma#getTitle()
	 * @see #getDilemma()
	 * @generated
	 */
	EAttribute getDilemma_Title();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Dilemma#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see nl.veerkracht.model.Dilemma#getDescription()
	 * @see #getDilemma()
	 * @generated
	 */
	EAttribute getDilemma_Description();

	/**
	 * Returns the meta object for class '{@link nl.veerkracht.model.PerspectiefInzet <em>Perspectief Inzet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Perspectief Inzet</em>'.
	 * @see nl.veerkracht.model.PerspectiefInzet
	 * @generated
	 */
	EClass getPerspectiefInzet();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.PerspectiefInzet#getPerspective <em>Perspective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Perspective</em>'.
	 * @see nl.veerkracht.model.PerspectiefInzet#getPerspective()
	 * @see #getPerspectiefInzet()
	 * @generated
	 */
	EAttribute getPerspectiefInzet_Perspective();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.PerspectiefInzet#getIntensity <em>Intensity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Intensity</em>'.
	 * @see nl.veerkracht.model.PerspectiefInzet#getIntensity()
	 * @see #getPerspectiefInzet()
	 * @generated
	 */
	EAttribute getPerspectiefInzet_Intensity();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.PerspectiefInzet#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see nl.veerkracht.model.PerspectiefInzet#getRationale()
	 * @see #getPerspectiefInzet()
	 * @generated
	 */
	EAttribute getPerspectiefInzet_Rationale();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.veerkracht.model.PerspectiefInzet#getMaatregelen <em>Maatregelen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Maatregelen</em>'.
	 * @see nl.veerkracht.model.PerspectiefInzet#getMaatregelen()
	 * @see #getPerspectiefInzet()
	 * @generated
	 */
	EReference getPerspectiefInzet_Maatregelen();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.veerkracht.model.PerspectiefInzet#getBuurtVerfijningen <em>Buurt Verfijningen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Buurt Verfijningen</em>'.
	 * @see nl.veerkracht.model.PerspectiefInzet#getBuurtVerfijningen()
	 * @see #getPerspectiefInzet()
	 * @generated
	 */
	EReference getPerspectiefInzet_BuurtVerfijningen();

	/**
	 * Returns the meta object for the '{@link nl.veerkracht.model.PerspectiefInzet#getDomein() <em>Get Domein</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Domein</em>' operation.
	 * @see nl.veerkracht.model.PerspectiefInzet#getDomein()
	 * @generated
	 */
	EOperation getPerspectiefInzet__GetDomein();

	/**
	 * Returns the meta object for the '{@link nl.veerkracht.model.PerspectiefInzet#getStrategie() <em>Get Strategie</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Strategie</em>' operation.
	 * @see nl.veerkracht.model.PerspectiefInzet#getStrategie()
	 * @generated
	 */
	EOperation getPerspectiefInzet__GetStrategie();

	/**
	 * Returns the meta object for the '{@link nl.veerkracht.model.PerspectiefInzet#getIntensityWord() <em>Get Intensity Word</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Intensity Word</em>' operation.
	 * @see nl.veerkracht.model.PerspectiefInzet#getIntensityWord()
	 * @generated
	 */
	EOperation getPerspectiefInzet__GetIntensityWord();

	/**
	 * Returns the meta object for class '{@link nl.veerkracht.model.BuurtVerfijning <em>Buurt Verfijning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Buurt Verfijning</em>'.
	 * @see nl.veerkracht.model.BuurtVerfijning
	 * @generated
	 */
	EClass getBuurtVerfijning();

	/**
	 * Returns the meta object for the reference '{@link nl.veerkracht.model.BuurtVerfijning#getBuurt <em>Buurt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Buurt</em>'.
	 * @see nl.veerkracht.model.BuurtVerfijning#getBuurt()
	 * @see #getBuurtVerfijning()
	 * @generated
	 */
	EReference getBuurtVerfijning_Buurt();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.BuurtVerfijning#getIntensity <em>Intensity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Intensity</em>'.
	 * @see nl.veerkracht.model.BuurtVerfijning#getIntensity()
	 * @see #getBuurtVerfijning()
	 * @generated
	 */
	EAttribute getBuurtVerfijning_Intensity();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.BuurtVerfijning#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see nl.veerkracht.model.BuurtVerfijning#getNote()
	 * @see #getBuurtVerfijning()
	 * @generated
	 */
	EAttribute getBuurtVerfijning_Note();

	/**
	 * Returns the meta object for class '{@link nl.veerkracht.model.Maatregel <em>Maatregel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Maatregel</em>'.
	 * @see nl.veerkracht.model.Maatregel
	 * @generated
	 */
	EClass getMaatregel();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Maatregel#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see nl.veerkracht.model.Maatregel#getDescription()
	 * @see #getMaatregel()
	 * @generated
	 */
	EAttribute getMaatregel_Description();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Maatregel#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see nl.veerkracht.model.Maatregel#getOwner()
	 * @see #getMaatregel()
	 * @generated
	 */
	EAttribute getMaatregel_Owner();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Maatregel#getCostClass <em>Cost Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost Class</em>'.
	 * @see nl.veerkracht.model.Maatregel#getCostClass()
	 * @see #getMaatregel()
	 * @generated
	 */
	EAttribute getMaatregel_CostClass();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Maatregel#getStartYear <em>Start Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Year</em>'.
	 * @see nl.veerkracht.model.Maatregel#getStartYear()
	 * @see #getMaatregel()
	 * @generated
	 */
	EAttribute getMaatregel_StartYear();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Maatregel#getEndYear <em>End Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Year</em>'.
	 * @see nl.veerkracht.model.Maatregel#getEndYear()
	 * @see #getMaatregel()
	 * @generated
	 */
	EAttribute getMaatregel_EndYear();

	/**
	 * Returns the meta object for class '{@link nl.veerkracht.model.Prestatieafspraak <em>Prestatieafspraak</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Prestatieafspraak</em>'.
	 * @see nl.veerkracht.model.Prestatieafspraak
	 * @generated
	 */
	EClass getPrestatieafspraak();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Prestatieafspraak#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see nl.veerkracht.model.Prestatieafspraak#getTitle()
	 * @see #getPrestatieafspraak()
	 * @generated
	 */
	EAttribute getPrestatieafspraak_Title();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.veerkracht.model.Prestatieafspraak#getParties <em>Parties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parties</em>'.
	 * @see nl.veerkracht.model.Prestatieafspraak#getParties()
	 * @see #getPrestatieafspraak()
	 * @generated
	 */
	EReference getPrestatieafspraak_Parties();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Prestatieafspraak#getAgreement <em>Agreement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Agreement</em>'.
	 * @see nl.veerkracht.model.Prestatieafspraak#getAgreement()
	 * @see #getPrestatieafspraak()
	 * @generated
	 */
	EAttribute getPrestatieafspraak_Agreement();

	/**
	 * Returns the meta object for the reference '{@link nl.veerkracht.model.Prestatieafspraak#getGebied <em>Gebied</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Gebied</em>'.
	 * @see nl.veerkracht.model.Prestatieafspraak#getGebied()
	 * @see #getPrestatieafspraak()
	 * @generated
	 */
	EReference getPrestatieafspraak_Gebied();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Prestatieafspraak#getIndicatorVariableId <em>Indicator Variable Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Indicator Variable Id</em>'.
	 * @see nl.veerkracht.model.Prestatieafspraak#getIndicatorVariableId()
	 * @see #getPrestatieafspraak()
	 * @generated
	 */
	EAttribute getPrestatieafspraak_IndicatorVariableId();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Prestatieafspraak#getBaselineValue <em>Baseline Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline Value</em>'.
	 * @see nl.veerkracht.model.Prestatieafspraak#getBaselineValue()
	 * @see #getPrestatieafspraak()
	 * @generated
	 */
	EAttribute getPrestatieafspraak_BaselineValue();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Prestatieafspraak#getBaselineYear <em>Baseline Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline Year</em>'.
	 * @see nl.veerkracht.model.Prestatieafspraak#getBaselineYear()
	 * @see #getPrestatieafspraak()
	 * @generated
	 */
	EAttribute getPrestatieafspraak_BaselineYear();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Prestatieafspraak#getTargetValue <em>Target Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Value</em>'.
	 * @see nl.veerkracht.model.Prestatieafspraak#getTargetValue()
	 * @see #getPrestatieafspraak()
	 * @generated
	 */
	EAttribute getPrestatieafspraak_TargetValue();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Prestatieafspraak#getTargetYear <em>Target Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Year</em>'.
	 * @see nl.veerkracht.model.Prestatieafspraak#getTargetYear()
	 * @see #getPrestatieafspraak()
	 * @generated
	 */
	EAttribute getPrestatieafspraak_TargetYear();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Prestatieafspraak#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see nl.veerkracht.model.Prestatieafspraak#getStatus()
	 * @see #getPrestatieafspraak()
	 * @generated
	 */
	EAttribute getPrestatieafspraak_Status();

	/**
	 * Returns the meta object for class '{@link nl.veerkracht.model.Partij <em>Partij</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Partij</em>'.
	 * @see nl.veerkracht.model.Partij
	 * @generated
	 */
	EClass getPartij();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Partij#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see nl.veerkracht.model.Partij#getName()
	 * @see #getPartij()
	 * @generated
	 */
	EAttribute getPartij_Name();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Partij#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see nl.veerkracht.model.Partij#getRole()
	 * @see #getPartij()
	 * @generated
	 */
	EAttribute getPartij_Role();

	/**
	 * Returns the meta object for class '{@link nl.veerkracht.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scenario</em>'.
	 * @see nl.veerkracht.model.Scenario
	 * @generated
	 */
	EClass getScenario();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Scenario#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see nl.veerkracht.model.Scenario#getName()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Name();

	/**
	 * Returns the meta object for the attribute '{@link nl.veerkracht.model.Scenario#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see nl.veerkracht.model.Scenario#getDescription()
	 * @see #getScenario()
	 * @generated
	 */
	EAttribute getScenario_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.veerkracht.model.Scenario#getMixes <em>Mixes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mixes</em>'.
	 * @see nl.veerkracht.model.Scenario#getMixes()
	 * @see #getScenario()
	 * @generated
	 */
	EReference getScenario_Mixes();

	/**
	 * Returns the meta object for class '{@link nl.veerkracht.model.GebiedsMix <em>Gebieds Mix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gebieds Mix</em>'.
	 * @see nl.veerkracht.model.GebiedsMix
	 * @generated
	 */
	EClass getGebiedsMix();

	/**
	 * Returns the meta object for the reference '{@link nl.veerkracht.model.GebiedsMix#getGebied <em>Gebied</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Gebied</em>'.
	 * @see nl.veerkracht.model.GebiedsMix#getGebied()
	 * @see #getGebiedsMix()
	 * @generated
	 */
	EReference getGebiedsMix_Gebied();

	/**
	 * Returns the meta object for the containment reference list '{@link nl.veerkracht.model.GebiedsMix#getInzet <em>Inzet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Inzet</em>'.
	 * @see nl.veerkracht.model.GebiedsMix#getInzet()
	 * @see #getGebiedsMix()
	 * @generated
	 */
	EReference getGebiedsMix_Inzet();

	/**
	 * Returns the meta object for enum '{@link nl.veerkracht.model.Handelingsperspectief <em>Handelingsperspectief</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Handelingsperspectief</em>'.
	 * @see nl.veerkracht.model.Handelingsperspectief
	 * @generated
	 */
	EEnum getHandelingsperspectief();

	/**
	 * Returns the meta object for enum '{@link nl.veerkracht.model.Domein <em>Domein</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Domein</em>'.
	 * @see nl.veerkracht.model.Domein
	 * @generated
	 */
	EEnum getDomein();

	/**
	 * Returns the meta object for enum '{@link nl.veerkracht.model.Strategie <em>Strategie</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Strategie</em>'.
	 * @see nl.veerkracht.model.Strategie
	 * @generated
	 */
	EEnum getStrategie();

	/**
	 * Returns the meta object for enum '{@link nl.veerkracht.model.StatusAspect <em>Status Aspect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Status Aspect</em>'.
	 * @see nl.veerkracht.model.StatusAspect
	 * @generated
	 */
	EEnum getStatusAspect();

	/**
	 * Returns the meta object for enum '{@link nl.veerkracht.model.Beoordeling <em>Beoordeling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Beoordeling</em>'.
	 * @see nl.veerkracht.model.Beoordeling
	 * @generated
	 */
	EEnum getBeoordeling();

	/**
	 * Returns the meta object for enum '{@link nl.veerkracht.model.ProjectStatus <em>Project Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Project Status</em>'.
	 * @see nl.veerkracht.model.ProjectStatus
	 * @generated
	 */
	EEnum getProjectStatus();

	/**
	 * Returns the meta object for enum '{@link nl.veerkracht.model.Kostenklasse <em>Kostenklasse</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kostenklasse</em>'.
	 * @see nl.veerkracht.model.Kostenklasse
	 * @generated
	 */
	EEnum getKostenklasse();

	/**
	 * Returns the meta object for enum '{@link nl.veerkracht.model.AfspraakStatus <em>Afspraak Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Afspraak Status</em>'.
	 * @see nl.veerkracht.model.AfspraakStatus
	 * @generated
	 */
	EEnum getAfspraakStatus();

	/**
	 * Returns the meta object for enum '{@link nl.veerkracht.model.PartijRol <em>Partij Rol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Partij Rol</em>'.
	 * @see nl.veerkracht.model.PartijRol
	 * @generated
	 */
	EEnum getPartijRol();

	/**
	 * Returns the meta object for enum '{@link nl.veerkracht.model.Referentie <em>Referentie</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Referentie</em>'.
	 * @see nl.veerkracht.model.Referentie
	 * @generated
	 */
	EEnum getReferentie();

	/**
	 * Returns the meta object for enum '{@link nl.veerkracht.model.Normalisatie <em>Normalisatie</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Normalisatie</em>'.
	 * @see nl.veerkracht.model.Normalisatie
	 * @generated
	 */
	EEnum getNormalisatie();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	VeerkrachtFactory getVeerkrachtFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals
	{
		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.impl.AnalyseImpl <em>Analyse</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.impl.AnalyseImpl
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getAnalyse()
		 * @generated
		 */
		EClass ANALYSE = eINSTANCE.getAnalyse();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSE__NAME = eINSTANCE.getAnalyse_Name();

		/**
		 * The meta object literal for the '<em><b>Model Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSE__MODEL_VERSION = eINSTANCE.getAnalyse_ModelVersion();

		/**
		 * The meta object literal for the '<em><b>Reference Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANALYSE__REFERENCE_YEAR = eINSTANCE.getAnalyse_ReferenceYear();

		/**
		 * The meta object literal for the '<em><b>Gemeenten</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSE__GEMEENTEN = eINSTANCE.getAnalyse_Gemeenten();

		/**
		 * The meta object literal for the '<em><b>Gebieden</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSE__GEBIEDEN = eINSTANCE.getAnalyse_Gebieden();

		/**
		 * The meta object literal for the '<em><b>Data Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSE__DATA_SOURCES = eINSTANCE.getAnalyse_DataSources();

		/**
		 * The meta object literal for the '<em><b>Kaarten</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSE__KAARTEN = eINSTANCE.getAnalyse_Kaarten();

		/**
		 * The meta object literal for the '<em><b>Indicator Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSE__INDICATOR_VALUES = eINSTANCE.getAnalyse_IndicatorValues();

		/**
		 * The meta object literal for the '<em><b>Wijkschetsen</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSE__WIJKSCHETSEN = eINSTANCE.getAnalyse_Wijkschetsen();

		/**
		 * The meta object literal for the '<em><b>Prestatieafspraken</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSE__PRESTATIEAFSPRAKEN = eINSTANCE.getAnalyse_Prestatieafspraken();

		/**
		 * The meta object literal for the '<em><b>Scenarios</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSE__SCENARIOS = eINSTANCE.getAnalyse_Scenarios();

		/**
		 * The meta object literal for the '<em><b>Signaleringskaart</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANALYSE__SIGNALERINGSKAART = eINSTANCE.getAnalyse_Signaleringskaart();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.impl.DataSourceImpl <em>Data Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.impl.DataSourceImpl
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getDataSource()
		 * @generated
		 */
		EClass DATA_SOURCE = eINSTANCE.getDataSource();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__NAME = eINSTANCE.getDataSource_Name();

		/**
		 * The meta object literal for the '<em><b>Uri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATA_SOURCE__URI = eINSTANCE.getDataSource_Uri();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.impl.RegioImpl <em>Regio</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.impl.RegioImpl
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getRegio()
		 * @generated
		 */
		EClass REGIO = eINSTANCE.getRegio();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGIO__NAME = eINSTANCE.getRegio_Name();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.impl.CbsRegioImpl <em>Cbs Regio</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.impl.CbsRegioImpl
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getCbsRegio()
		 * @generated
		 */
		EClass CBS_REGIO = eINSTANCE.getCbsRegio();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CBS_REGIO__CODE = eINSTANCE.getCbsRegio_Code();

		/**
		 * The meta object literal for the '<em><b>Geometry</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CBS_REGIO__GEOMETRY = eINSTANCE.getCbsRegio_Geometry();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.impl.GeometryReferenceImpl <em>Geometry Reference</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.impl.GeometryReferenceImpl
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getGeometryReference()
		 * @generated
		 */
		EClass GEOMETRY_REFERENCE = eINSTANCE.getGeometryReference();

		/**
		 * The meta object literal for the '<em><b>Layer Uri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GEOMETRY_REFERENCE__LAYER_URI = eINSTANCE.getGeometryReference_LayerUri();

		/**
		 * The meta object literal for the '<em><b>Feature Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GEOMETRY_REFERENCE__FEATURE_ID = eINSTANCE.getGeometryReference_FeatureId();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.impl.GemeenteImpl <em>Gemeente</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.impl.GemeenteImpl
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getGemeente()
		 * @generated
		 */
		EClass GEMEENTE = eINSTANCE.getGemeente();

		/**
		 * The meta object literal for the '<em><b>Wijken</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GEMEENTE__WIJKEN = eINSTANCE.getGemeente_Wijken();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.impl.WijkImpl <em>Wijk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.impl.WijkImpl
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getWijk()
		 * @generated
		 */
		EClass WIJK = eINSTANCE.getWijk();

		/**
		 * The meta object literal for the '<em><b>Gemeente</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WIJK__GEMEENTE = eINSTANCE.getWijk_Gemeente();

		/**
		 * The meta object literal for the '<em><b>Buurten</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WIJK__BUURTEN = eINSTANCE.getWijk_Buurten();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.impl.BuurtImpl <em>Buurt</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.impl.BuurtImpl
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getBuurt()
		 * @generated
		 */
		EClass BUURT = eINSTANCE.getBuurt();

		/**
		 * The meta object literal for the '<em><b>Wijk</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUURT__WIJK = eINSTANCE.getBuurt_Wijk();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.impl.GebiedImpl <em>Gebied</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.impl.GebiedImpl
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getGebied()
		 * @generated
		 */
		EClass GEBIED = eINSTANCE.getGebied();

		/**
		 * The meta object literal for the '<em><b>Onderdelen</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GEBIED__ONDERDELEN = eINSTANCE.getGebied_Onderdelen();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.impl.IndicatorValueImpl <em>Indicator Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.impl.IndicatorValueImpl
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getIndicatorValue()
		 * @generated
		 */
		EClass INDICATOR_VALUE = eINSTANCE.getIndicatorValue();

		/**
		 * The meta object literal for the '<em><b>Regio</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR_VALUE__REGIO = eINSTANCE.getIndicatorValue_Regio();

		/**
		 * The meta object literal for the '<em><b>Variable Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_VALUE__VARIABLE_ID = eINSTANCE.getIndicatorValue_VariableId();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_VALUE__YEAR = eINSTANCE.getIndicatorValue_Year();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_VALUE__VALUE = eINSTANCE.getIndicatorValue_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_VALUE__UNIT = eINSTANCE.getIndicatorValue_Unit();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_VALUE__SOURCE = eINSTANCE.getIndicatorValue_Source();

		/**
		 * The meta object literal for the '<em><b>Missing Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_VALUE__MISSING_REASON = eINSTANCE.getIndicatorValue_MissingReason();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.impl.WijkschetsImpl <em>Wijkschets</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.impl.WijkschetsImpl
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getWijkschets()
		 * @generated
		 */
		EClass WIJKSCHETS = eINSTANCE.getWijkschets();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIJKSCHETS__NAME = eINSTANCE.getWijkschets_Name();

		/**
		 * The meta object literal for the '<em><b>Gebied</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WIJKSCHETS__GEBIED = eINSTANCE.getWijkschets_Gebied();

		/**
		 * The meta object literal for the '<em><b>Photo Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIJKSCHETS__PHOTO_PATH = eINSTANCE.getWijkschets_PhotoPath();

		/**
		 * The meta object literal for the '<em><b>Kaart</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WIJKSCHETS__KAART = eINSTANCE.getWijkschets_Kaart();

		/**
		 * The meta object literal for the '<em><b>Sleutelprojecten</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WIJKSCHETS__SLEUTELPROJECTEN = eINSTANCE.getWijkschets_Sleutelprojecten();

		/**
		 * The meta object literal for the '<em><b>Bevolking</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIJKSCHETS__BEVOLKING = eINSTANCE.getWijkschets_Bevolking();

		/**
		 * The meta object literal for the '<em><b>Status Beoordelingen</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WIJKSCHETS__STATUS_BEOORDELINGEN = eINSTANCE.getWijkschets_StatusBeoordelingen();

		/**
		 * The meta object literal for the '<em><b>Probleemanalyse</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIJKSCHETS__PROBLEEMANALYSE = eINSTANCE.getWijkschets_Probleemanalyse();

		/**
		 * The meta object literal for the '<em><b>Definitie Van Succes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIJKSCHETS__DEFINITIE_VAN_SUCCES = eINSTANCE.getWijkschets_DefinitieVanSucces();

		/**
		 * The meta object literal for the '<em><b>Dilemmas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WIJKSCHETS__DILEMMAS = eINSTANCE.getWijkschets_Dilemmas();

		/**
		 * The meta object literal for the '<em><b>Complete</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WIJKSCHETS__COMPLETE = eINSTANCE.getWijkschets_Complete();

		/**
		 * The meta object literal for the '<em><b>Perspectief Mix</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WIJKSCHETS__PERSPECTIEF_MIX = eINSTANCE.getWijkschets_PerspectiefMix();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.impl.KaartInstellingImpl <em>Kaart Instelling</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.impl.KaartInstellingImpl
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getKaartInstelling()
		 * @generated
		 */
		EClass KAART_INSTELLING = eINSTANCE.getKaartInstelling();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KAART_INSTELLING__NAME = eINSTANCE.getKaartInstelling_Name();

		/**
		 * The meta object literal for the '<em><b>Crs Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KAART_INSTELLING__CRS_CODE = eINSTANCE.getKaartInstelling_CrsCode();

		/**
		 * The meta object literal for the '<em><b>Center X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KAART_INSTELLING__CENTER_X = eINSTANCE.getKaartInstelling_CenterX();

		/**
		 * The meta object literal for the '<em><b>Center Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KAART_INSTELLING__CENTER_Y = eINSTANCE.getKaartInstelling_CenterY();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KAART_INSTELLING__SCALE = eINSTANCE.getKaartInstelling_Scale();

		/**
		 * The meta object literal for the '<em><b>Signaalkaart Inset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KAART_INSTELLING__SIGNAALKAART_INSET = eINSTANCE.getKaartInstelling_SignaalkaartInset();

		/**
		 * The meta object literal for the '<em><b>Layer Uris</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KAART_INSTELLING__LAYER_URIS = eINSTANCE.getKaartInstelling_LayerUris();

		/**
		 * The meta object literal for the '<em><b>Lagen</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KAART_INSTELLING__LAGEN = eINSTANCE.getKaartInstelling_Lagen();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.impl.KaartLaagImpl <em>Kaart Laag</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.impl.KaartLaagImpl
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getKaartLaag()
		 * @generated
		 */
		EClass KAART_LAAG = eINSTANCE.getKaartLaag();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KAART_LAAG__TITLE = eINSTANCE.getKaartLaag_Title();

		/**
		 * The meta object literal for the '<em><b>Source Uri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KAART_LAAG__SOURCE_URI = eINSTANCE.getKaartLaag_SourceUri();

		/**
		 * The meta object literal for the '<em><b>Layer Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KAART_LAAG__LAYER_NAME = eINSTANCE.getKaartLaag_LayerName();

		/**
		 * The meta object literal for the '<em><b>Visible</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KAART_LAAG__VISIBLE = eINSTANCE.getKaartLaag_Visible();

		/**
		 * The meta object literal for the '<em><b>Opacity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KAART_LAAG__OPACITY = eINSTANCE.getKaartLaag_Opacity();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KAART_LAAG__STYLE = eINSTANCE.getKaartLaag_Style();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.impl.SignaleringskaartImpl <em>Signaleringskaart</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.impl.SignaleringskaartImpl
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getSignaleringskaart()
		 * @generated
		 */
		EClass SIGNALERINGSKAART = eINSTANCE.getSignaleringskaart();

		/**
		 * The meta object literal for the '<em><b>Jaar</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNALERINGSKAART__JAAR = eINSTANCE.getSignaleringskaart_Jaar();

		/**
		 * The meta object literal for the '<em><b>Gemeente Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNALERINGSKAART__GEMEENTE_CODE = eINSTANCE.getSignaleringskaart_GemeenteCode();

		/**
		 * The meta object literal for the '<em><b>Referentie</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNALERINGSKAART__REFERENTIE = eINSTANCE.getSignaleringskaart_Referentie();

		/**
		 * The meta object literal for the '<em><b>Normalisatie</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNALERINGSKAART__NORMALISATIE = eINSTANCE.getSignaleringskaart_Normalisatie();

		/**
		 * The meta object literal for the '<em><b>Minimale Dekking</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNALERINGSKAART__MINIMALE_DEKKING = eINSTANCE.getSignaleringskaart_MinimaleDekking();

		/**
		 * The meta object literal for the '<em><b>Grenzen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNALERINGSKAART__GRENZEN = eINSTANCE.getSignaleringskaart_Grenzen();

		/**
		 * The meta object literal for the '<em><b>Kwb Bestanden</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNALERINGSKAART__KWB_BESTANDEN = eINSTANCE.getSignaleringskaart_KwbBestanden();

		/**
		 * The meta object literal for the '<em><b>Gewichten</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SIGNALERINGSKAART__GEWICHTEN = eINSTANCE.getSignaleringskaart_Gewichten();

		/**
		 * The meta object literal for the '<em><b>Omschrijving</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGNALERINGSKAART__OMSCHRIJVING = eINSTANCE.getSignaleringskaart_Omschrijving();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.impl.IndicatorGewichtImpl <em>Indicator Gewicht</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.impl.IndicatorGewichtImpl
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getIndicatorGewicht()
		 * @generated
		 */
		EClass INDICATOR_GEWICHT = eINSTANCE.getIndicatorGewicht();

		/**
		 * The meta object literal for the '<em><b>Indicator Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_GEWICHT__INDICATOR_ID = eINSTANCE.getIndicatorGewicht_IndicatorId();

		/**
		 * The meta object literal for the '<em><b>Gewicht</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_GEWICHT__GEWICHT = eINSTANCE.getIndicatorGewicht_Gewicht();

		/**
		 * The meta object literal for the '<em><b>Omschrijving</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_GEWICHT__OMSCHRIJVING = eINSTANCE.getIndicatorGewicht_Omschrijving();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.impl.SleutelprojectImpl <em>Sleutelproject</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.impl.SleutelprojectImpl
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getSleutelproject()
		 * @generated
		 */
		EClass SLEUTELPROJECT = eINSTANCE.getSleutelproject();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLEUTELPROJECT__NAME = eINSTANCE.getSleutelproject_Name();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLEUTELPROJECT__OWNER = eINSTANCE.getSleutelproject_Owner();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLEUTELPROJECT__STATUS = eINSTANCE.getSleutelproject_Status();

		/**
		 * The meta object literal for the '<em><b>Start Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLEUTELPROJECT__START_YEAR = eINSTANCE.getSleutelproject_StartYear();

		/**
		 * The meta object literal for the '<em><b>End Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SLEUTELPROJECT__END_YEAR = eINSTANCE.getSleutelproject_EndYear();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.impl.StatusBeoordelingImpl <em>Status Beoordeling</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.impl.StatusBeoordelingImpl
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getStatusBeoordeling()
		 * @generated
		 */
		EClass STATUS_BEOORDELING = eINSTANCE.getStatusBeoordeling();

		/**
		 * The meta object literal for the '<em><b>Aspect</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_BEOORDELING__ASPECT = eINSTANCE.getStatusBeoordeling_Aspect();

		/**
		 * The meta object literal for the '<em><b>Rating</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_BEOORDELING__RATING = eINSTANCE.getStatusBeoordeling_Rating();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_BEOORDELING__NOTE = eINSTANCE.getStatusBeoordeling_Note();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.impl.DilemmaImpl <em>Dilemma</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.impl.DilemmaImpl
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getDilemma()
		 * @generated
		 */
		EClass DILEMMA = eINSTANCE.getDilemma();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DILEMMA__TITLE = eINSTANCE.getDilemma_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DILEMMA__DESCRIPTION = eINSTANCE.getDilemma_Description();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.impl.PerspectiefInzetImpl <em>Perspectief Inzet</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.impl.PerspectiefInzetImpl
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getPerspectiefInzet()
		 * @generated
		 */
		EClass PERSPECTIEF_INZET = eINSTANCE.getPerspectiefInzet();

		/**
		 * The meta object literal for the '<em><b>Perspective</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSPECTIEF_INZET__PERSPECTIVE = eINSTANCE.getPerspectiefInzet_Perspective();

		/**
		 * The meta object literal for the '<em><b>Intensity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSPECTIEF_INZET__INTENSITY = eINSTANCE.getPerspectiefInzet_Intensity();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSPECTIEF_INZET__RATIONALE = eINSTANCE.getPerspectiefInzet_Rationale();

		/**
		 * The meta object literal for the '<em><b>Maatregelen</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSPECTIEF_INZET__MAATREGELEN = eINSTANCE.getPerspectiefInzet_Maatregelen();

		/**
		 * The meta object literal for the '<em><b>Buurt Verfijningen</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PERSPECTIEF_INZET__BUURT_VERFIJNINGEN = eINSTANCE.getPerspectiefInzet_BuurtVerfijningen();

		/**
		 * The meta object literal for the '<em><b>Get Domein</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PERSPECTIEF_INZET___GET_DOMEIN = eINSTANCE.getPerspectiefInzet__GetDomein();

		/**
		 * The meta object literal for the '<em><b>Get Strategie</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PERSPECTIEF_INZET___GET_STRATEGIE = eINSTANCE.getPerspectiefInzet__GetStrategie();

		/**
		 * The meta object literal for the '<em><b>Get Intensity Word</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PERSPECTIEF_INZET___GET_INTENSITY_WORD = eINSTANCE.getPerspectiefInzet__GetIntensityWord();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.impl.BuurtVerfijningImpl <em>Buurt Verfijning</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.impl.BuurtVerfijningImpl
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getBuurtVerfijning()
		 * @generated
		 */
		EClass BUURT_VERFIJNING = eINSTANCE.getBuurtVerfijning();

		/**
		 * The meta object literal for the '<em><b>Buurt</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUURT_VERFIJNING__BUURT = eINSTANCE.getBuurtVerfijning_Buurt();

		/**
		 * The meta object literal for the '<em><b>Intensity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUURT_VERFIJNING__INTENSITY = eINSTANCE.getBuurtVerfijning_Intensity();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUURT_VERFIJNING__NOTE = eINSTANCE.getBuurtVerfijning_Note();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.impl.MaatregelImpl <em>Maatregel</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.impl.MaatregelImpl
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getMaatregel()
		 * @generated
		 */
		EClass MAATREGEL = eINSTANCE.getMaatregel();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAATREGEL__DESCRIPTION = eINSTANCE.getMaatregel_Description();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAATREGEL__OWNER = eINSTANCE.getMaatregel_Owner();

		/**
		 * The meta object literal for the '<em><b>Cost Class</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAATREGEL__COST_CLASS = eINSTANCE.getMaatregel_CostClass();

		/**
		 * The meta object literal for the '<em><b>Start Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAATREGEL__START_YEAR = eINSTANCE.getMaatregel_StartYear();

		/**
		 * The meta object literal for the '<em><b>End Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MAATREGEL__END_YEAR = eINSTANCE.getMaatregel_EndYear();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.impl.PrestatieafspraakImpl <em>Prestatieafspraak</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.impl.PrestatieafspraakImpl
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getPrestatieafspraak()
		 * @generated
		 */
		EClass PRESTATIEAFSPRAAK = eINSTANCE.getPrestatieafspraak();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRESTATIEAFSPRAAK__TITLE = eINSTANCE.getPrestatieafspraak_Title();

		/**
		 * The meta object literal for the '<em><b>Parties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRESTATIEAFSPRAAK__PARTIES = eINSTANCE.getPrestatieafspraak_Parties();

		/**
		 * The meta object literal for the '<em><b>Agreement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRESTATIEAFSPRAAK__AGREEMENT = eINSTANCE.getPrestatieafspraak_Agreement();

		/**
		 * The meta object literal for the '<em><b>Gebied</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRESTATIEAFSPRAAK__GEBIED = eINSTANCE.getPrestatieafspraak_Gebied();

		/**
		 * The meta object literal for the '<em><b>Indicator Variable Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRESTATIEAFSPRAAK__INDICATOR_VARIABLE_ID = eINSTANCE.getPrestatieafspraak_IndicatorVariableId();

		/**
		 * The meta object literal for the '<em><b>Baseline Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRESTATIEAFSPRAAK__BASELINE_VALUE = eINSTANCE.getPrestatieafspraak_BaselineValue();

		/**
		 * The meta object literal for the '<em><b>Baseline Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRESTATIEAFSPRAAK__BASELINE_YEAR = eINSTANCE.getPrestatieafspraak_BaselineYear();

		/**
		 * The meta object literal for the '<em><b>Target Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRESTATIEAFSPRAAK__TARGET_VALUE = eINSTANCE.getPrestatieafspraak_TargetValue();

		/**
		 * The meta object literal for the '<em><b>Target Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRESTATIEAFSPRAAK__TARGET_YEAR = eINSTANCE.getPrestatieafspraak_TargetYear();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRESTATIEAFSPRAAK__STATUS = eINSTANCE.getPrestatieafspraak_Status();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.impl.PartijImpl <em>Partij</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.impl.PartijImpl
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getPartij()
		 * @generated
		 */
		EClass PARTIJ = eINSTANCE.getPartij();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTIJ__NAME = eINSTANCE.getPartij_Name();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARTIJ__ROLE = eINSTANCE.getPartij_Role();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.impl.ScenarioImpl <em>Scenario</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.impl.ScenarioImpl
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getScenario()
		 * @generated
		 */
		EClass SCENARIO = eINSTANCE.getScenario();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__NAME = eINSTANCE.getScenario_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCENARIO__DESCRIPTION = eINSTANCE.getScenario_Description();

		/**
		 * The meta object literal for the '<em><b>Mixes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCENARIO__MIXES = eINSTANCE.getScenario_Mixes();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.impl.GebiedsMixImpl <em>Gebieds Mix</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.impl.GebiedsMixImpl
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getGebiedsMix()
		 * @generated
		 */
		EClass GEBIEDS_MIX = eINSTANCE.getGebiedsMix();

		/**
		 * The meta object literal for the '<em><b>Gebied</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GEBIEDS_MIX__GEBIED = eINSTANCE.getGebiedsMix_Gebied();

		/**
		 * The meta object literal for the '<em><b>Inzet</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GEBIEDS_MIX__INZET = eINSTANCE.getGebiedsMix_Inzet();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.Handelingsperspectief <em>Handelingsperspectief</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.Handelingsperspectief
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getHandelingsperspectief()
		 * @generated
		 */
		EEnum HANDELINGSPERSPECTIEF = eINSTANCE.getHandelingsperspectief();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.Domein <em>Domein</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.Domein
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getDomein()
		 * @generated
		 */
		EEnum DOMEIN = eINSTANCE.getDomein();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.Strategie <em>Strategie</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.Strategie
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getStrategie()
		 * @generated
		 */
		EEnum STRATEGIE = eINSTANCE.getStrategie();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.StatusAspect <em>Status Aspect</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.StatusAspect
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getStatusAspect()
		 * @generated
		 */
		EEnum STATUS_ASPECT = eINSTANCE.getStatusAspect();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.Beoordeling <em>Beoordeling</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.Beoordeling
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getBeoordeling()
		 * @generated
		 */
		EEnum BEOORDELING = eINSTANCE.getBeoordeling();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.ProjectStatus <em>Project Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.ProjectStatus
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getProjectStatus()
		 * @generated
		 */
		EEnum PROJECT_STATUS = eINSTANCE.getProjectStatus();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.Kostenklasse <em>Kostenklasse</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.Kostenklasse
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getKostenklasse()
		 * @generated
		 */
		EEnum KOSTENKLASSE = eINSTANCE.getKostenklasse();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.AfspraakStatus <em>Afspraak Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.AfspraakStatus
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getAfspraakStatus()
		 * @generated
		 */
		EEnum AFSPRAAK_STATUS = eINSTANCE.getAfspraakStatus();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.PartijRol <em>Partij Rol</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.PartijRol
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getPartijRol()
		 * @generated
		 */
		EEnum PARTIJ_ROL = eINSTANCE.getPartijRol();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.Referentie <em>Referentie</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.Referentie
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getReferentie()
		 * @generated
		 */
		EEnum REFERENTIE = eINSTANCE.getReferentie();

		/**
		 * The meta object literal for the '{@link nl.veerkracht.model.Normalisatie <em>Normalisatie</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.veerkracht.model.Normalisatie
		 * @see nl.veerkracht.model.impl.VeerkrachtPackageImpl#getNormalisatie()
		 * @generated
		 */
		EEnum NORMALISATIE = eINSTANCE.getNormalisatie();

	}

} //VeerkrachtPackage
