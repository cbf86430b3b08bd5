/**
 */
package nl.veerkracht.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kaart Laag</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One layer of a saved map: the data file it shows, how it is drawn (its style as an OGC SLD 1.0.0 document) and whether it is shown. Its position in the map is its position in KaartInstelling.lagen.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.KaartLaag#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.veerkracht.model.KaartLaag#getSourceUri <em>Source Uri</em>}</li>
 *   <li>{@link nl.veerkracht.model.KaartLaag#getLayerName <em>Layer Name</em>}</li>
 *   <li>{@link nl.veerkracht.model.KaartLaag#isVisible <em>Visible</em>}</li>
 *   <li>{@link nl.veerkracht.model.KaartLaag#getOpacity <em>Opacity</em>}</li>
 *   <li>{@link nl.veerkracht.model.KaartLaag#getStyle <em>Style</em>}</li>
 * </ul>
 *
 * @see nl.veerkracht.model.VeerkrachtPackage#getKaartLaag()
 * @model
 * @generated
 */
public interface KaartLaag extends EObject
{
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The layer's title, as the Layers view shows it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getKaartLaag_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.KaartLaag#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Source Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The data file, as a URI relative to the analysis file when it lies in the analysis's folder or below it, otherwise as an absolute file URI.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Uri</em>' attribute.
	 * @see #setSourceUri(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getKaartLaag_SourceUri()
	 * @model
	 * @generated
	 */
	String getSourceUri();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.KaartLaag#getSourceUri <em>Source Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Uri</em>' attribute.
	 * @see #getSourceUri()
	 * @generated
	 */
	void setSourceUri(String value);

	/**
	 * Returns the value of the '<em><b>Layer Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the layer within the data file (e.g. a GeoPackage table), for files that hold several layers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layer Name</em>' attribute.
	 * @see #setLayerName(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getKaartLaag_LayerName()
	 * @model
	 * @generated
	 */
	String getLayerName();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.KaartLaag#getLayerName <em>Layer Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layer Name</em>' attribute.
	 * @see #getLayerName()
	 * @generated
	 */
	void setLayerName(String value);

	/**
	 * Returns the value of the '<em><b>Visible</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the layer is drawn.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Visible</em>' attribute.
	 * @see #setVisible(boolean)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getKaartLaag_Visible()
	 * @model default="true"
	 * @generated
	 */
	boolean isVisible();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.KaartLaag#isVisible <em>Visible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visible</em>' attribute.
	 * @see #isVisible()
	 * @generated
	 */
	void setVisible(boolean value);

	/**
	 * Returns the value of the '<em><b>Opacity</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The opacity of everything the layer draws, from 0 (transparent) to 1 (opaque).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Opacity</em>' attribute.
	 * @see #setOpacity(double)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getKaartLaag_Opacity()
	 * @model default="1.0"
	 * @generated
	 */
	double getOpacity();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.KaartLaag#getOpacity <em>Opacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opacity</em>' attribute.
	 * @see #getOpacity()
	 * @generated
	 */
	void setOpacity(double value);

	/**
	 * Returns the value of the '<em><b>Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the layer is drawn: an OGC Styled Layer Descriptor 1.0.0 document with one NamedLayer, as nl.veerkracht.gis.core.style.sld.SldWriter writes it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Style</em>' attribute.
	 * @see #setStyle(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getKaartLaag_Style()
	 * @model
	 * @generated
	 */
	String getStyle();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.KaartLaag#getStyle <em>Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' attribute.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(String value);

} // KaartLaag
