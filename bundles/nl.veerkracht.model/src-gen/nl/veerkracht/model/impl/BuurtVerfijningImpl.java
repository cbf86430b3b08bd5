/**
 */
package nl.veerkracht.model.impl;

import nl.veerkracht.model.Buurt;
import nl.veerkracht.model.BuurtVerfijning;
import nl.veerkracht.model.VeerkrachtPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Buurt Verfijning</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.impl.BuurtVerfijningImpl#getBuurt <em>Buurt</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.BuurtVerfijningImpl#getIntensity <em>Intensity</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.BuurtVerfijningImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BuurtVerfijningImpl extends EObjectImpl implements BuurtVerfijning
{
	/**
	 * The cached value of the '{@link #getBuurt() <em>Buurt</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuurt()
	 * @generated
	 * @ordered
	 */
	protected Buurt buurt;

	/**
	 * The default value of the '{@link #getIntensity() <em>Intensity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntensity()
	 * @generated
	 * @ordered
	 */
	protected static final int INTENSITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIntensity() <em>Intensity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntensity()
	 * @generated
	 * @ordered
	 */
	protected int intensity = INTENSITY_EDEFAULT;

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
	protected BuurtVerfijningImpl()
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
		return VeerkrachtPackage.Literals.BUURT_VERFIJNING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Buurt getBuurt()
	{
		return buurt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBuurt(Buurt newBuurt)
	{
		Buurt oldBuurt = buurt;
		buurt = newBuurt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.BUURT_VERFIJNING__BUURT, oldBuurt, buurt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIntensity()
	{
		return intensity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntensity(int newIntensity)
	{
		int oldIntensity = intensity;
		intensity = newIntensity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.BUURT_VERFIJNING__INTENSITY, oldIntensity, intensity));
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
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.BUURT_VERFIJNING__NOTE, oldNote, note));
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
			case VeerkrachtPackage.BUURT_VERFIJNING__BUURT:
				return getBuurt();
			case VeerkrachtPackage.BUURT_VERFIJNING__INTENSITY:
				return getIntensity();
			case VeerkrachtPackage.BUURT_VERFIJNING__NOTE:
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
			case VeerkrachtPackage.BUURT_VERFIJNING__BUURT:
				setBuurt((Buurt)newValue);
				return;
			case VeerkrachtPackage.BUURT_VERFIJNING__INTENSITY:
				setIntensity((Integer)newValue);
				return;
			case VeerkrachtPackage.BUURT_VERFIJNING__NOTE:
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
			case VeerkrachtPackage.BUURT_VERFIJNING__BUURT:
				setBuurt((Buurt)null);
				return;
			case VeerkrachtPackage.BUURT_VERFIJNING__INTENSITY:
				setIntensity(INTENSITY_EDEFAULT);
				return;
			case VeerkrachtPackage.BUURT_VERFIJNING__NOTE:
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
			case VeerkrachtPackage.BUURT_VERFIJNING__BUURT:
				return buurt != null;
			case VeerkrachtPackage.BUURT_VERFIJNING__INTENSITY:
				return intensity != INTENSITY_EDEFAULT;
			case VeerkrachtPackage.BUURT_VERFIJNING__NOTE:
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
		result.append(" (intensity: ");
		result.append(intensity);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //BuurtVerfijningImpl
