/**
 */
package nl.veerkracht.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Partij</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A party to a performance agreement.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.Partij#getName <em>Name</em>}</li>
 *   <li>{@link nl.veerkracht.model.Partij#getRole <em>Role</em>}</li>
 * </ul>
 *
 * @see nl.veerkracht.model.VeerkrachtPackage#getPartij()
 * @model
 * @generated
 */
public interface Partij extends EObject
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the organisation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getPartij_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Partij#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.veerkracht.model.PartijRol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of party.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see nl.veerkracht.model.PartijRol
	 * @see #setRole(PartijRol)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getPartij_Role()
	 * @model
	 * @generated
	 */
	PartijRol getRole();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Partij#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see nl.veerkracht.model.PartijRol
	 * @see #getRole()
	 * @generated
	 */
	void setRole(PartijRol value);

} // Partij
