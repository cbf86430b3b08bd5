/**
 */
package nl.veerkracht.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Wijkschets</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The sketch of one wijk or area made in a workshop, with every section of the method.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.Wijkschets#getName <em>Name</em>}</li>
 *   <li>{@link nl.veerkracht.model.Wijkschets#getGebied <em>Gebied</em>}</li>
 *   <li>{@link nl.veerkracht.model.Wijkschets#getPhotoPath <em>Photo Path</em>}</li>
 *   <li>{@link nl.veerkracht.model.Wijkschets#getKaart <em>Kaart</em>}</li>
 *   <li>{@link nl.veerkracht.model.Wijkschets#getSleutelprojecten <em>Sleutelprojecten</em>}</li>
 *   <li>{@link nl.veerkracht.model.Wijkschets#getBevolking <em>Bevolking</em>}</li>
 *   <li>{@link nl.veerkracht.model.Wijkschets#getStatusBeoordelingen <em>Status Beoordelingen</em>}</li>
 *   <li>{@link nl.veerkracht.model.Wijkschets#getProbleemanalyse <em>Probleemanalyse</em>}</li>
 *   <li>{@link nl.veerkracht.model.Wijkschets#getDefinitieVanSucces <em>Definitie Van Succes</em>}</li>
 *   <li>{@link nl.veerkracht.model.Wijkschets#getDilemmas <em>Dilemmas</em>}</li>
 *   <li>{@link nl.veerkracht.model.Wijkschets#isComplete <em>Complete</em>}</li>
 *   <li>{@link nl.veerkracht.model.Wijkschets#getPerspectiefMix <em>Perspectief Mix</em>}</li>
 * </ul>
 *
 * @see nl.veerkracht.model.VeerkrachtPackage#getWijkschets()
 * @model
 * @generated
 */
public interface Wijkschets extends EObject
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The title of the wijkschets.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getWijkschets_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Wijkschets#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Gebied</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The wijk or Gebied this wijkschets is about.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gebied</em>' reference.
	 * @see #setGebied(Regio)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getWijkschets_Gebied()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Regio getGebied();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Wijkschets#getGebied <em>Gebied</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gebied</em>' reference.
	 * @see #getGebied()
	 * @generated
	 */
	void setGebied(Regio value);

	/**
	 * Returns the value of the '<em><b>Photo Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The photo, as a path relative to the analysis file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Photo Path</em>' attribute.
	 * @see #setPhotoPath(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getWijkschets_PhotoPath()
	 * @model
	 * @generated
	 */
	String getPhotoPath();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Wijkschets#getPhotoPath <em>Photo Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Photo Path</em>' attribute.
	 * @see #getPhotoPath()
	 * @generated
	 */
	void setPhotoPath(String value);

	/**
	 * Returns the value of the '<em><b>Kaart</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the map snapshot of the wijkschets is made.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kaart</em>' containment reference.
	 * @see #setKaart(KaartInstelling)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getWijkschets_Kaart()
	 * @model containment="true"
	 * @generated
	 */
	KaartInstelling getKaart();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Wijkschets#getKaart <em>Kaart</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kaart</em>' containment reference.
	 * @see #getKaart()
	 * @generated
	 */
	void setKaart(KaartInstelling value);

	/**
	 * Returns the value of the '<em><b>Sleutelprojecten</b></em>' containment reference list.
	 * The list contents are of type {@link nl.veerkracht.model.Sleutelproject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The key projects and running programmes in the area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sleutelprojecten</em>' containment reference list.
	 * @see nl.veerkracht.model.VeerkrachtPackage#getWijkschets_Sleutelprojecten()
	 * @model containment="true"
	 * @generated
	 */
	EList<Sleutelproject> getSleutelprojecten();

	/**
	 * Returns the value of the '<em><b>Bevolking</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short notes on the population composition.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bevolking</em>' attribute.
	 * @see #setBevolking(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getWijkschets_Bevolking()
	 * @model
	 * @generated
	 */
	String getBevolking();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Wijkschets#getBevolking <em>Bevolking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bevolking</em>' attribute.
	 * @see #getBevolking()
	 * @generated
	 */
	void setBevolking(String value);

	/**
	 * Returns the value of the '<em><b>Status Beoordelingen</b></em>' containment reference list.
	 * The list contents are of type {@link nl.veerkracht.model.StatusBeoordeling}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The status of fysieke kwaliteit, sociale leefbaarheid and sociale infrastructuur.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status Beoordelingen</em>' containment reference list.
	 * @see nl.veerkracht.model.VeerkrachtPackage#getWijkschets_StatusBeoordelingen()
	 * @model containment="true"
	 * @generated
	 */
	EList<StatusBeoordeling> getStatusBeoordelingen();

	/**
	 * Returns the value of the '<em><b>Probleemanalyse</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The shared problem analysis.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Probleemanalyse</em>' attribute.
	 * @see #setProbleemanalyse(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getWijkschets_Probleemanalyse()
	 * @model
	 * @generated
	 */
	String getProbleemanalyse();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Wijkschets#getProbleemanalyse <em>Probleemanalyse</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probleemanalyse</em>' attribute.
	 * @see #getProbleemanalyse()
	 * @generated
	 */
	void setProbleemanalyse(String value);

	/**
	 * Returns the value of the '<em><b>Definitie Van Succes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What success means for this area.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Definitie Van Succes</em>' attribute.
	 * @see #setDefinitieVanSucces(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getWijkschets_DefinitieVanSucces()
	 * @model
	 * @generated
	 */
	String getDefinitieVanSucces();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Wijkschets#getDefinitieVanSucces <em>Definitie Van Succes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definitie Van Succes</em>' attribute.
	 * @see #getDefinitieVanSucces()
	 * @generated
	 */
	void setDefinitieVanSucces(String value);

	/**
	 * Returns the value of the '<em><b>Dilemmas</b></em>' containment reference list.
	 * The list contents are of type {@link nl.veerkracht.model.Dilemma}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The dilemmas the workshop named.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dilemmas</em>' containment reference list.
	 * @see nl.veerkracht.model.VeerkrachtPackage#getWijkschets_Dilemmas()
	 * @model containment="true"
	 * @generated
	 */
	EList<Dilemma> getDilemmas();

	/**
	 * Returns the value of the '<em><b>Complete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the workshop declared this wijkschets finished; validation then checks every section.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Complete</em>' attribute.
	 * @see #setComplete(boolean)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getWijkschets_Complete()
	 * @model
	 * @generated
	 */
	boolean isComplete();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Wijkschets#isComplete <em>Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Complete</em>' attribute.
	 * @see #isComplete()
	 * @generated
	 */
	void setComplete(boolean value);

	/**
	 * Returns the value of the '<em><b>Perspectief Mix</b></em>' containment reference list.
	 * The list contents are of type {@link nl.veerkracht.model.PerspectiefInzet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mix of handelingsperspectieven: how strongly each perspective is used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Perspectief Mix</em>' containment reference list.
	 * @see nl.veerkracht.model.VeerkrachtPackage#getWijkschets_PerspectiefMix()
	 * @model containment="true"
	 * @generated
	 */
	EList<PerspectiefInzet> getPerspectiefMix();

} // Wijkschets
