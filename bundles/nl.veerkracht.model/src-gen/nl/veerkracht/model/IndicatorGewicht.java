/**
 */
package nl.veerkracht.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator Gewicht</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The weight the analyst gives one indicator in the kwetsbaarheid score.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.IndicatorGewicht#getIndicatorId <em>Indicator Id</em>}</li>
 *   <li>{@link nl.veerkracht.model.IndicatorGewicht#getGewicht <em>Gewicht</em>}</li>
 *   <li>{@link nl.veerkracht.model.IndicatorGewicht#getOmschrijving <em>Omschrijving</em>}</li>
 * </ul>
 *
 * @see nl.veerkracht.model.VeerkrachtPackage#getIndicatorGewicht()
 * @model
 * @generated
 */
public interface IndicatorGewicht extends EObject
{
	/**
	 * Returns the value of the '<em><b>Indicator Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the indicator, as contributed to the extension point nl.veerkracht.scoring.indicators (e.g. laag_inkomen).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicator Id</em>' attribute.
	 * @see #setIndicatorId(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getIndicatorGewicht_IndicatorId()
	 * @model
	 * @generated
	 */
	String getIndicatorId();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.IndicatorGewicht#getIndicatorId <em>Indicator Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indicator Id</em>' attribute.
	 * @see #getIndicatorId()
	 * @generated
	 */
	void setIndicatorId(String value);

	/**
	 * Returns the value of the '<em><b>Gewicht</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The weight: finite and not negative; 0 leaves the indicator out. Weights need not sum to one: the score re-normalises them over the indicators a buurt has values for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gewicht</em>' attribute.
	 * @see #setGewicht(double)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getIndicatorGewicht_Gewicht()
	 * @model default="1.0"
	 * @generated
	 */
	double getGewicht();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.IndicatorGewicht#getGewicht <em>Gewicht</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gewicht</em>' attribute.
	 * @see #getGewicht()
	 * @generated
	 */
	void setGewicht(double value);

	/**
	 * Returns the value of the '<em><b>Omschrijving</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A short description for lists and trees, e.g. laag_inkomen: 1,5; derived, never stored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Omschrijving</em>' attribute.
	 * @see nl.veerkracht.model.VeerkrachtPackage#getIndicatorGewicht_Omschrijving()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	String getOmschrijving();

} // IndicatorGewicht
