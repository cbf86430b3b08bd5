/**
 */
package nl.veerkracht.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cbs Regio</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A region with a CBS code whose geometry lives in a layer of the spatial data, never in the model.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.CbsRegio#getCode <em>Code</em>}</li>
 *   <li>{@link nl.veerkracht.model.CbsRegio#getGeometry <em>Geometry</em>}</li>
 * </ul>
 *
 * @see nl.veerkracht.model.VeerkrachtPackage#getCbsRegio()
 * @model abstract="true"
 * @generated
 */
public interface CbsRegio extends Regio
{
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The CBS code: GM + 4 digits, WK + 6 digits or BU + 8 digits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getCbsRegio_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.CbsRegio#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Geometry</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the geometry of this region is: a layer and a feature id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Geometry</em>' containment reference.
	 * @see #setGeometry(GeometryReference)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getCbsRegio_Geometry()
	 * @model containment="true"
	 * @generated
	 */
	GeometryReference getGeometry();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.CbsRegio#getGeometry <em>Geometry</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Geometry</em>' containment reference.
	 * @see #getGeometry()
	 * @generated
	 */
	void setGeometry(GeometryReference value);

} // CbsRegio
