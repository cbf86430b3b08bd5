/**
 */
package nl.veerkracht.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gebied</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An area chosen by the analysts that does not follow CBS boundaries: a set of buurten or wijken.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.Gebied#getOnderdelen <em>Onderdelen</em>}</li>
 * </ul>
 *
 * @see nl.veerkracht.model.VeerkrachtPackage#getGebied()
 * @model
 * @generated
 */
public interface Gebied extends Regio
{
	/**
	 * Returns the value of the '<em><b>Onderdelen</b></em>' reference list.
	 * The list contents are of type {@link nl.veerkracht.model.CbsRegio}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The buurten or wijken that make up this area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Onderdelen</em>' reference list.
	 * @see nl.veerkracht.model.VeerkrachtPackage#getGebied_Onderdelen()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<CbsRegio> getOnderdelen();

} // Gebied
