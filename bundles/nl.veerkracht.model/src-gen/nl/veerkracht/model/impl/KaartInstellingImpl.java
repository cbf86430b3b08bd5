/**
 */
package nl.veerkracht.model.impl;

import java.util.Collection;

import nl.veerkracht.model.KaartInstelling;
import nl.veerkracht.model.KaartLaag;
import nl.veerkracht.model.VeerkrachtPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kaart Instelling</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.impl.KaartInstellingImpl#getName <em>Name</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.KaartInstellingImpl#getCrsCode <em>Crs Code</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.KaartInstellingImpl#getCenterX <em>Center X</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.KaartInstellingImpl#getCenterY <em>Center Y</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.KaartInstellingImpl#getScale <em>Scale</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.KaartInstellingImpl#isSignaalkaartInset <em>Signaalkaart Inset</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.KaartInstellingImpl#getLayerUris <em>Layer Uris</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.KaartInstellingImpl#getLagen <em>Lagen</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KaartInstellingImpl extends EObjectImpl implements KaartInstelling
{
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCrsCode() <em>Crs Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrsCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CRS_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCrsCode() <em>Crs Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCrsCode()
	 * @generated
	 * @ordered
	 */
	protected String crsCode = CRS_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCenterX() <em>Center X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCenterX()
	 * @generated
	 * @ordered
	 */
	protected static final Double CENTER_X_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCenterX() <em>Center X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCenterX()
	 * @generated
	 * @ordered
	 */
	protected Double centerX = CENTER_X_EDEFAULT;

	/**
	 * The default value of the '{@link #getCenterY() <em>Center Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCenterY()
	 * @generated
	 * @ordered
	 */
	protected static final Double CENTER_Y_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCenterY() <em>Center Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCenterY()
	 * @generated
	 * @ordered
	 */
	protected Double centerY = CENTER_Y_EDEFAULT;

	/**
	 * The default value of the '{@link #getScale() <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected static final Double SCALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScale() <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected Double scale = SCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #isSignaalkaartInset() <em>Signaalkaart Inset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSignaalkaartInset()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SIGNAALKAART_INSET_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSignaalkaartInset() <em>Signaalkaart Inset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSignaalkaartInset()
	 * @generated
	 * @ordered
	 */
	protected boolean signaalkaartInset = SIGNAALKAART_INSET_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLayerUris() <em>Layer Uris</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayerUris()
	 * @generated
	 * @ordered
	 */
	protected EList<String> layerUris;

	/**
	 * The cached value of the '{@link #getLagen() <em>Lagen</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLagen()
	 * @generated
	 * @ordered
	 */
	protected EList<KaartLaag> lagen;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KaartInstellingImpl()
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
		return VeerkrachtPackage.Literals.KAART_INSTELLING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName()
	{
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName)
	{
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.KAART_INSTELLING__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCrsCode()
	{
		return crsCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCrsCode(String newCrsCode)
	{
		String oldCrsCode = crsCode;
		crsCode = newCrsCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.KAART_INSTELLING__CRS_CODE, oldCrsCode, crsCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getCenterX()
	{
		return centerX;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCenterX(Double newCenterX)
	{
		Double oldCenterX = centerX;
		centerX = newCenterX;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.KAART_INSTELLING__CENTER_X, oldCenterX, centerX));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getCenterY()
	{
		return centerY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCenterY(Double newCenterY)
	{
		Double oldCenterY = centerY;
		centerY = newCenterY;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.KAART_INSTELLING__CENTER_Y, oldCenterY, centerY));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getScale()
	{
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScale(Double newScale)
	{
		Double oldScale = scale;
		scale = newScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.KAART_INSTELLING__SCALE, oldScale, scale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSignaalkaartInset()
	{
		return signaalkaartInset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignaalkaartInset(boolean newSignaalkaartInset)
	{
		boolean oldSignaalkaartInset = signaalkaartInset;
		signaalkaartInset = newSignaalkaartInset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.KAART_INSTELLING__SIGNAALKAART_INSET, oldSignaalkaartInset, signaalkaartInset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLayerUris()
	{
		if (layerUris == null)
		{
			layerUris = new EDataTypeUniqueEList<String>(String.class, this, VeerkrachtPackage.KAART_INSTELLING__LAYER_URIS);
		}
		return layerUris;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KaartLaag> getLagen()
	{
		if (lagen == null)
		{
			lagen = new EObjectContainmentEList<KaartLaag>(KaartLaag.class, this, VeerkrachtPackage.KAART_INSTELLING__LAGEN);
		}
		return lagen;
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
			case VeerkrachtPackage.KAART_INSTELLING__LAGEN:
				return ((InternalEList<?>)getLagen()).basicRemove(otherEnd, msgs);
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
			case VeerkrachtPackage.KAART_INSTELLING__NAME:
				return getName();
			case VeerkrachtPackage.KAART_INSTELLING__CRS_CODE:
				return getCrsCode();
			case VeerkrachtPackage.KAART_INSTELLING__CENTER_X:
				return getCenterX();
			case VeerkrachtPackage.KAART_INSTELLING__CENTER_Y:
				return getCenterY();
			case VeerkrachtPackage.KAART_INSTELLING__SCALE:
				return getScale();
			case VeerkrachtPackage.KAART_INSTELLING__SIGNAALKAART_INSET:
				return isSignaalkaartInset();
			case VeerkrachtPackage.KAART_INSTELLING__LAYER_URIS:
				return getLayerUris();
			case VeerkrachtPackage.KAART_INSTELLING__LAGEN:
				return getLagen();
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
			case VeerkrachtPackage.KAART_INSTELLING__NAME:
				setName((String)newValue);
				return;
			case VeerkrachtPackage.KAART_INSTELLING__CRS_CODE:
				setCrsCode((String)newValue);
				return;
			case VeerkrachtPackage.KAART_INSTELLING__CENTER_X:
				setCenterX((Double)newValue);
				return;
			case VeerkrachtPackage.KAART_INSTELLING__CENTER_Y:
				setCenterY((Double)newValue);
				return;
			case VeerkrachtPackage.KAART_INSTELLING__SCALE:
				setScale((Double)newValue);
				return;
			case VeerkrachtPackage.KAART_INSTELLING__SIGNAALKAART_INSET:
				setSignaalkaartInset((Boolean)newValue);
				return;
			case VeerkrachtPackage.KAART_INSTELLING__LAYER_URIS:
				getLayerUris().clear();
				getLayerUris().addAll((Collection<? extends String>)newValue);
				return;
			case VeerkrachtPackage.KAART_INSTELLING__LAGEN:
				getLagen().clear();
				getLagen().addAll((Collection<? extends KaartLaag>)newValue);
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
			case VeerkrachtPackage.KAART_INSTELLING__NAME:
				setName(NAME_EDEFAULT);
				return;
			case VeerkrachtPackage.KAART_INSTELLING__CRS_CODE:
				setCrsCode(CRS_CODE_EDEFAULT);
				return;
			case VeerkrachtPackage.KAART_INSTELLING__CENTER_X:
				setCenterX(CENTER_X_EDEFAULT);
				return;
			case VeerkrachtPackage.KAART_INSTELLING__CENTER_Y:
				setCenterY(CENTER_Y_EDEFAULT);
				return;
			case VeerkrachtPackage.KAART_INSTELLING__SCALE:
				setScale(SCALE_EDEFAULT);
				return;
			case VeerkrachtPackage.KAART_INSTELLING__SIGNAALKAART_INSET:
				setSignaalkaartInset(SIGNAALKAART_INSET_EDEFAULT);
				return;
			case VeerkrachtPackage.KAART_INSTELLING__LAYER_URIS:
				getLayerUris().clear();
				return;
			case VeerkrachtPackage.KAART_INSTELLING__LAGEN:
				getLagen().clear();
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
			case VeerkrachtPackage.KAART_INSTELLING__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case VeerkrachtPackage.KAART_INSTELLING__CRS_CODE:
				return CRS_CODE_EDEFAULT == null ? crsCode != null : !CRS_CODE_EDEFAULT.equals(crsCode);
			case VeerkrachtPackage.KAART_INSTELLING__CENTER_X:
				return CENTER_X_EDEFAULT == null ? centerX != null : !CENTER_X_EDEFAULT.equals(centerX);
			case VeerkrachtPackage.KAART_INSTELLING__CENTER_Y:
				return CENTER_Y_EDEFAULT == null ? centerY != null : !CENTER_Y_EDEFAULT.equals(centerY);
			case VeerkrachtPackage.KAART_INSTELLING__SCALE:
				return SCALE_EDEFAULT == null ? scale != null : !SCALE_EDEFAULT.equals(scale);
			case VeerkrachtPackage.KAART_INSTELLING__SIGNAALKAART_INSET:
				return signaalkaartInset != SIGNAALKAART_INSET_EDEFAULT;
			case VeerkrachtPackage.KAART_INSTELLING__LAYER_URIS:
				return layerUris != null && !layerUris.isEmpty();
			case VeerkrachtPackage.KAART_INSTELLING__LAGEN:
				return lagen != null && !lagen.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", crsCode: ");
		result.append(crsCode);
		result.append(", centerX: ");
		result.append(centerX);
		result.append(", centerY: ");
		result.append(centerY);
		result.append(", scale: ");
		result.append(scale);
		result.append(", signaalkaartInset: ");
		result.append(signaalkaartInset);
		result.append(", layerUris: ");
		result.append(layerUris);
		result.append(')');
		return result.toString();
	}

} //KaartInstellingImpl
