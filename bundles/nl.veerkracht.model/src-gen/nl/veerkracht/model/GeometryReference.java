/**
 */
package nl.veerkracht.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Geometry Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A reference to a feature in a layer: the geometry itself stays in the spatial data.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.GeometryReference#getLayerUri <em>Layer Uri</em>}</li>
 *   <li>{@link nl.veerkracht.model.GeometryReference#getFeatureId <em>Feature Id</em>}</li>
 * </ul>
 *
 * @see nl.veerkracht.model.VeerkrachtPackage#getGeometryReference()
 * @model
 * @generated
 */
public interface GeometryReference extends EObject
{
	/**
	 * Returns the value of the '<em><b>Layer Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The layer (data source) holding the geometry, relative to the analysis file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layer Uri</em>' attribute.
	 * @see #setLayerUri(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getGeometryReference_LayerUri()
	 * @model
	 * @generated
	 */
	String getLayerUri();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.GeometryReference#getLayerUri <em>Layer Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layer Uri</em>' attribute.
	 * @see #getLayerUri()
	 * @generated
	 */
	void setLayerUri(String value);

	/**
	 * Returns the value of the '<em><b>Feature Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the feature in that layer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feature Id</em>' attribute.
	 * @see #setFeatureId(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getGeometryReference_FeatureId()
	 * @model
	 * @generated
	 */
	String getFeatureId();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.GeometryReference#getFeatureId <em>Feature Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature Id</em>' attribute.
	 * @see #getFeatureId()
	 * @generated
	 */
	void setFeatureId(String value);

} // GeometryReference
