/**
 */
package nl.veerkracht.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gemeente</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A municipality (CBS level GM).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.Gemeente#getWijken <em>Wijken</em>}</li>
 * </ul>
 *
 * @see nl.veerkracht.model.VeerkrachtPackage#getGemeente()
 * @model
 * @generated
 */
public interface Gemeente extends CbsRegio
{
	/**
	 * Returns the value of the '<em><b>Wijken</b></em>' containment reference list.
	 * The list contents are of type {@link nl.veerkracht.model.Wijk}.
	 * It is bidirectional and its opposite is '{@link nl.veerkracht.model.Wijk#getGemeente <em>Gemeente</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The wijken of this gemeente.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wijken</em>' containment reference list.
	 * @see nl.veerkracht.model.VeerkrachtPackage#getGemeente_Wijken()
	 * @see nl.veerkracht.model.Wijk#getGemeente
	 * @model opposite="gemeente" containment="true"
	 * @generated
	 */
	EList<Wijk> getWijken();

} // Gemeente
