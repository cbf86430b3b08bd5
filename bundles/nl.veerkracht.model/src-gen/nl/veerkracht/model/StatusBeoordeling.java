/**
 */
package nl.veerkracht.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Status Beoordeling</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The rating of one aspect of a wijk on a fixed five-point scale, with a note.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.StatusBeoordeling#getAspect <em>Aspect</em>}</li>
 *   <li>{@link nl.veerkracht.model.StatusBeoordeling#getRating <em>Rating</em>}</li>
 *   <li>{@link nl.veerkracht.model.StatusBeoordeling#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see nl.veerkracht.model.VeerkrachtPackage#getStatusBeoordeling()
 * @model
 * @generated
 */
public interface StatusBeoordeling extends EObject
{
	/**
	 * Returns the value of the '<em><b>Aspect</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.veerkracht.model.StatusAspect}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The aspect rated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aspect</em>' attribute.
	 * @see nl.veerkracht.model.StatusAspect
	 * @see #setAspect(StatusAspect)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getStatusBeoordeling_Aspect()
	 * @model
	 * @generated
	 */
	StatusAspect getAspect();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.StatusBeoordeling#getAspect <em>Aspect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Aspect</em>' attribute.
	 * @see nl.veerkracht.model.StatusAspect
	 * @see #getAspect()
	 * @generated
	 */
	void setAspect(StatusAspect value);

	/**
	 * Returns the value of the '<em><b>Rating</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.veerkracht.model.Beoordeling}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The rating; unset while not rated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rating</em>' attribute.
	 * @see nl.veerkracht.model.Beoordeling
	 * @see #isSetRating()
	 * @see #unsetRating()
	 * @see #setRating(Beoordeling)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getStatusBeoordeling_Rating()
	 * @model unsettable="true"
	 * @generated
	 */
	Beoordeling getRating();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.StatusBeoordeling#getRating <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rating</em>' attribute.
	 * @see nl.veerkracht.model.Beoordeling
	 * @see #isSetRating()
	 * @see #unsetRating()
	 * @see #getRating()
	 * @generated
	 */
	void setRating(Beoordeling value);

	/**
	 * Unsets the value of the '{@link nl.veerkracht.model.StatusBeoordeling#getRating <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRating()
	 * @see #getRating()
	 * @see #setRating(Beoordeling)
	 * @generated
	 */
	void unsetRating();

	/**
	 * Returns whether the value of the '{@link nl.veerkracht.model.StatusBeoordeling#getRating <em>Rating</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Rating</em>' attribute is set.
	 * @see #unsetRating()
	 * @see #getRating()
	 * @see #setRating(Beoordeling)
	 * @generated
	 */
	boolean isSetRating();

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A note explaining the rating.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getStatusBeoordeling_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.StatusBeoordeling#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // StatusBeoordeling
