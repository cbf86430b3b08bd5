/**
 */
package nl.veerkracht.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sleutelproject</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A key project or running programme in the area.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.Sleutelproject#getName <em>Name</em>}</li>
 *   <li>{@link nl.veerkracht.model.Sleutelproject#getOwner <em>Owner</em>}</li>
 *   <li>{@link nl.veerkracht.model.Sleutelproject#getStatus <em>Status</em>}</li>
 *   <li>{@link nl.veerkracht.model.Sleutelproject#getStartYear <em>Start Year</em>}</li>
 *   <li>{@link nl.veerkracht.model.Sleutelproject#getEndYear <em>End Year</em>}</li>
 * </ul>
 *
 * @see nl.veerkracht.model.VeerkrachtPackage#getSleutelproject()
 * @model
 * @generated
 */
public interface Sleutelproject extends EObject
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the project.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getSleutelproject_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Sleutelproject#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who runs the project.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getSleutelproject_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Sleutelproject#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.veerkracht.model.ProjectStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How far the project is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see nl.veerkracht.model.ProjectStatus
	 * @see #setStatus(ProjectStatus)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getSleutelproject_Status()
	 * @model
	 * @generated
	 */
	ProjectStatus getStatus();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Sleutelproject#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see nl.veerkracht.model.ProjectStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ProjectStatus value);

	/**
	 * Returns the value of the '<em><b>Start Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year the project starts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Year</em>' attribute.
	 * @see #setStartYear(Integer)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getSleutelproject_StartYear()
	 * @model
	 * @generated
	 */
	Integer getStartYear();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Sleutelproject#getStartYear <em>Start Year</em>}' attribute.
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
	 * The year the project ends.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Year</em>' attribute.
	 * @see #setEndYear(Integer)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getSleutelproject_EndYear()
	 * @model
	 * @generated
	 */
	Integer getEndYear();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Sleutelproject#getEndYear <em>End Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Year</em>' attribute.
	 * @see #getEndYear()
	 * @generated
	 */
	void setEndYear(Integer value);

} // Sleutelproject
