/**
 */
package nl.veerkracht.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Wijk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A district (CBS level WK).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.Wijk#getGemeente <em>Gemeente</em>}</li>
 *   <li>{@link nl.veerkracht.model.Wijk#getBuurten <em>Buurten</em>}</li>
 * </ul>
 *
 * @see nl.veerkracht.model.VeerkrachtPackage#getWijk()
 * @model
 * @generated
 */
public interface Wijk extends CbsRegio
{
	/**
	 * Returns the value of the '<em><b>Gemeente</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link nl.veerkracht.model.Gemeente#getWijken <em>Wijken</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The gemeente this wijk belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gemeente</em>' container reference.
	 * @see #setGemeente(Gemeente)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getWijk_Gemeente()
	 * @see nl.veerkracht.model.Gemeente#getWijken
	 * @model opposite="wijken" resolveProxies="false" transient="false"
	 * @generated
	 */
	Gemeente getGemeente();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Wijk#getGemeente <em>Gemeente</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gemeente</em>' container reference.
	 * @see #getGemeente()
	 * @generated
	 */
	void setGemeente(Gemeente value);

	/**
	 * Returns the value of the '<em><b>Buurten</b></em>' containment reference list.
	 * The list contents are of type {@link nl.veerkracht.model.Buurt}.
	 * It is bidirectional and its opposite is '{@link nl.veerkracht.model.Buurt#getWijk <em>Wijk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The buurten of this wijk.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Buurten</em>' containment reference list.
	 * @see nl.veerkracht.model.VeerkrachtPackage#getWijk_Buurten()
	 * @see nl.veerkracht.model.Buurt#getWijk
	 * @model opposite="wijk" containment="true"
	 * @generated
	 */
	EList<Buurt> getBuurten();

} // Wijk
