/**
 */
package nl.veerkracht.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Analyse</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A city analysis: the root of a .veerkracht file, holding the gemeenten in scope, the data used, the wijkschetsen, the agreements and the scenarios.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.Analyse#getName <em>Name</em>}</li>
 *   <li>{@link nl.veerkracht.model.Analyse#getModelVersion <em>Model Version</em>}</li>
 *   <li>{@link nl.veerkracht.model.Analyse#getReferenceYear <em>Reference Year</em>}</li>
 *   <li>{@link nl.veerkracht.model.Analyse#getGemeenten <em>Gemeenten</em>}</li>
 *   <li>{@link nl.veerkracht.model.Analyse#getGebieden <em>Gebieden</em>}</li>
 *   <li>{@link nl.veerkracht.model.Analyse#getDataSources <em>Data Sources</em>}</li>
 *   <li>{@link nl.veerkracht.model.Analyse#getKaarten <em>Kaarten</em>}</li>
 *   <li>{@link nl.veerkracht.model.Analyse#getIndicatorValues <em>Indicator Values</em>}</li>
 *   <li>{@link nl.veerkracht.model.Analyse#getWijkschetsen <em>Wijkschetsen</em>}</li>
 *   <li>{@link nl.veerkracht.model.Analyse#getPrestatieafspraken <em>Prestatieafspraken</em>}</li>
 *   <li>{@link nl.veerkracht.model.Analyse#getScenarios <em>Scenarios</em>}</li>
 *   <li>{@link nl.veerkracht.model.Analyse#getSignaleringskaart <em>Signaleringskaart</em>}</li>
 * </ul>
 *
 * @see nl.veerkracht.model.VeerkrachtPackage#getAnalyse()
 * @model
 * @generated
 */
public interface Analyse extends EObject
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The title of the analysis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getAnalyse_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Analyse#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Model Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The version of the model the file was written with; a file from a newer version is refused at load, an older one can be migrated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model Version</em>' attribute.
	 * @see #setModelVersion(int)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getAnalyse_ModelVersion()
	 * @model default="1"
	 * @generated
	 */
	int getModelVersion();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Analyse#getModelVersion <em>Model Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Version</em>' attribute.
	 * @see #getModelVersion()
	 * @generated
	 */
	void setModelVersion(int value);

	/**
	 * Returns the value of the '<em><b>Reference Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year the analysis looks at (the year of the CBS data it uses by default); unset when not chosen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference Year</em>' attribute.
	 * @see #setReferenceYear(Integer)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getAnalyse_ReferenceYear()
	 * @model
	 * @generated
	 */
	Integer getReferenceYear();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Analyse#getReferenceYear <em>Reference Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference Year</em>' attribute.
	 * @see #getReferenceYear()
	 * @generated
	 */
	void setReferenceYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Gemeenten</b></em>' containment reference list.
	 * The list contents are of type {@link nl.veerkracht.model.Gemeente}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The gemeenten in scope, each with its wijken and buurten.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gemeenten</em>' containment reference list.
	 * @see nl.veerkracht.model.VeerkrachtPackage#getAnalyse_Gemeenten()
	 * @model containment="true"
	 * @generated
	 */
	EList<Gemeente> getGemeenten();

	/**
	 * Returns the value of the '<em><b>Gebieden</b></em>' containment reference list.
	 * The list contents are of type {@link nl.veerkracht.model.Gebied}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Areas that do not follow CBS boundaries, each a chosen set of buurten or wijken.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gebieden</em>' containment reference list.
	 * @see nl.veerkracht.model.VeerkrachtPackage#getAnalyse_Gebieden()
	 * @model containment="true"
	 * @generated
	 */
	EList<Gebied> getGebieden();

	/**
	 * Returns the value of the '<em><b>Data Sources</b></em>' containment reference list.
	 * The list contents are of type {@link nl.veerkracht.model.DataSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The data sources the analysis uses, by URI relative to the analysis file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Sources</em>' containment reference list.
	 * @see nl.veerkracht.model.VeerkrachtPackage#getAnalyse_DataSources()
	 * @model containment="true"
	 * @generated
	 */
	EList<DataSource> getDataSources();

	/**
	 * Returns the value of the '<em><b>Kaarten</b></em>' containment reference list.
	 * The list contents are of type {@link nl.veerkracht.model.KaartInstelling}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The maps of the analysis: their extent, scale and layers (by URI), e.g. the signaleringskaart.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kaarten</em>' containment reference list.
	 * @see nl.veerkracht.model.VeerkrachtPackage#getAnalyse_Kaarten()
	 * @model containment="true"
	 * @generated
	 */
	EList<KaartInstelling> getKaarten();

	/**
	 * Returns the value of the '<em><b>Indicator Values</b></em>' containment reference list.
	 * The list contents are of type {@link nl.veerkracht.model.IndicatorValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The indicator values per region, variable and year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicator Values</em>' containment reference list.
	 * @see nl.veerkracht.model.VeerkrachtPackage#getAnalyse_IndicatorValues()
	 * @model containment="true"
	 * @generated
	 */
	EList<IndicatorValue> getIndicatorValues();

	/**
	 * Returns the value of the '<em><b>Wijkschetsen</b></em>' containment reference list.
	 * The list contents are of type {@link nl.veerkracht.model.Wijkschets}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The wijkschetsen made in workshops.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wijkschetsen</em>' containment reference list.
	 * @see nl.veerkracht.model.VeerkrachtPackage#getAnalyse_Wijkschetsen()
	 * @model containment="true"
	 * @generated
	 */
	EList<Wijkschets> getWijkschetsen();

	/**
	 * Returns the value of the '<em><b>Prestatieafspraken</b></em>' containment reference list.
	 * The list contents are of type {@link nl.veerkracht.model.Prestatieafspraak}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The performance agreements between gemeente, corporations and tenant organisations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Prestatieafspraken</em>' containment reference list.
	 * @see nl.veerkracht.model.VeerkrachtPackage#getAnalyse_Prestatieafspraken()
	 * @model containment="true"
	 * @generated
	 */
	EList<Prestatieafspraak> getPrestatieafspraken();

	/**
	 * Returns the value of the '<em><b>Scenarios</b></em>' containment reference list.
	 * The list contents are of type {@link nl.veerkracht.model.Scenario}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Named sets of perspective mixes per area for the city-wide simulation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scenarios</em>' containment reference list.
	 * @see nl.veerkracht.model.VeerkrachtPackage#getAnalyse_Scenarios()
	 * @model containment="true"
	 * @generated
	 */
	EList<Scenario> getScenarios();

	/**
	 * Returns the value of the '<em><b>Signaleringskaart</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the signal map of the analysis is made: the CBS files and boundaries it is computed from, the gemeente, year, reference and normalisation, and the analyst's indicator weights; unset while the analysis has no signal map.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signaleringskaart</em>' containment reference.
	 * @see #setSignaleringskaart(Signaleringskaart)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getAnalyse_Signaleringskaart()
	 * @model containment="true"
	 * @generated
	 */
	Signaleringskaart getSignaleringskaart();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Analyse#getSignaleringskaart <em>Signaleringskaart</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signaleringskaart</em>' containment reference.
	 * @see #getSignaleringskaart()
	 * @generated
	 */
	void setSignaleringskaart(Signaleringskaart value);

} // Analyse
