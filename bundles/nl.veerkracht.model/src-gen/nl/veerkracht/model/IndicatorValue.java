/**
 */
package nl.veerkracht.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The value of one variable for one region in one year; an unset value means missing data, never zero.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.IndicatorValue#getRegio <em>Regio</em>}</li>
 *   <li>{@link nl.veerkracht.model.IndicatorValue#getVariableId <em>Variable Id</em>}</li>
 *   <li>{@link nl.veerkracht.model.IndicatorValue#getYear <em>Year</em>}</li>
 *   <li>{@link nl.veerkracht.model.IndicatorValue#getValue <em>Value</em>}</li>
 *   <li>{@link nl.veerkracht.model.IndicatorValue#getUnit <em>Unit</em>}</li>
 *   <li>{@link nl.veerkracht.model.IndicatorValue#getSource <em>Source</em>}</li>
 *   <li>{@link nl.veerkracht.model.IndicatorValue#getMissingReason <em>Missing Reason</em>}</li>
 * </ul>
 *
 * @see nl.veerkracht.model.VeerkrachtPackage#getIndicatorValue()
 * @model
 * @generated
 */
public interface IndicatorValue extends EObject
{
	/**
	 * Returns the value of the '<em><b>Regio</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The region the value belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Regio</em>' reference.
	 * @see #setRegio(Regio)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getIndicatorValue_Regio()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Regio getRegio();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.IndicatorValue#getRegio <em>Regio</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Regio</em>' reference.
	 * @see #getRegio()
	 * @generated
	 */
	void setRegio(Regio value);

	/**
	 * Returns the value of the '<em><b>Variable Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the variable (indicator) in the CBS catalogue or a plugin.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Variable Id</em>' attribute.
	 * @see #setVariableId(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getIndicatorValue_VariableId()
	 * @model
	 * @generated
	 */
	String getVariableId();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.IndicatorValue#getVariableId <em>Variable Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Variable Id</em>' attribute.
	 * @see #getVariableId()
	 * @generated
	 */
	void setVariableId(String value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year the value describes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(Integer)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getIndicatorValue_Year()
	 * @model
	 * @generated
	 */
	Integer getYear();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.IndicatorValue#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The value; unset (null) when the data is missing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(Double)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getIndicatorValue_Value()
	 * @model
	 * @generated
	 */
	Double getValue();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.IndicatorValue#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(Double value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit of the value, e.g. % or aantal.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getIndicatorValue_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.IndicatorValue#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the value comes from, e.g. the CBS table and column.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getIndicatorValue_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.IndicatorValue#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Missing Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the value is missing (e.g. suppressed by CBS for privacy), when it is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Missing Reason</em>' attribute.
	 * @see #setMissingReason(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getIndicatorValue_MissingReason()
	 * @model
	 * @generated
	 */
	String getMissingReason();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.IndicatorValue#getMissingReason <em>Missing Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Missing Reason</em>' attribute.
	 * @see #getMissingReason()
	 * @generated
	 */
	void setMissingReason(String value);

} // IndicatorValue
