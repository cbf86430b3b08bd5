/**
 */
package nl.veerkracht.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Buurt</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A neighbourhood (CBS level BU).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.Buurt#getWijk <em>Wijk</em>}</li>
 * </ul>
 *
 * @see nl.veerkracht.model.VeerkrachtPackage#getBuurt()
 * @model
 * @generated
 */
public interface Buurt extends CbsRegio
{
	/**
	 * Returns the value of the '<em><b>Wijk</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link nl.veerkracht.model.Wijk#getBuurten <em>Buurten</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The wijk this buurt belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Wijk</em>' container reference.
	 * @see #setWijk(Wijk)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getBuurt_Wijk()
	 * @see nl.veerkracht.model.Wijk#getBuurten
	 * @model opposite="buurten" resolveProxies="false" transient="false"
	 * @generated
	 */
	Wijk getWijk();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Buurt#getWijk <em>Wijk</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Wijk</em>' container reference.
	 * @see #getWijk()
	 * @generated
	 */
	void setWijk(Wijk value);

} // Buurt
