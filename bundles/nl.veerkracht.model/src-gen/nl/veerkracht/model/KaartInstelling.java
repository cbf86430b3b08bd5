/**
 */
package nl.veerkracht.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kaart Instelling</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The settings of the map snapshot in a wijkschets.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.KaartInstelling#getName <em>Name</em>}</li>
 *   <li>{@link nl.veerkracht.model.KaartInstelling#getCrsCode <em>Crs Code</em>}</li>
 *   <li>{@link nl.veerkracht.model.KaartInstelling#getCenterX <em>Center X</em>}</li>
 *   <li>{@link nl.veerkracht.model.KaartInstelling#getCenterY <em>Center Y</em>}</li>
 *   <li>{@link nl.veerkracht.model.KaartInstelling#getScale <em>Scale</em>}</li>
 *   <li>{@link nl.veerkracht.model.KaartInstelling#isSignaalkaartInset <em>Signaalkaart Inset</em>}</li>
 *   <li>{@link nl.veerkracht.model.KaartInstelling#getLayerUris <em>Layer Uris</em>}</li>
 *   <li>{@link nl.veerkracht.model.KaartInstelling#getLagen <em>Lagen</em>}</li>
 * </ul>
 *
 * @see nl.veerkracht.model.VeerkrachtPackage#getKaartInstelling()
 * @model
 * @generated
 */
public interface KaartInstelling extends EObject
{
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The map's name, e.g. Signaleringskaart 2024.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getKaartInstelling_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.KaartInstelling#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Crs Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The coordinate reference system of the centre, e.g. EPSG:28992.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Crs Code</em>' attribute.
	 * @see #setCrsCode(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getKaartInstelling_CrsCode()
	 * @model
	 * @generated
	 */
	String getCrsCode();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.KaartInstelling#getCrsCode <em>Crs Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Crs Code</em>' attribute.
	 * @see #getCrsCode()
	 * @generated
	 */
	void setCrsCode(String value);

	/**
	 * Returns the value of the '<em><b>Center X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The x coordinate of the map centre.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Center X</em>' attribute.
	 * @see #setCenterX(Double)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getKaartInstelling_CenterX()
	 * @model
	 * @generated
	 */
	Double getCenterX();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.KaartInstelling#getCenterX <em>Center X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Center X</em>' attribute.
	 * @see #getCenterX()
	 * @generated
	 */
	void setCenterX(Double value);

	/**
	 * Returns the value of the '<em><b>Center Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The y coordinate of the map centre.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Center Y</em>' attribute.
	 * @see #setCenterY(Double)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getKaartInstelling_CenterY()
	 * @model
	 * @generated
	 */
	Double getCenterY();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.KaartInstelling#getCenterY <em>Center Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Center Y</em>' attribute.
	 * @see #getCenterY()
	 * @generated
	 */
	void setCenterY(Double value);

	/**
	 * Returns the value of the '<em><b>Scale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The scale denominator (e.g. 10000 for 1:10,000).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scale</em>' attribute.
	 * @see #setScale(Double)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getKaartInstelling_Scale()
	 * @model
	 * @generated
	 */
	Double getScale();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.KaartInstelling#getScale <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' attribute.
	 * @see #getScale()
	 * @generated
	 */
	void setScale(Double value);

	/**
	 * Returns the value of the '<em><b>Signaalkaart Inset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the signal map is shown as an inset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signaalkaart Inset</em>' attribute.
	 * @see #setSignaalkaartInset(boolean)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getKaartInstelling_SignaalkaartInset()
	 * @model
	 * @generated
	 */
	boolean isSignaalkaartInset();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.KaartInstelling#isSignaalkaartInset <em>Signaalkaart Inset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signaalkaart Inset</em>' attribute.
	 * @see #isSignaalkaartInset()
	 * @generated
	 */
	void setSignaalkaartInset(boolean value);

	/**
	 * Returns the value of the '<em><b>Layer Uris</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The layers shown, relative to the analysis file, in drawing order. Superseded by lagen, which also keeps each layer's style; read for maps saved before model version 2, whose layers are then opened in their default style.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layer Uris</em>' attribute list.
	 * @see nl.veerkracht.model.VeerkrachtPackage#getKaartInstelling_LayerUris()
	 * @model
	 * @generated
	 */
	EList<String> getLayerUris();

	/**
	 * Returns the value of the '<em><b>Lagen</b></em>' containment reference list.
	 * The list contents are of type {@link nl.veerkracht.model.KaartLaag}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The layers of the map in drawing order: the first is drawn first, at the bottom.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lagen</em>' containment reference list.
	 * @see nl.veerkracht.model.VeerkrachtPackage#getKaartInstelling_Lagen()
	 * @model containment="true"
	 * @generated
	 */
	EList<KaartLaag> getLagen();

} // KaartInstelling
