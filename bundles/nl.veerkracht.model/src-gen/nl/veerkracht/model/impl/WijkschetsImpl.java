/**
 */
package nl.veerkracht.model.impl;

import java.util.Collection;

import nl.veerkracht.model.Dilemma;
import nl.veerkracht.model.KaartInstelling;
import nl.veerkracht.model.PerspectiefInzet;
import nl.veerkracht.model.Regio;
import nl.veerkracht.model.Sleutelproject;
import nl.veerkracht.model.StatusBeoordeling;
import nl.veerkracht.model.VeerkrachtPackage;
import nl.veerkracht.model.Wijkschets;

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
 * An implementation of the model object '<em><b>Wijkschets</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.impl.WijkschetsImpl#getName <em>Name</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.WijkschetsImpl#getGebied <em>Gebied</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.WijkschetsImpl#getPhotoPath <em>Photo Path</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.WijkschetsImpl#getKaart <em>Kaart</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.WijkschetsImpl#getSleutelprojecten <em>Sleutelprojecten</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.WijkschetsImpl#getBevolking <em>Bevolking</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.WijkschetsImpl#getStatusBeoordelingen <em>Status Beoordelingen</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.WijkschetsImpl#getProbleemanalyse <em>Probleemanalyse</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.WijkschetsImpl#getDefinitieVanSucces <em>Definitie Van Succes</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.WijkschetsImpl#getDilemmas <em>Dilemmas</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.WijkschetsImpl#isComplete <em>Complete</em>}</li>
 *   <li>{@link nl.veerkracht.model.impl.WijkschetsImpl#getPerspectiefMix <em>Perspectief Mix</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WijkschetsImpl extends EObjectImpl implements Wijkschets
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
	 * The cached value of the '{@link #getGebied() <em>Gebied</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGebied()
	 * @generated
	 * @ordered
	 */
	protected Regio gebied;

	/**
	 * The default value of the '{@link #getPhotoPath() <em>Photo Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhotoPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PHOTO_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhotoPath() <em>Photo Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhotoPath()
	 * @generated
	 * @ordered
	 */
	protected String photoPath = PHOTO_PATH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getKaart() <em>Kaart</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKaart()
	 * @generated
	 * @ordered
	 */
	protected KaartInstelling kaart;

	/**
	 * The cached value of the '{@link #getSleutelprojecten() <em>Sleutelprojecten</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSleutelprojecten()
	 * @generated
	 * @ordered
	 */
	protected EList<Sleutelproject> sleutelprojecten;

	/**
	 * The default value of the '{@link #getBevolking() <em>Bevolking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBevolking()
	 * @generated
	 * @ordered
	 */
	protected static final String BEVOLKING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBevolking() <em>Bevolking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBevolking()
	 * @generated
	 * @ordered
	 */
	protected String bevolking = BEVOLKING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStatusBeoordelingen() <em>Status Beoordelingen</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusBeoordelingen()
	 * @generated
	 * @ordered
	 */
	protected EList<StatusBeoordeling> statusBeoordelingen;

	/**
	 * The default value of the '{@link #getProbleemanalyse() <em>Probleemanalyse</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbleemanalyse()
	 * @generated
	 * @ordered
	 */
	protected static final String PROBLEEMANALYSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProbleemanalyse() <em>Probleemanalyse</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbleemanalyse()
	 * @generated
	 * @ordered
	 */
	protected String probleemanalyse = PROBLEEMANALYSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDefinitieVanSucces() <em>Definitie Van Succes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitieVanSucces()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFINITIE_VAN_SUCCES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefinitieVanSucces() <em>Definitie Van Succes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitieVanSucces()
	 * @generated
	 * @ordered
	 */
	protected String definitieVanSucces = DEFINITIE_VAN_SUCCES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDilemmas() <em>Dilemmas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDilemmas()
	 * @generated
	 * @ordered
	 */
	protected EList<Dilemma> dilemmas;

	/**
	 * The default value of the '{@link #isComplete() <em>Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isComplete()
	 * @generated
	 * @ordered
	 */
	protected static final boolean COMPLETE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isComplete() <em>Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isComplete()
	 * @generated
	 * @ordered
	 */
	protected boolean complete = COMPLETE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPerspectiefMix() <em>Perspectief Mix</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerspectiefMix()
	 * @generated
	 * @ordered
	 */
	protected EList<PerspectiefInzet> perspectiefMix;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WijkschetsImpl()
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
		return VeerkrachtPackage.Literals.WIJKSCHETS;
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
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.WIJKSCHETS__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Regio getGebied()
	{
		return gebied;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGebied(Regio newGebied)
	{
		Regio oldGebied = gebied;
		gebied = newGebied;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.WIJKSCHETS__GEBIED, oldGebied, gebied));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhotoPath()
	{
		return photoPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhotoPath(String newPhotoPath)
	{
		String oldPhotoPath = photoPath;
		photoPath = newPhotoPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.WIJKSCHETS__PHOTO_PATH, oldPhotoPath, photoPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KaartInstelling getKaart()
	{
		return kaart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetKaart(KaartInstelling newKaart, NotificationChain msgs)
	{
		KaartInstelling oldKaart = kaart;
		kaart = newKaart;
		if (eNotificationRequired())
		{
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.WIJKSCHETS__KAART, oldKaart, newKaart);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKaart(KaartInstelling newKaart)
	{
		if (newKaart != kaart)
		{
			NotificationChain msgs = null;
			if (kaart != null)
				msgs = ((InternalEObject)kaart).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - VeerkrachtPackage.WIJKSCHETS__KAART, null, msgs);
			if (newKaart != null)
				msgs = ((InternalEObject)newKaart).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - VeerkrachtPackage.WIJKSCHETS__KAART, null, msgs);
			msgs = basicSetKaart(newKaart, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.WIJKSCHETS__KAART, newKaart, newKaart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Sleutelproject> getSleutelprojecten()
	{
		if (sleutelprojecten == null)
		{
			sleutelprojecten = new EObjectContainmentEList<Sleutelproject>(Sleutelproject.class, this, VeerkrachtPackage.WIJKSCHETS__SLEUTELPROJECTEN);
		}
		return sleutelprojecten;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBevolking()
	{
		return bevolking;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBevolking(String newBevolking)
	{
		String oldBevolking = bevolking;
		bevolking = newBevolking;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.WIJKSCHETS__BEVOLKING, oldBevolking, bevolking));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StatusBeoordeling> getStatusBeoordelingen()
	{
		if (statusBeoordelingen == null)
		{
			statusBeoordelingen = new EObjectContainmentEList<StatusBeoordeling>(StatusBeoordeling.class, this, VeerkrachtPackage.WIJKSCHETS__STATUS_BEOORDELINGEN);
		}
		return statusBeoordelingen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProbleemanalyse()
	{
		return probleemanalyse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProbleemanalyse(String newProbleemanalyse)
	{
		String oldProbleemanalyse = probleemanalyse;
		probleemanalyse = newProbleemanalyse;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.WIJKSCHETS__PROBLEEMANALYSE, oldProbleemanalyse, probleemanalyse));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefinitieVanSucces()
	{
		return definitieVanSucces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinitieVanSucces(String newDefinitieVanSucces)
	{
		String oldDefinitieVanSucces = definitieVanSucces;
		definitieVanSucces = newDefinitieVanSucces;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.WIJKSCHETS__DEFINITIE_VAN_SUCCES, oldDefinitieVanSucces, definitieVanSucces));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Dilemma> getDilemmas()
	{
		if (dilemmas == null)
		{
			dilemmas = new EObjectContainmentEList<Dilemma>(Dilemma.class, this, VeerkrachtPackage.WIJKSCHETS__DILEMMAS);
		}
		return dilemmas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isComplete()
	{
		return complete;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComplete(boolean newComplete)
	{
		boolean oldComplete = complete;
		complete = newComplete;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, VeerkrachtPackage.WIJKSCHETS__COMPLETE, oldComplete, complete));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PerspectiefInzet> getPerspectiefMix()
	{
		if (perspectiefMix == null)
		{
			perspectiefMix = new EObjectContainmentEList<PerspectiefInzet>(PerspectiefInzet.class, this, VeerkrachtPackage.WIJKSCHETS__PERSPECTIEF_MIX);
		}
		return perspectiefMix;
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
			case VeerkrachtPackage.WIJKSCHETS__KAART:
				return basicSetKaart(null, msgs);
			case VeerkrachtPackage.WIJKSCHETS__SLEUTELPROJECTEN:
				return ((InternalEList<?>)getSleutelprojecten()).basicRemove(otherEnd, msgs);
			case VeerkrachtPackage.WIJKSCHETS__STATUS_BEOORDELINGEN:
				return ((InternalEList<?>)getStatusBeoordelingen()).basicRemove(otherEnd, msgs);
			case VeerkrachtPackage.WIJKSCHETS__DILEMMAS:
				return ((InternalEList<?>)getDilemmas()).basicRemove(otherEnd, msgs);
			case VeerkrachtPackage.WIJKSCHETS__PERSPECTIEF_MIX:
				return ((InternalEList<?>)getPerspectiefMix()).basicRemove(otherEnd, msgs);
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
			case VeerkrachtPackage.WIJKSCHETS__NAME:
				return getName();
			case VeerkrachtPackage.WIJKSCHETS__GEBIED:
				return getGebied();
			case VeerkrachtPackage.WIJKSCHETS__PHOTO_PATH:
				return getPhotoPath();
			case VeerkrachtPackage.WIJKSCHETS__KAART:
				return getKaart();
			case VeerkrachtPackage.WIJKSCHETS__SLEUTELPROJECTEN:
				return getSleutelprojecten();
			case VeerkrachtPackage.WIJKSCHETS__BEVOLKING:
				return getBevolking();
			case VeerkrachtPackage.WIJKSCHETS__STATUS_BEOORDELINGEN:
				return getStatusBeoordelingen();
			case VeerkrachtPackage.WIJKSCHETS__PROBLEEMANALYSE:
				return getProbleemanalyse();
			case VeerkrachtPackage.WIJKSCHETS__DEFINITIE_VAN_SUCCES:
				return getDefinitieVanSucces();
			case VeerkrachtPackage.WIJKSCHETS__DILEMMAS:
				return getDilemmas();
			case VeerkrachtPackage.WIJKSCHETS__COMPLETE:
				return isComplete();
			case VeerkrachtPackage.WIJKSCHETS__PERSPECTIEF_MIX:
				return getPerspectiefMix();
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
			case VeerkrachtPackage.WIJKSCHETS__NAME:
				setName((String)newValue);
				return;
			case VeerkrachtPackage.WIJKSCHETS__GEBIED:
				setGebied((Regio)newValue);
				return;
			case VeerkrachtPackage.WIJKSCHETS__PHOTO_PATH:
				setPhotoPath((String)newValue);
				return;
			case VeerkrachtPackage.WIJKSCHETS__KAART:
				setKaart((KaartInstelling)newValue);
				return;
			case VeerkrachtPackage.WIJKSCHETS__SLEUTELPROJECTEN:
				getSleutelprojecten().clear();
				getSleutelprojecten().addAll((Collection<? extends Sleutelproject>)newValue);
				return;
			case VeerkrachtPackage.WIJKSCHETS__BEVOLKING:
				setBevolking((String)newValue);
				return;
			case VeerkrachtPackage.WIJKSCHETS__STATUS_BEOORDELINGEN:
				getStatusBeoordelingen().clear();
				getStatusBeoordelingen().addAll((Collection<? extends StatusBeoordeling>)newValue);
				return;
			case VeerkrachtPackage.WIJKSCHETS__PROBLEEMANALYSE:
				setProbleemanalyse((String)newValue);
				return;
			case VeerkrachtPackage.WIJKSCHETS__DEFINITIE_VAN_SUCCES:
				setDefinitieVanSucces((String)newValue);
				return;
			case VeerkrachtPackage.WIJKSCHETS__DILEMMAS:
				getDilemmas().clear();
				getDilemmas().addAll((Collection<? extends Dilemma>)newValue);
				return;
			case VeerkrachtPackage.WIJKSCHETS__COMPLETE:
				setComplete((Boolean)newValue);
				return;
			case VeerkrachtPackage.WIJKSCHETS__PERSPECTIEF_MIX:
				getPerspectiefMix().clear();
				getPerspectiefMix().addAll((Collection<? extends PerspectiefInzet>)newValue);
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
			case VeerkrachtPackage.WIJKSCHETS__NAME:
				setName(NAME_EDEFAULT);
				return;
			case VeerkrachtPackage.WIJKSCHETS__GEBIED:
				setGebied((Regio)null);
				return;
			case VeerkrachtPackage.WIJKSCHETS__PHOTO_PATH:
				setPhotoPath(PHOTO_PATH_EDEFAULT);
				return;
			case VeerkrachtPackage.WIJKSCHETS__KAART:
				setKaart((KaartInstelling)null);
				return;
			case VeerkrachtPackage.WIJKSCHETS__SLEUTELPROJECTEN:
				getSleutelprojecten().clear();
				return;
			case VeerkrachtPackage.WIJKSCHETS__BEVOLKING:
				setBevolking(BEVOLKING_EDEFAULT);
				return;
			case VeerkrachtPackage.WIJKSCHETS__STATUS_BEOORDELINGEN:
				getStatusBeoordelingen().clear();
				return;
			case VeerkrachtPackage.WIJKSCHETS__PROBLEEMANALYSE:
				setProbleemanalyse(PROBLEEMANALYSE_EDEFAULT);
				return;
			case VeerkrachtPackage.WIJKSCHETS__DEFINITIE_VAN_SUCCES:
				setDefinitieVanSucces(DEFINITIE_VAN_SUCCES_EDEFAULT);
				return;
			case VeerkrachtPackage.WIJKSCHETS__DILEMMAS:
				getDilemmas().clear();
				return;
			case VeerkrachtPackage.WIJKSCHETS__COMPLETE:
				setComplete(COMPLETE_EDEFAULT);
				return;
			case VeerkrachtPackage.WIJKSCHETS__PERSPECTIEF_MIX:
				getPerspectiefMix().clear();
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
			case VeerkrachtPackage.WIJKSCHETS__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case VeerkrachtPackage.WIJKSCHETS__GEBIED:
				return gebied != null;
			case VeerkrachtPackage.WIJKSCHETS__PHOTO_PATH:
				return PHOTO_PATH_EDEFAULT == null ? photoPath != null : !PHOTO_PATH_EDEFAULT.equals(photoPath);
			case VeerkrachtPackage.WIJKSCHETS__KAART:
				return kaart != null;
			case VeerkrachtPackage.WIJKSCHETS__SLEUTELPROJECTEN:
				return sleutelprojecten != null && !sleutelprojecten.isEmpty();
			case VeerkrachtPackage.WIJKSCHETS__BEVOLKING:
				return BEVOLKING_EDEFAULT == null ? bevolking != null : !BEVOLKING_EDEFAULT.equals(bevolking);
			case VeerkrachtPackage.WIJKSCHETS__STATUS_BEOORDELINGEN:
				return statusBeoordelingen != null && !statusBeoordelingen.isEmpty();
			case VeerkrachtPackage.WIJKSCHETS__PROBLEEMANALYSE:
				return PROBLEEMANALYSE_EDEFAULT == null ? probleemanalyse != null : !PROBLEEMANALYSE_EDEFAULT.equals(probleemanalyse);
			case VeerkrachtPackage.WIJKSCHETS__DEFINITIE_VAN_SUCCES:
				return DEFINITIE_VAN_SUCCES_EDEFAULT == null ? definitieVanSucces != null : !DEFINITIE_VAN_SUCCES_EDEFAULT.equals(definitieVanSucces);
			case VeerkrachtPackage.WIJKSCHETS__DILEMMAS:
				return dilemmas != null && !dilemmas.isEmpty();
			case VeerkrachtPackage.WIJKSCHETS__COMPLETE:
				return complete != COMPLETE_EDEFAULT;
			case VeerkrachtPackage.WIJKSCHETS__PERSPECTIEF_MIX:
				return perspectiefMix != null && !perspectiefMix.isEmpty();
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
		result.append(", photoPath: ");
		result.append(photoPath);
		result.append(", bevolking: ");
		result.append(bevolking);
		result.append(", probleemanalyse: ");
		result.append(probleemanalyse);
		result.append(", definitieVanSucces: ");
		result.append(definitieVanSucces);
		result.append(", complete: ");
		result.append(complete);
		result.append(')');
		return result.toString();
	}

} //WijkschetsImpl
