/**
 */
package nl.veerkracht.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Maatregel</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A concrete measure within a perspective.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.Maatregel#getDescription <em>Description</em>}</li>
 *   <li>{@link nl.veerkracht.model.Maatregel#getOwner <em>Owner</em>}</li>
 *   <li>{@link nl.veerkracht.model.Maatregel#getCostClass <em>Cost Class</em>}</li>
 *   <li>{@link nl.veerkracht.model.Maatregel#getStartYear <em>Start Year</em>}</li>
 *   <li>{@link nl.veerkracht.model.Maatregel#getEndYear <em>End Year</em>}</li>
 * </ul>
 *
 * @see nl.veerkracht.model.VeerkrachtPackage#getMaatregel()
 * @model
 * @generated
 */
public interface Maatregel extends EObject
{
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is done.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getMaatregel_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Maatregel#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who does it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getMaatregel_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Maatregel#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Cost Class</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.veerkracht.model.Kostenklasse}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How expensive it is, roughly.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost Class</em>' attribute.
	 * @see nl.veerkracht.model.Kostenklasse
	 * @see #setCostClass(Kostenklasse)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getMaatregel_CostClass()
	 * @model
	 * @generated
	 */
	Kostenklasse getCostClass();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Maatregel#getCostClass <em>Cost Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost Class</em>' attribute.
	 * @see nl.veerkracht.model.Kostenklasse
	 * @see #getCostClass()
	 * @generated
	 */
	void setCostClass(Kostenklasse value);

	/**
	 * Returns the value of the '<em><b>Start Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year it starts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Year</em>' attribute.
	 * @see #setStartYear(Integer)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getMaatregel_StartYear()
	 * @model
	 * @generated
	 */
	Integer getStartYear();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Maatregel#getStartYear <em>Start Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Year</em>' attribute.
	 * @see #getStartYear()
	 * @generated
	 */
	void setStartYear(Integer value);

	/**
	 * Returns the value of the '<em><b>End Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year it ends.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Year</em>' attribute.
	 * @see #setEndYear(Integer)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getMaatregel_EndYear()
	 * @model
	 * @generated
	 */
	Integer getEndYear();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Maatregel#getEndYear <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Year</em>' attribute.
	 * @see #getEndYear()
	 * @generated
	 */
	void setEndYear(Integer value);

} // Maatregel
