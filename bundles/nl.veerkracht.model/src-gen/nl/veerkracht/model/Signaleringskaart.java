/**
 */
package nl.veerkracht.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Signaleringskaart</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The settings of the signal map, enough to compute it again: which KWB files and boundary layer, which gemeente and year, normalised against which reference and how, the minimum coverage and the analyst's weights. The map itself is never stored; files are kept relative to the analysis file's folder when they lie in it or below it, otherwise as absolute file URIs (as KaartLaag.sourceUri).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.veerkracht.model.Signaleringskaart#getJaar <em>Jaar</em>}</li>
 *   <li>{@link nl.veerkracht.model.Signaleringskaart#getGemeenteCode <em>Gemeente Code</em>}</li>
 *   <li>{@link nl.veerkracht.model.Signaleringskaart#getReferentie <em>Referentie</em>}</li>
 *   <li>{@link nl.veerkracht.model.Signaleringskaart#getNormalisatie <em>Normalisatie</em>}</li>
 *   <li>{@link nl.veerkracht.model.Signaleringskaart#getMinimaleDekking <em>Minimale Dekking</em>}</li>
 *   <li>{@link nl.veerkracht.model.Signaleringskaart#getGrenzen <em>Grenzen</em>}</li>
 *   <li>{@link nl.veerkracht.model.Signaleringskaart#getKwbBestanden <em>Kwb Bestanden</em>}</li>
 *   <li>{@link nl.veerkracht.model.Signaleringskaart#getGewichten <em>Gewichten</em>}</li>
 *   <li>{@link nl.veerkracht.model.Signaleringskaart#getOmschrijving <em>Omschrijving</em>}</li>
 * </ul>
 *
 * @see nl.veerkracht.model.VeerkrachtPackage#getSignaleringskaart()
 * @model
 * @generated
 */
public interface Signaleringskaart extends EObject
{
	/**
	 * Returns the value of the '<em><b>Jaar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year shown; 0 means the latest year in the data.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Jaar</em>' attribute.
	 * @see #setJaar(int)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getSignaleringskaart_Jaar()
	 * @model
	 * @generated
	 */
	int getJaar();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Signaleringskaart#getJaar <em>Jaar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Jaar</em>' attribute.
	 * @see #getJaar()
	 * @generated
	 */
	void setJaar(int value);

	/**
	 * Returns the value of the '<em><b>Gemeente Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The gemeente whose buurten are scored, as GM + 4 digits (e.g. GM0599); empty for all buurten of the boundary layer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gemeente Code</em>' attribute.
	 * @see #setGemeenteCode(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getSignaleringskaart_GemeenteCode()
	 * @model
	 * @generated
	 */
	String getGemeenteCode();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Signaleringskaart#getGemeenteCode <em>Gemeente Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gemeente Code</em>' attribute.
	 * @see #getGemeenteCode()
	 * @generated
	 */
	void setGemeenteCode(String value);

	/**
	 * Returns the value of the '<em><b>Referentie</b></em>' attribute.
	 * The default value is <code>"gemeente"</code>.
	 * The literals are from the enumeration {@link nl.veerkracht.model.Referentie}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The regions each indicator is normalised against: the buurten of the same gemeente (default) or all buurten scored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Referentie</em>' attribute.
	 * @see nl.veerkracht.model.Referentie
	 * @see #setReferentie(Referentie)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getSignaleringskaart_Referentie()
	 * @model default="gemeente"
	 * @generated
	 */
	Referentie getReferentie();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Signaleringskaart#getReferentie <em>Referentie</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Referentie</em>' attribute.
	 * @see nl.veerkracht.model.Referentie
	 * @see #getReferentie()
	 * @generated
	 */
	void setReferentie(Referentie value);

	/**
	 * Returns the value of the '<em><b>Normalisatie</b></em>' attribute.
	 * The default value is <code>"z-score"</code>.
	 * The literals are from the enumeration {@link nl.veerkracht.model.Normalisatie}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How raw values are put on a common scale: z-score (default) or rank.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Normalisatie</em>' attribute.
	 * @see nl.veerkracht.model.Normalisatie
	 * @see #setNormalisatie(Normalisatie)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getSignaleringskaart_Normalisatie()
	 * @model default="z-score"
	 * @generated
	 */
	Normalisatie getNormalisatie();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Signaleringskaart#getNormalisatie <em>Normalisatie</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Normalisatie</em>' attribute.
	 * @see nl.veerkracht.model.Normalisatie
	 * @see #getNormalisatie()
	 * @generated
	 */
	void setNormalisatie(Normalisatie value);

	/**
	 * Returns the value of the '<em><b>Minimale Dekking</b></em>' attribute.
	 * The default value is <code>"0.6"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The minimum share of the total weight whose indicators must have a value for a buurt to get a kwetsbaarheid score, in (0, 1]; below it the buurt has geen gegevens. Default 0.6.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minimale Dekking</em>' attribute.
	 * @see #setMinimaleDekking(double)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getSignaleringskaart_MinimaleDekking()
	 * @model default="0.6"
	 * @generated
	 */
	double getMinimaleDekking();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Signaleringskaart#getMinimaleDekking <em>Minimale Dekking</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimale Dekking</em>' attribute.
	 * @see #getMinimaleDekking()
	 * @generated
	 */
	void setMinimaleDekking(double value);

	/**
	 * Returns the value of the '<em><b>Grenzen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The buurt boundary layer (GeoJSON or GeoPackage), as a URI relative to the analysis file when it lies in the analysis's folder or below it, otherwise as an absolute file URI.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Grenzen</em>' attribute.
	 * @see #setGrenzen(String)
	 * @see nl.veerkracht.model.VeerkrachtPackage#getSignaleringskaart_Grenzen()
	 * @model
	 * @generated
	 */
	String getGrenzen();

	/**
	 * Sets the value of the '{@link nl.veerkracht.model.Signaleringskaart#getGrenzen <em>Grenzen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grenzen</em>' attribute.
	 * @see #getGrenzen()
	 * @generated
	 */
	void setGrenzen(String value);

	/**
	 * Returns the value of the '<em><b>Kwb Bestanden</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The CBS Kerncijfers wijken en buurten files the indicators are computed from, one or more years, each kept as grenzen is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kwb Bestanden</em>' attribute list.
	 * @see nl.veerkracht.model.VeerkrachtPackage#getSignaleringskaart_KwbBestanden()
	 * @model
	 * @generated
	 */
	EList<String> getKwbBestanden();

	/**
	 * Returns the value of the '<em><b>Gewichten</b></em>' containment reference list.
	 * The list contents are of type {@link nl.veerkracht.model.IndicatorGewicht}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The analyst's weights, at most one per indicator, in the order the analyst sees them; an indicator without a weight here keeps its default weight.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gewichten</em>' containment reference list.
	 * @see nl.veerkracht.model.VeerkrachtPackage#getSignaleringskaart_Gewichten()
	 * @model containment="true"
	 * @generated
	 */
	EList<IndicatorGewicht> getGewichten();

	/**
	 * Returns the value of the '<em><b>Omschrijving</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A short description for lists and trees, e.g. GM0599 (2016) or alle buurten (laatste jaar); derived, never stored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Omschrijving</em>' attribute.
	 * @see nl.veerkracht.model.VeerkrachtPackage#getSignaleringskaart_Omschrijving()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	String getOmschrijving();

} // Signaleringskaart
