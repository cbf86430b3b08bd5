/**
 */
package nl.veerkracht.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Buurt Verfijning</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The intensity of a perspective for one buurt, where it differs from the wijk.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.BuurtVerfijning#getBuurt <em>Buurt</em>}</li>
 *   <li>{@link nl.veerkracht.model.BuurtVerfijning#getIntensity <em>Intensity</em>}</li>
 *   <li>{@link nl.veerkracht.model.BuurtVerfijning#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see nl.veerkracht.model.VeerkrachtPackage#getBuurtVerfijning()
 * @model
 * @generated
 */
public interface BuurtVerfijning extends EObject
{
	/**
	 * Returns the value of the '<em><b>Buurt</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The buurt.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Buurt</em>' reference.
	 * @see #setBuurt(Buurt)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getBuurtVerfijning_Buurt()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Buurt getBuurt();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.BuurtVerfijning#getBuurt <em>Buurt</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Buurt</em>' reference.
	 * @see #getBuurt()
	 * @generated
	 */
	void setBuurt(Buurt value);

	/**
	 * Returns the value of the '<em><b>Intensity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The intensity for this buurt: 0 (geen) to 4 (vol op het orgel).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Intensity</em>' attribute.
	 * @see #setIntensity(int)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getBuurtVerfijning_Intensity()
	 * @model
	 * @generated
	 */
	int getIntensity();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.BuurtVerfijning#getIntensity <em>Intensity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Intensity</em>' attribute.
	 * @see #getIntensity()
	 * @generated
	 */
	void setIntensity(int value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why this buurt differs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getBuurtVerfijning_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.BuurtVerfijning#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // BuurtVerfijning
