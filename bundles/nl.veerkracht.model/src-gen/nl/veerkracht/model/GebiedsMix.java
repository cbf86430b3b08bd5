/**
 */
package nl.veerkracht.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gebieds Mix</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The perspective mix for one area within a scenario.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.GebiedsMix#getGebied <em>Gebied</em>}</li>
 *   <li>{@link nl.veerkracht.model.GebiedsMix#getInzet <em>Inzet</em>}</li>
 * </ul>
 *
 * @see nl.veerkracht.model.VeerkrachtPackage#getGebiedsMix()
 * @model
 * @generated
 */
public interface GebiedsMix extends EObject
{
	/**
	 * Returns the value of the '<em><b>Gebied</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gebied</em>' reference.
	 * @see #setGebied(Regio)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getGebiedsMix_Gebied()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Regio getGebied();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.GebiedsMix#getGebied <em>Gebied</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gebied</em>' reference.
	 * @see #getGebied()
	 * @generated
	 */
	void setGebied(Regio value);

	/**
	 * Returns the value of the '<em><b>Inzet</b></em>' containment reference list.
	 * The list contents are of type {@link nl.veerkracht.model.PerspectiefInzet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The perspectives and their intensities.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inzet</em>' containment reference list.
	 * @see nl.veerkracht.model.VeerkrachtPackage#getGebiedsMix_Inzet()
	 * @model containment="true"
	 * @generated
	 */
	EList<PerspectiefInzet> getInzet();

} // GebiedsMix
