/**
 */
package nl.veerkracht.model.util;

import nl.veerkracht.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see nl.veerkracht.model.VeerkrachtPackage
 * @generated
 */
public class VeerkrachtAdapterFactory extends AdapterFactoryImpl
{
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static VeerkrachtPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VeerkrachtAdapterFactory()
	{
		if (modelPackage == null)
		{
			modelPackage = VeerkrachtPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object)
	{
		if (object == modelPackage)
		{
			return true;
		}
		if (object instanceof EObject)
		{
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VeerkrachtSwitch<Adapter> modelSwitch =
		new VeerkrachtSwitch<Adapter>()
		{
			@Override
			public Adapter caseAnalyse(Analyse object)
			{
				return createAnalyseAdapter();
			}
			@Override
			public Adapter caseDataSource(DataSource object)
			{
				return createDataSourceAdapter();
			}
			@Override
			public Adapter caseRegio(Regio object)
			{
				return createRegioAdapter();
			}
			@Override
			public Adapter caseCbsRegio(CbsRegio object)
			{
				return createCbsRegioAdapter();
			}
			@Override
			public Adapter caseGeometryReference(GeometryReference object)
			{
				return createGeometryReferenceAdapter();
			}
			@Override
			public Adapter caseGemeente(Gemeente object)
			{
				return createGemeenteAdapter();
			}
			@Override
			public Adapter caseWijk(Wijk object)
			{
				return createWijkAdapter();
			}
			@Override
			public Adapter caseBuurt(Buurt object)
			{
				return createBuurtAdapter();
			}
			@Override
			public Adapter caseGebied(Gebied object)
			{
				return createGebiedAdapter();
			}
			@Override
			public Adapter caseIndicatorValue(IndicatorValue object)
			{
				return createIndicatorValueAdapter();
			}
			@Override
			public Adapter caseWijkschets(Wijkschets object)
			{
				return createWijkschetsAdapter();
			}
			@Override
			public Adapter caseKaartInstelling(KaartInstelling object)
			{
				return createKaartInstellingAdapter();
			}
			@Override
			public Adapter caseKaartLaag(KaartLaag object)
			{
				return createKaartLaagAdapter();
			}
			@Override
			public Adapter caseSignaleringskaart(Signaleringskaart object)
			{
				return createSignaleringskaartAdapter();
			}
			@Override
			public Adapter caseIndicatorGewicht(IndicatorGewicht object)
			{
				return createIndicatorGewichtAdapter();
			}
			@Override
			public Adapter caseSleutelproject(Sleutelproject object)
			{
				return createSleutelprojectAdapter();
			}
			@Override
			public Adapter caseStatusBeoordeling(StatusBeoordeling object)
			{
				return createStatusBeoordelingAdapter();
			}
			@Override
			public Adapter caseDilemma(Dilemma object)
			{
				return createDilemmaAdapter();
			}
			@Override
			public Adapter casePerspectiefInzet(PerspectiefInzet object)
			{
				return createPerspectiefInzetAdapter();
			}
			@Override
			public Adapter caseBuurtVerfijning(BuurtVerfijning object)
			{
				return createBuurtVerfijningAdapter();
			}
			@Override
			public Adapter caseMaatregel(Maatregel object)
			{
				return createMaatregelAdapter();
			}
			@Override
			public Adapter casePrestatieafspraak(Prestatieafspraak object)
			{
				return createPrestatieafspraakAdapter();
			}
			@Override
			public Adapter casePartij(Partij object)
			{
				return createPartijAdapter();
			}
			@Override
			public Adapter caseScenario(Scenario object)
			{
				return createScenarioAdapter();
			}
			@Override
			public Adapter caseGebiedsMix(GebiedsMix object)
			{
				return createGebiedsMixAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object)
			{
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target)
	{
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link nl.veerkracht.model.Analyse <em>Analyse</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.veerkracht.model.Analyse
	 * @generated
	 */
	public Adapter createAnalyseAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.veerkracht.model.DataSource <em>Data Source</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.veerkracht.model.DataSource
	 * @generated
	 */
	public Adapter createDataSourceAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.veerkracht.model.Regio <em>Regio</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.veerkracht.model.Regio
	 * @generated
	 */
	public Adapter createRegioAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.veerkracht.model.CbsRegio <em>Cbs Regio</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.veerkracht.model.CbsRegio
	 * @generated
	 */
	public Adapter createCbsRegioAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.veerkracht.model.GeometryReference <em>Geometry Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.veerkracht.model.GeometryReference
	 * @generated
	 */
	public Adapter createGeometryReferenceAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.veerkracht.model.Gemeente <em>Gemeente</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.veerkracht.model.Gemeente
	 * @generated
	 */
	public Adapter createGemeenteAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.veerkracht.model.Wijk <em>Wijk</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.veerkracht.model.Wijk
	 * @generated
	 */
	public Adapter createWijkAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.veerkracht.model.Buurt <em>Buurt</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.veerkracht.model.Buurt
	 * @generated
	 */
	public Adapter createBuurtAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.veerkracht.model.Gebied <em>Gebied</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.veerkracht.model.Gebied
	 * @generated
	 */
	public Adapter createGebiedAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.veerkracht.model.IndicatorValue <em>Indicator Value</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.veerkracht.model.IndicatorValue
	 * @generated
	 */
	public Adapter createIndicatorValueAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.veerkracht.model.Wijkschets <em>Wijkschets</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.veerkracht.model.Wijkschets
	 * @generated
	 */
	public Adapter createWijkschetsAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.veerkracht.model.KaartInstelling <em>Kaart Instelling</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.veerkracht.model.KaartInstelling
	 * @generated
	 */
	public Adapter createKaartInstellingAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.veerkracht.model.KaartLaag <em>Kaart Laag</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.veerkracht.model.KaartLaag
	 * @generated
	 */
	public Adapter createKaartLaagAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.veerkracht.model.Signaleringskaart <em>Signaleringskaart</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.veerkracht.model.Signaleringskaart
	 * @generated
	 */
	public Adapter createSignaleringskaartAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.veerkracht.model.IndicatorGewicht <em>Indicator Gewicht</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.veerkracht.model.IndicatorGewicht
	 * @generated
	 */
	public Adapter createIndicatorGewichtAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.veerkracht.model.Sleutelproject <em>Sleutelproject</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.veerkracht.model.Sleutelproject
	 * @generated
	 */
	public Adapter createSleutelprojectAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.veerkracht.model.StatusBeoordeling <em>Status Beoordeling</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.veerkracht.model.StatusBeoordeling
	 * @generated
	 */
	public Adapter createStatusBeoordelingAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.veerkracht.model.Dilemma <em>Dilemma</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.veerkracht.model.Dilemma
	 * @generated
	 */
	public Adapter createDilemmaAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.veerkracht.model.PerspectiefInzet <em>Perspectief Inzet</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.veerkracht.model.PerspectiefInzet
	 * @generated
	 */
	public Adapter createPerspectiefInzetAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.veerkracht.model.BuurtVerfijning <em>Buurt Verfijning</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.veerkracht.model.BuurtVerfijning
	 * @generated
	 */
	public Adapter createBuurtVerfijningAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.veerkracht.model.Maatregel <em>Maatregel</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.veerkracht.model.Maatregel
	 * @generated
	 */
	public Adapter createMaatregelAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.veerkracht.model.Prestatieafspraak <em>Prestatieafspraak</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.veerkracht.model.Prestatieafspraak
	 * @generated
	 */
	public Adapter createPrestatieafspraakAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.veerkracht.model.Partij <em>Partij</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.veerkracht.model.Partij
	 * @generated
	 */
	public Adapter createPartijAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.veerkracht.model.Scenario <em>Scenario</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.veerkracht.model.Scenario
	 * @generated
	 */
	public Adapter createScenarioAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link nl.veerkracht.model.GebiedsMix <em>Gebieds Mix</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see nl.veerkracht.model.GebiedsMix
	 * @generated
	 */
	public Adapter createGebiedsMixAdapter()
	{
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter()
	{
		return null;
	}

} //VeerkrachtAdapterFactory
