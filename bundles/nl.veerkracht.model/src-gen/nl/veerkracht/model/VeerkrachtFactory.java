/**
 */
package nl.veerkracht.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see nl.veerkracht.model.VeerkrachtPackage
 * @generated
 */
public interface VeerkrachtFactory extends EFactory
{
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	VeerkrachtFactory eINSTANCE = nl.veerkracht.model.impl.VeerkrachtFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Analyse</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Analyse</em>'.
	 * @generated
	 */
	Analyse createAnalyse();

	/**
	 * Returns a new object of class '<em>Data Source</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Data Source</em>'.
	 * @generated
	 */
	DataSource createDataSource();

	/**
	 * Returns a new object of class '<em>Geometry Reference</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Geometry Reference</em>'.
	 * @generated
	 */
	GeometryReference createGeometryReference();

	/**
	 * Returns a new object of class '<em>Gemeente</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gemeente</em>'.
	 * @generated
	 */
	Gemeente createGemeente();

	/**
	 * Returns a new object of class '<em>Wijk</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Wijk</em>'.
	 * @generated
	 */
	Wijk createWijk();

	/**
	 * Returns a new object of class '<em>Buurt</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Buurt</em>'.
	 * @generated
	 */
	Buurt createBuurt();

	/**
	 * Returns a new object of class '<em>Gebied</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gebied</em>'.
	 * @generated
	 */
	Gebied createGebied();

	/**
	 * Returns a new object of class '<em>Indicator Value</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Indicator Value</em>'.
	 * @generated
	 */
	IndicatorValue createIndicatorValue();

	/**
	 * Returns a new object of class '<em>Wijkschets</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Wijkschets</em>'.
	 * @generated
	 */
	Wijkschets createWijkschets();

	/**
	 * Returns a new object of class '<em>Kaart Instelling</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Kaart Instelling</em>'.
	 * @generated
	 */
	KaartInstelling createKaartInstelling();

	/**
	 * Returns a new object of class '<em>Kaart Laag</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Kaart Laag</em>'.
	 * @generated
	 */
	KaartLaag createKaartLaag();

	/**
	 * Returns a new object of class '<em>Signaleringskaart</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Signaleringskaart</em>'.
	 * @generated
	 */
	Signaleringskaart createSignaleringskaart();

	/**
	 * Returns a new object of class '<em>Indicator Gewicht</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Indicator Gewicht</em>'.
	 * @generated
	 */
	IndicatorGewicht createIndicatorGewicht();

	/**
	 * Returns a new object of class '<em>Sleutelproject</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sleutelproject</em>'.
	 * @generated
	 */
	Sleutelproject createSleutelproject();

	/**
	 * Returns a new object of class '<em>Status Beoordeling</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Status Beoordeling</em>'.
	 * @generated
	 */
	StatusBeoordeling createStatusBeoordeling();

	/**
	 * Returns a new object of class '<em>Dilemma</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Dilemma</em>'.
	 * @generated
	 */
	Dilemma createDilemma();

	/**
	 * Returns a new object of class '<em>Perspectief Inzet</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Perspectief Inzet</em>'.
	 * @generated
	 */
	PerspectiefInzet createPerspectiefInzet();

	/**
	 * Returns a new object of class '<em>Buurt Verfijning</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Buurt Verfijning</em>'.
	 * @generated
	 */
	BuurtVerfijning createBuurtVerfijning();

	/**
	 * Returns a new object of class '<em>Maatregel</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Maatregel</em>'.
	 * @generated
	 */
	Maatregel createMaatregel();

	/**
	 * Returns a new object of class '<em>Prestatieafspraak</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Prestatieafspraak</em>'.
	 * @generated
	 */
	Prestatieafspraak createPrestatieafspraak();

	/**
	 * Returns a new object of class '<em>Partij</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Partij</em>'.
	 * @generated
	 */
	Partij createPartij();

	/**
	 * Returns a new object of class '<em>Scenario</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Scenario</em>'.
	 * @generated
	 */
	Scenario createScenario();

	/**
	 * Returns a new object of class '<em>Gebieds Mix</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gebieds Mix</em>'.
	 * @generated
	 */
	GebiedsMix createGebiedsMix();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	VeerkrachtPackage getVeerkrachtPackage();

} //VeerkrachtFactory
