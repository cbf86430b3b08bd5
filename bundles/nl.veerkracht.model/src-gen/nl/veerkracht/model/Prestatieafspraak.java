/**
 */
package nl.veerkracht.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Prestatieafspraak</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A performance agreement: who does what, by when, measured how.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.Prestatieafspraak#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.veerkracht.model.Prestatieafspraak#getParties <em>Parties</em>}</li>
 *   <li>{@link nl.veerkracht.model.Prestatieafspraak#getAgreement <em>Agreement</em>}</li>
 *   <li>{@link nl.veerkracht.model.Prestatieafspraak#getGebied <em>Gebied</em>}</li>
 *   <li>{@link nl.veerkracht.model.Prestatieafspraak#getIndicatorVariableId <em>Indicator Variable Id</em>}</li>
 *   <li>{@link nl.veerkracht.model.Prestatieafspraak#getBaselineValue <em>Baseline Value</em>}</li>
 *   <li>{@link nl.veerkracht.model.Prestatieafspraak#getBaselineYear <em>Baseline Year</em>}</li>
 *   <li>{@link nl.veerkracht.model.Prestatieafspraak#getTargetValue <em>Target Value</em>}</li>
 *   <li>{@link nl.veerkracht.model.Prestatieafspraak#getTargetYear <em>Target Year</em>}</li>
 *   <li>{@link nl.veerkracht.model.Prestatieafspraak#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see nl.veerkracht.model.VeerkrachtPackage#getPrestatieafspraak()
 * @model
 * @generated
 */
public interface Prestatieafspraak extends EObject
{
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A short name for the agreement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getPrestatieafspraak_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Prestatieafspraak#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Parties</b></em>' containment reference list.
	 * The list contents are of type {@link nl.veerkracht.model.Partij}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The parties to the agreement: at least two.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parties</em>' containment reference list.
	 * @see nl.veerkracht.model.VeerkrachtPackage#getPrestatieafspraak_Parties()
	 * @model containment="true"
	 * @generated
	 */
	EList<Partij> getParties();

	/**
	 * Returns the value of the '<em><b>Agreement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is agreed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agreement</em>' attribute.
	 * @see #setAgreement(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getPrestatieafspraak_Agreement()
	 * @model
	 * @generated
	 */
	String getAgreement();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Prestatieafspraak#getAgreement <em>Agreement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agreement</em>' attribute.
	 * @see #getAgreement()
	 * @generated
	 */
	void setAgreement(String value);

	/**
	 * Returns the value of the '<em><b>Gebied</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The area the agreement is about, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gebied</em>' reference.
	 * @see #setGebied(Regio)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getPrestatieafspraak_Gebied()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Regio getGebied();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Prestatieafspraak#getGebied <em>Gebied</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gebied</em>' reference.
	 * @see #getGebied()
	 * @generated
	 */
	void setGebied(Regio value);

	/**
	 * Returns the value of the '<em><b>Indicator Variable Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The variable the agreement is measured by.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicator Variable Id</em>' attribute.
	 * @see #setIndicatorVariableId(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getPrestatieafspraak_IndicatorVariableId()
	 * @model
	 * @generated
	 */
	String getIndicatorVariableId();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Prestatieafspraak#getIndicatorVariableId <em>Indicator Variable Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Indicator Variable Id</em>' attribute.
	 * @see #getIndicatorVariableId()
	 * @generated
	 */
	void setIndicatorVariableId(String value);

	/**
	 * Returns the value of the '<em><b>Baseline Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value of the indicator at the baseline.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline Value</em>' attribute.
	 * @see #setBaselineValue(Double)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getPrestatieafspraak_BaselineValue()
	 * @model
	 * @generated
	 */
	Double getBaselineValue();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Prestatieafspraak#getBaselineValue <em>Baseline Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline Value</em>' attribute.
	 * @see #getBaselineValue()
	 * @generated
	 */
	void setBaselineValue(Double value);

	/**
	 * Returns the value of the '<em><b>Baseline Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year of the baseline value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline Year</em>' attribute.
	 * @see #setBaselineYear(Integer)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getPrestatieafspraak_BaselineYear()
	 * @model
	 * @generated
	 */
	Integer getBaselineYear();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Prestatieafspraak#getBaselineYear <em>Baseline Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline Year</em>' attribute.
	 * @see #getBaselineYear()
	 * @generated
	 */
	void setBaselineYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Target Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value to reach.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Value</em>' attribute.
	 * @see #setTargetValue(Double)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getPrestatieafspraak_TargetValue()
	 * @model
	 * @generated
	 */
	Double getTargetValue();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Prestatieafspraak#getTargetValue <em>Target Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Value</em>' attribute.
	 * @see #getTargetValue()
	 * @generated
	 */
	void setTargetValue(Double value);

	/**
	 * Returns the value of the '<em><b>Target Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year by which the target is to be reached.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Year</em>' attribute.
	 * @see #setTargetYear(Integer)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getPrestatieafspraak_TargetYear()
	 * @model
	 * @generated
	 */
	Integer getTargetYear();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Prestatieafspraak#getTargetYear <em>Target Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Year</em>' attribute.
	 * @see #getTargetYear()
	 * @generated
	 */
	void setTargetYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.veerkracht.model.AfspraakStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The status of the agreement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see nl.veerkracht.model.AfspraakStatus
	 * @see #setStatus(AfspraakStatus)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getPrestatieafspraak_Status()
	 * @model
	 * @generated
	 */
	AfspraakStatus getStatus();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Prestatieafspraak#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see nl.veerkracht.model.AfspraakStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AfspraakStatus value);

} // Prestatieafspraak
