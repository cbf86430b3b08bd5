/**
 */
package nl.veerkracht.model.impl;

import nl.veerkracht.model.GeometryReference;
import nl.veerkracht.model.VeerkrachtPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Geometry Reference</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.impl.GeometryReferenceImpl#getLayerUri <em>Layer Uri</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.GeometryReferenceImpl#getFeatureId <em>Feature Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GeometryReferenceImpl extends EObjectImpl implements GeometryReference
{
	/**
	 * The default value of the '{@link #getLayerUri() <em>Layer Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayerUri()
	 * @generated
	 * @ordered
	 */
	protected static final String LAYER_URI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLayerUri() <em>Layer Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayerUri()
	 * @generated
	 * @ordered
	 */
	protected String layerUri = LAYER_URI_EDEFAULT;

	/**
	 * The default value of the '{@link #getFeatureId() <em>Feature Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatureId()
	 * @generated
	 * @ordered
	 */
	protected static final String FEATURE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFeatureId() <em>Feature Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatureId()
	 * @generated
	 * @ordered
	 */
	protected String featureId = FEATURE_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GeometryReferenceImpl()
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
		return VeerkrachtPackage.Literals.GEOMETRY_REFERENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLayerUri()
	{
		return layerUri;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayerUri(String newLayerUri)
	{
		String oldLayerUri = layerUri;
		layerUri = newLayerUri;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.GEOMETRY_REFERENCE__LAYER_URI, oldLayerUri, layerUri));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFeatureId()
	{
		return featureId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeatureId(String newFeatureId)
	{
		String oldFeatureId = featureId;
		featureId = newFeatureId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.GEOMETRY_REFERENCE__FEATURE_ID, oldFeatureId, featureId));
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
			case VeerkrachtPackage.GEOMETRY_REFERENCE__LAYER_URI:
				return getLayerUri();
			case VeerkrachtPackage.GEOMETRY_REFERENCE__FEATURE_ID:
				return getFeatureId();
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
			case VeerkrachtPackage.GEOMETRY_REFERENCE__LAYER_URI:
				setLayerUri((String)newValue);
				return;
			case VeerkrachtPackage.GEOMETRY_REFERENCE__FEATURE_ID:
				setFeatureId((String)newValue);
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
			case VeerkrachtPackage.GEOMETRY_REFERENCE__LAYER_URI:
				setLayerUri(LAYER_URI_EDEFAULT);
				return;
			case VeerkrachtPackage.GEOMETRY_REFERENCE__FEATURE_ID:
				setFeatureId(FEATURE_ID_EDEFAULT);
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
			case VeerkrachtPackage.GEOMETRY_REFERENCE__LAYER_URI:
				return LAYER_URI_EDEFAULT == null ? layerUri != null : !LAYER_URI_EDEFAULT.equals(layerUri);
			case VeerkrachtPackage.GEOMETRY_REFERENCE__FEATURE_ID:
				return FEATURE_ID_EDEFAULT == null ? featureId != null : !FEATURE_ID_EDEFAULT.equals(featureId);
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
		result.append(" (layerUri: ");
		result.append(layerUri);
		result.append(", featureId: ");
		result.append(featureId);
		result.append(')');
		return result.toString();
	}

} //GeometryReferenceImpl
