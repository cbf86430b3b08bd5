/**
 */
package nl.veerkracht.model.impl;

import nl.veerkracht.model.KaartLaag;
import nl.veerkracht.model.VeerkrachtPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kaart Laag</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.impl.KaartLaagImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.KaartLaagImpl#getSourceUri <em>Source Uri</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.KaartLaagImpl#getLayerName <em>Layer Name</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.KaartLaagImpl#isVisible <em>Visible</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.KaartLaagImpl#getOpacity <em>Opacity</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.KaartLaagImpl#getStyle <em>Style</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KaartLaagImpl extends EObjectImpl implements KaartLaag
{
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSourceUri() <em>Source Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceUri()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_URI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceUri() <em>Source Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceUri()
	 * @generated
	 * @ordered
	 */
	protected String sourceUri = SOURCE_URI_EDEFAULT;

	/**
	 * The default value of the '{@link #getLayerName() <em>Layer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayerName()
	 * @generated
	 * @ordered
	 */
	protected static final String LAYER_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLayerName() <em>Layer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayerName()
	 * @generated
	 * @ordered
	 */
	protected String layerName = LAYER_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #isVisible() <em>Visible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVisible()
	 * @generated
	 * @ordered
	 */
	protected static final boolean VISIBLE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isVisible() <em>Visible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVisible()
	 * @generated
	 * @ordered
	 */
	protected boolean visible = VISIBLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpacity() <em>Opacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpacity()
	 * @generated
	 * @ordered
	 */
	protected static final double OPACITY_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getOpacity() <em>Opacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpacity()
	 * @generated
	 * @ordered
	 */
	protected double opacity = OPACITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStyle() <em>Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyle()
	 * @generated
	 * @ordered
	 */
	protected static final String STYLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStyle() <em>Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyle()
	 * @generated
	 * @ordered
	 */
	protected String style = STYLE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KaartLaagImpl()
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
		return VeerkrachtPackage.Literals.KAART_LAAG;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle()
	{
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle)
	{
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.KAART_LAAG__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceUri()
	{
		return sourceUri;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceUri(String newSourceUri)
	{
		String oldSourceUri = sourceUri;
		sourceUri = newSourceUri;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.KAART_LAAG__SOURCE_URI, oldSourceUri, sourceUri));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLayerName()
	{
		return layerName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayerName(String newLayerName)
	{
		String oldLayerName = layerName;
		layerName = newLayerName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.KAART_LAAG__LAYER_NAME, oldLayerName, layerName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isVisible()
	{
		return visible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisible(boolean newVisible)
	{
		boolean oldVisible = visible;
		visible = newVisible;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.KAART_LAAG__VISIBLE, oldVisible, visible));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getOpacity()
	{
		return opacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpacity(double newOpacity)
	{
		double oldOpacity = opacity;
		opacity = newOpacity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.KAART_LAAG__OPACITY, oldOpacity, opacity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStyle()
	{
		return style;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStyle(String newStyle)
	{
		String oldStyle = style;
		style = newStyle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.KAART_LAAG__STYLE, oldStyle, style));
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
			case VeerkrachtPackage.KAART_LAAG__TITLE:
				return getTitle();
			case VeerkrachtPackage.KAART_LAAG__SOURCE_URI:
				return getSourceUri();
			case VeerkrachtPackage.KAART_LAAG__LAYER_NAME:
				return getLayerName();
			case VeerkrachtPackage.KAART_LAAG__VISIBLE:
				return isVisible();
			case VeerkrachtPackage.KAART_LAAG__OPACITY:
				return getOpacity();
			case VeerkrachtPackage.KAART_LAAG__STYLE:
				return getStyle();
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
			case VeerkrachtPackage.KAART_LAAG__TITLE:
				setTitle((String)newValue);
				return;
			case VeerkrachtPackage.KAART_LAAG__SOURCE_URI:
				setSourceUri((String)newValue);
				return;
			case VeerkrachtPackage.KAART_LAAG__LAYER_NAME:
				setLayerName((String)newValue);
				return;
			case VeerkrachtPackage.KAART_LAAG__VISIBLE:
				setVisible((Boolean)newValue);
				return;
			case VeerkrachtPackage.KAART_LAAG__OPACITY:
				setOpacity((Double)newValue);
				return;
			case VeerkrachtPackage.KAART_LAAG__STYLE:
				setStyle((String)newValue);
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
			case VeerkrachtPackage.KAART_LAAG__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case VeerkrachtPackage.KAART_LAAG__SOURCE_URI:
				setSourceUri(SOURCE_URI_EDEFAULT);
				return;
			case VeerkrachtPackage.KAART_LAAG__LAYER_NAME:
				setLayerName(LAYER_NAME_EDEFAULT);
				return;
			case VeerkrachtPackage.KAART_LAAG__VISIBLE:
				setVisible(VISIBLE_EDEFAULT);
				return;
			case VeerkrachtPackage.KAART_LAAG__OPACITY:
				setOpacity(OPACITY_EDEFAULT);
				return;
			case VeerkrachtPackage.KAART_LAAG__STYLE:
				setStyle(STYLE_EDEFAULT);
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
			case VeerkrachtPackage.KAART_LAAG__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case VeerkrachtPackage.KAART_LAAG__SOURCE_URI:
				return SOURCE_URI_EDEFAULT == null ? sourceUri != null : !SOURCE_URI_EDEFAULT.equals(sourceUri);
			case VeerkrachtPackage.KAART_LAAG__LAYER_NAME:
				return LAYER_NAME_EDEFAULT == null ? layerName != null : !LAYER_NAME_EDEFAULT.equals(layerName);
			case VeerkrachtPackage.KAART_LAAG__VISIBLE:
				return visible != VISIBLE_EDEFAULT;
			case VeerkrachtPackage.KAART_LAAG__OPACITY:
				return opacity != OPACITY_EDEFAULT;
			case VeerkrachtPackage.KAART_LAAG__STYLE:
				return STYLE_EDEFAULT == null ? style != null : !STYLE_EDEFAULT.equals(style);
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
		result.append(" (title: ");
		result.append(title);
		result.append(", sourceUri: ");
		result.append(sourceUri);
		result.append(", layerName: ");
		result.append(layerName);
		result.append(", visible: ");
		result.append(visible);
		result.append(", opacity: ");
		result.append(opacity);
		result.append(", style: ");
		result.append(style);
		result.append(')');
		return result.toString();
	}

} //KaartLaagImpl
