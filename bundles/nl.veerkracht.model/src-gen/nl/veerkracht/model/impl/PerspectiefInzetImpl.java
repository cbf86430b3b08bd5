/**
 */
package nl.veerkracht.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import nl.veerkracht.model.BuurtVerfijning;
import nl.veerkracht.model.Domein;
import nl.veerkracht.model.Handelingsperspectief;
import nl.veerkracht.model.Maatregel;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.Strategie;
import nl.veerkracht.model.VeerkrachtPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Perspectief Inzet</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.impl.PerspectiefInzetImpl#getPerspective <em>Perspective</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.PerspectiefInzetImpl#getIntensity <em>Intensity</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.PerspectiefInzetImpl#getRationale <em>Rationale</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.PerspectiefInzetImpl#getMaatregelen <em>Maatregelen</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.PerspectiefInzetImpl#getBuurtVerfijningen <em>Buurt Verfijningen</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PerspectiefInzetImpl extends EObjectImpl implements PerspectiefInzet
{
	/**
	 * The default value of the '{@link #getPerspective() <em>Perspective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerspective()
	 * @generated
	 * @ordered
	 */
	protected static final Handelingsperspectief PERSPECTIVE_EDEFAULT = Handelingsperspectief.SOCIALE_AANPAK;

	/**
	 * The cached value of the '{@link #getPerspective() <em>Perspective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerspective()
	 * @generated
	 * @ordered
	 */
	protected Handelingsperspectief perspective = PERSPECTIVE_EDEFAULT;

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
	 * The default value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected String rationale = RATIONALE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMaatregelen() <em>Maatregelen</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaatregelen()
	 * @generated
	 * @ordered
	 */
	protected EList<Maatregel> maatregelen;

	/**
	 * The cached value of the '{@link #getBuurtVerfijningen() <em>Buurt Verfijningen</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuurtVerfijningen()
	 * @generated
	 * @ordered
	 */
	protected EList<BuurtVerfijning> buurtVerfijningen;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PerspectiefInzetImpl()
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
		return VeerkrachtPackage.Literals.PERSPECTIEF_INZET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Handelingsperspectief getPerspective()
	{
		return perspective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerspective(Handelingsperspectief newPerspective)
	{
		Handelingsperspectief oldPerspective = perspective;
		perspective = newPerspective == null ? PERSPECTIVE_EDEFAULT : newPerspective;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.PERSPECTIEF_INZET__PERSPECTIVE, oldPerspective, perspective));
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
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.PERSPECTIEF_INZET__INTENSITY, oldIntensity, intensity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRationale()
	{
		return rationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRationale(String newRationale)
	{
		String oldRationale = rationale;
		rationale = newRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.PERSPECTIEF_INZET__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Maatregel> getMaatregelen()
	{
		if (maatregelen == null)
		{
			maatregelen = new EObjectContainmentEList<Maatregel>(Maatregel.class, this, VeerkrachtPackage.PERSPECTIEF_INZET__MAATREGELEN);
		}
		return maatregelen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BuurtVerfijning> getBuurtVerfijningen()
	{
		if (buurtVerfijningen == null)
		{
			buurtVerfijningen = new EObjectContainmentEList<BuurtVerfijning>(BuurtVerfijning.class, this, VeerkrachtPackage.PERSPECTIEF_INZET__BUURT_VERFIJNINGEN);
		}
		return buurtVerfijningen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Domein getDomein()
	{
		return nl.veerkracht.model.method.Perspectieven.domein(getPerspective());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Strategie getStrategie()
	{
		return nl.veerkracht.model.method.Perspectieven.strategie(getPerspective());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIntensityWord()
	{
		return nl.veerkracht.model.method.Intensiteit.woord(getIntensity());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs)
	{
		switch (featureID)
		{
			case VeerkrachtPackage.PERSPECTIEF_INZET__MAATREGELEN:
				return ((InternalEList<?>)getMaatregelen()).basicRemove(otherEnd, msgs);
			case VeerkrachtPackage.PERSPECTIEF_INZET__BUURT_VERFIJNINGEN:
				return ((InternalEList<?>)getBuurtVerfijningen()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
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
			case VeerkrachtPackage.PERSPECTIEF_INZET__PERSPECTIVE:
				return getPerspective();
			case VeerkrachtPackage.PERSPECTIEF_INZET__INTENSITY:
				return getIntensity();
			case VeerkrachtPackage.PERSPECTIEF_INZET__RATIONALE:
				return getRationale();
			case VeerkrachtPackage.PERSPECTIEF_INZET__MAATREGELEN:
				return getMaatregelen();
			case VeerkrachtPackage.PERSPECTIEF_INZET__BUURT_VERFIJNINGEN:
				return getBuurtVerfijningen();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue)
	{
		switch (featureID)
		{
			case VeerkrachtPackage.PERSPECTIEF_INZET__PERSPECTIVE:
				setPerspective((Handelingsperspectief)newValue);
				return;
			case VeerkrachtPackage.PERSPECTIEF_INZET__INTENSITY:
				setIntensity((Integer)newValue);
				return;
			case VeerkrachtPackage.PERSPECTIEF_INZET__RATIONALE:
				setRationale((String)newValue);
				return;
			case VeerkrachtPackage.PERSPECTIEF_INZET__MAATREGELEN:
				getMaatregelen().clear();
				getMaatregelen().addAll((Collection<? extends Maatregel>)newValue);
				return;
			case VeerkrachtPackage.PERSPECTIEF_INZET__BUURT_VERFIJNINGEN:
				getBuurtVerfijningen().clear();
				getBuurtVerfijningen().addAll((Collection<? extends BuurtVerfijning>)newValue);
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
			case VeerkrachtPackage.PERSPECTIEF_INZET__PERSPECTIVE:
				setPerspective(PERSPECTIVE_EDEFAULT);
				return;
			case VeerkrachtPackage.PERSPECTIEF_INZET__INTENSITY:
				setIntensity(INTENSITY_EDEFAULT);
				return;
			case VeerkrachtPackage.PERSPECTIEF_INZET__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
				return;
			case VeerkrachtPackage.PERSPECTIEF_INZET__MAATREGELEN:
				getMaatregelen().clear();
				return;
			case VeerkrachtPackage.PERSPECTIEF_INZET__BUURT_VERFIJNINGEN:
				getBuurtVerfijningen().clear();
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
			case VeerkrachtPackage.PERSPECTIEF_INZET__PERSPECTIVE:
				return perspective != PERSPECTIVE_EDEFAULT;
			case VeerkrachtPackage.PERSPECTIEF_INZET__INTENSITY:
				return intensity != INTENSITY_EDEFAULT;
			case VeerkrachtPackage.PERSPECTIEF_INZET__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
			case VeerkrachtPackage.PERSPECTIEF_INZET__MAATREGELEN:
				return maatregelen != null && !maatregelen.isEmpty();
			case VeerkrachtPackage.PERSPECTIEF_INZET__BUURT_VERFIJNINGEN:
				return buurtVerfijningen != null && !buurtVerfijningen.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException
	{
		switch (operationID)
		{
			case VeerkrachtPackage.PERSPECTIEF_INZET___GET_DOMEIN:
				return getDomein();
			case VeerkrachtPackage.PERSPECTIEF_INZET___GET_STRATEGIE:
				return getStrategie();
			case VeerkrachtPackage.PERSPECTIEF_INZET___GET_INTENSITY_WORD:
				return getIntensityWord();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (perspective: ");
		result.append(perspective);
		result.append(", intensity: ");
		result.append(intensity);
		result.append(", rationale: ");
		result.append(rationale);
		result.append(')');
		return result.toString();
	}

} //PerspectiefInzetImpl
