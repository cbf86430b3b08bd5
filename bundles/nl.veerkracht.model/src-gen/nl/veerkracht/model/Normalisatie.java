/**
 */
package nl.veerkracht.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Normalisatie</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a signal map puts raw indicator values on a common scale.
 * <!-- end-model-doc -->
 * @see nl.veerkracht.model.VeerkrachtPackage#getNormalisatie()
 * @model
 * @generated
 */
public enum Normalisatie implements Enumerator
{
	/**
	 * The '<em><b>ZSCORE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The distance from the reference's mean in standard deviations.
	 * <!-- end-model-doc -->
	 * @see #ZSCORE_VALUE
	 * @generated
	 * @ordered
	 */
	ZSCORE(0, "Z_SCORE", "z-score"),

	/**
	 * The '<em><b>RANG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The share of the reference's values below the value (mid-rank percentile); insensitive to outliers.
	 * <!-- end-model-doc -->
	 * @see #RANG_VALUE
	 * @generated
	 * @ordered
	 */
	RANG(1, "RANG", "rang");

	/**
	 * The '<em><b>ZSCORE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The distance from the reference's mean in standard deviations.
	 * <!-- end-model-doc -->
	 * @see #ZSCORE
	 * @model name="Z_SCORE" literal="z-score"
	 * @generated
	 * @ordered
	 */
	public static final int ZSCORE_VALUE = 0;

	/**
	 * The '<em><b>RANG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The share of the reference's values below the value (mid-rank percentile); insensitive to outliers.
	 * <!-- end-model-doc -->
	 * @see #RANG
	 * @model literal="rang"
	 * @generated
	 * @ordered
	 */
	public static final int RANG_VALUE = 1;

	/**
	 * An array of all the '<em><b>Normalisatie</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Normalisatie[] VALUES_ARRAY =
		new Normalisatie[]
		{
			ZSCORE,
			RANG,
		};

	/**
	 * A public read-only list of all the '<em><b>Normalisatie</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Normalisatie> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Normalisatie</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Normalisatie get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Normalisatie result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Normalisatie</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Normalisatie getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Normalisatie result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Normalisatie</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Normalisatie get(int value)
	{
		switch (value)
		{
			case ZSCORE_VALUE: return ZSCORE;
			case RANG_VALUE: return RANG;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private Normalisatie(int value, String name, String literal)
	{
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue()
	{
	  return value;
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
	public String getLiteral()
	{
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString()
	{
		return literal;
	}
	
} //Normalisatie
