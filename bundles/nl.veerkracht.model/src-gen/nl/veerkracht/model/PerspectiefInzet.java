/**
 */
package nl.veerkracht.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Perspectief Inzet</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How strongly one handelingsperspectief is used, why, and with which measures.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.PerspectiefInzet#getPerspective <em>Perspective</em>}</li>
 *   <li>{@link nl.veerkracht.model.PerspectiefInzet#getIntensity <em>Intensity</em>}</li>
 *   <li>{@link nl.veerkracht.model.PerspectiefInzet#getRationale <em>Rationale</em>}</li>
 *   <li>{@link nl.veerkracht.model.PerspectiefInzet#getMaatregelen <em>Maatregelen</em>}</li>
 *   <li>{@link nl.veerkracht.model.PerspectiefInzet#getBuurtVerfijningen <em>Buurt Verfijningen</em>}</li>
 * </ul>
 *
 * @see nl.veerkracht.model.VeerkrachtPackage#getPerspectiefInzet()
 * @model
 * @generated
 */
public interface PerspectiefInzet extends EObject
{
	/**
	 * Returns the value of the '<em><b>Perspective</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.veerkracht.model.Handelingsperspectief}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The perspective.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Perspective</em>' attribute.
	 * @see nl.veerkracht.model.Handelingsperspectief
	 * @see #setPerspective(Handelingsperspectief)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getPerspectiefInzet_Perspective()
	 * @model
	 * @generated
	 */
	Handelingsperspectief getPerspective();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.PerspectiefInzet#getPerspective <em>Perspective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Perspective</em>' attribute.
	 * @see nl.veerkracht.model.Handelingsperspectief
	 * @see #getPerspective()
	 * @generated
	 */
	void setPerspective(Handelingsperspectief value);

	/**
	 * Returns the value of the '<em><b>Intensity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The intensity: 0 (geen) to 4 (vol op het orgel).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Intensity</em>' attribute.
	 * @see #setIntensity(int)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getPerspectiefInzet_Intensity()
	 * @model
	 * @generated
	 */
	int getIntensity();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.PerspectiefInzet#getIntensity <em>Intensity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Intensity</em>' attribute.
	 * @see #getIntensity()
	 * @generated
	 */
	void setIntensity(int value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why this intensity was chosen.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getPerspectiefInzet_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.PerspectiefInzet#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Maatregelen</b></em>' containment reference list.
	 * The list contents are of type {@link nl.veerkracht.model.Maatregel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The concrete measures.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Maatregelen</em>' containment reference list.
	 * @see nl.veerkracht.model.VeerkrachtPackage#getPerspectiefInzet_Maatregelen()
	 * @model containment="true"
	 * @generated
	 */
	EList<Maatregel> getMaatregelen();

	/**
	 * Returns the value of the '<em><b>Buurt Verfijningen</b></em>' containment reference list.
	 * The list contents are of type {@link nl.veerkracht.model.BuurtVerfijning}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Refinements per buurt where the workshop made them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Buurt Verfijningen</em>' containment reference list.
	 * @see nl.veerkracht.model.VeerkrachtPackage#getPerspectiefInzet_BuurtVerfijningen()
	 * @model containment="true"
	 * @generated
	 */
	EList<BuurtVerfijning> getBuurtVerfijningen();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The axis mens/fysiek of the perspective.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	Domein getDomein();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The axis omgaan met/tegengaan van of the perspective.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	Strategie getStrategie();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The workshop's word for the intensity, e.g. vol op het orgel.
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	String getIntensityWord();

} // PerspectiefInzet
