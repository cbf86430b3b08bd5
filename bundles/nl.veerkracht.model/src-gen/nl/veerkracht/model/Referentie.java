/**
 */
package nl.veerkracht.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Referentie</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The regions a signal map normalises each indicator against.
 * <!-- end-model-doc -->
 * @see nl.veerkracht.model.VeerkrachtPackage#getReferentie()
 * @model
 * @generated
 */
public enum Referentie implements Enumerator
{
	/**
	 * The '<em><b>GEMEENTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The buurten of the same gemeente.
	 * <!-- end-model-doc -->
	 * @see #GEMEENTE_VALUE
	 * @generated
	 * @ordered
	 */
	GEMEENTE(0, "GEMEENTE", "gemeente"),

	/**
	 * The '<em><b>ALLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All buurten scored.
	 * <!-- end-model-doc -->
	 * @see #ALLE_VALUE
	 * @generated
	 * @ordered
	 */
	ALLE(1, "ALLE", "alle");

	/**
	 * The '<em><b>GEMEENTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The buurten of the same gemeente.
	 * <!-- end-model-doc -->
	 * @see #GEMEENTE
	 * @model literal="gemeente"
	 * @generated
	 * @ordered
	 */
	public static final int GEMEENTE_VALUE = 0;

	/**
	 * The '<em><b>ALLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All buurten scored.
	 * <!-- end-model-doc -->
	 * @see #ALLE
	 * @model literal="alle"
	 * @generated
	 * @ordered
	 */
	public static final int ALLE_VALUE = 1;

	/**
	 * An array of all the '<em><b>Referentie</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Referentie[] VALUES_ARRAY =
		new Referentie[]
		{
			GEMEENTE,
			ALLE,
		};

	/**
	 * A public read-only list of all the '<em><b>Referentie</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Referentie> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Referentie</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Referentie get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Referentie result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Referentie</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Referentie getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Referentie result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Referentie</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Referentie get(int value)
	{
		switch (value)
		{
			case GEMEENTE_VALUE: return GEMEENTE;
			case ALLE_VALUE: return ALLE;
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
	private Referentie(int value, String name, String literal)
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
	
} //Referentie
