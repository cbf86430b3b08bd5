/**
 */
package nl.veerkracht.model.impl;

import nl.veerkracht.model.Beoordeling;
import nl.veerkracht.model.StatusAspect;
import nl.veerkracht.model.StatusBeoordeling;
import nl.veerkracht.model.VeerkrachtPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Status Beoordeling</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.impl.StatusBeoordelingImpl#getAspect <em>Aspect</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.StatusBeoordelingImpl#getRating <em>Rating</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.StatusBeoordelingImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StatusBeoordelingImpl extends EObjectImpl implements StatusBeoordeling
{
	/**
	 * The default value of the '{@link #getAspect() <em>Aspect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAspect()
	 * @generated
	 * @ordered
	 */
	protected static final StatusAspect ASPECT_EDEFAULT = StatusAspect.FYSIEKE_KWALITEIT;

	/**
	 * The cached value of the '{@link #getAspect() <em>Aspect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAspect()
	 * @generated
	 * @ordered
	 */
	protected StatusAspect aspect = ASPECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRating() <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRating()
	 * @generated
	 * @ordered
	 */
	protected static final Beoordeling RATING_EDEFAULT = Beoordeling.ZEER_ZWAK;

	/**
	 * The cached value of the '{@link #getRating() <em>Rating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRating()
	 * @generated
	 * @ordered
	 */
	protected Beoordeling rating = RATING_EDEFAULT;

	/**
	 * This is true if the Rating attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean ratingESet;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StatusBeoordelingImpl()
	{
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass()
	{
		return VeerkrachtPackage.Literals.STATUS_BEOORDELING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StatusAspect getAspect()
	{
		return aspect;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAspect(StatusAspect newAspect)
	{
		StatusAspect oldAspect = aspect;
		aspect = newAspect == null ? ASPECT_EDEFAULT : newAspect;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.STATUS_BEOORDELING__ASPECT, oldAspect, aspect));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Beoordeling getRating()
	{
		return rating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRating(Beoordeling newRating)
	{
		Beoordeling oldRating = rating;
		rating = newRating == null ? RATING_EDEFAULT : newRating;
		boolean oldRatingESet = ratingESet;
		ratingESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.STATUS_BEOORDELING__RATING, oldRating, rating, !oldRatingESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRating()
	{
		Beoordeling oldRating = rating;
		boolean oldRatingESet = ratingESet;
		rating = RATING_EDEFAULT;
		ratingESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, VeerkrachtPackage.STATUS_BEOORDELING__RATING, oldRating, RATING_EDEFAULT, oldRatingESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRating()
	{
		return ratingESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote()
	{
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote)
	{
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.STATUS_BEOORDELING__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType)
	{
		switch (featureID)
		{
			case VeerkrachtPackage.STATUS_BEOORDELING__ASPECT:
				return getAspect();
			case VeerkrachtPackage.STATUS_BEOORDELING__RATING:
				return getRating();
			case VeerkrachtPackage.STATUS_BEOORDELING__NOTE:
				return getNote();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case VeerkrachtPackage.STATUS_BEOORDELING__ASPECT:
				setAspect((StatusAspect)newValue);
				return;
			case VeerkrachtPackage.STATUS_BEOORDELING__RATING:
				setRating((Beoordeling)newValue);
				return;
			case VeerkrachtPackage.STATUS_BEOORDELING__NOTE:
				setNote((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID)
	{
		switch (featureID)
		{
			case VeerkrachtPackage.STATUS_BEOORDELING__ASPECT:
				setAspect(ASPECT_EDEFAULT);
				return;
			case VeerkrachtPackage.STATUS_BEOORDELING__RATING:
				unsetRating();
				return;
			case VeerkrachtPackage.STATUS_BEOORDELING__NOTE:
				setNote(NOTE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID)
	{
		switch (featureID)
		{
			case VeerkrachtPackage.STATUS_BEOORDELING__ASPECT:
				return aspect != ASPECT_EDEFAULT;
			case VeerkrachtPackage.STATUS_BEOORDELING__RATING:
				return isSetRating();
			case VeerkrachtPackage.STATUS_BEOORDELING__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (aspect: ");
		result.append(aspect);
		result.append(", rating: ");
		if (ratingESet) result.append(rating); else result.append("<unset>");
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //StatusBeoordelingImpl
