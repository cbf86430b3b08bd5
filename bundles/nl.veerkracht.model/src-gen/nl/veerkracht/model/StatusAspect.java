/**
 */
package nl.veerkracht.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Status Aspect</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The three aspects whose status a wijkschets rates.
 * <!-- end-model-doc -->
 * @see nl.veerkracht.model.VeerkrachtPackage#getStatusAspect()
 * @model
 * @generated
 */
public enum StatusAspect implements Enumerator
{
	/**
	 * The '<em><b>FYSIEKE KWALITEIT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FYSIEKE_KWALITEIT_VALUE
	 * @generated
	 * @ordered
	 */
	FYSIEKE_KWALITEIT(0, "FYSIEKE_KWALITEIT", "fysieke kwaliteit"),

	/**
	 * The '<em><b>SOCIALE LEEFBAARHEID</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIALE_LEEFBAARHEID_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIALE_LEEFBAARHEID(1, "SOCIALE_LEEFBAARHEID", "sociale leefbaarheid"),

	/**
	 * The '<em><b>SOCIALE INFRASTRUCTUUR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIALE_INFRASTRUCTUUR_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIALE_INFRASTRUCTUUR(2, "SOCIALE_INFRASTRUCTUUR", "sociale infrastructuur");

	/**
	 * The '<em><b>FYSIEKE KWALITEIT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FYSIEKE_KWALITEIT
	 * @model literal="fysieke kwaliteit"
	 * @generated
	 * @ordered
	 */
	public static final int FYSIEKE_KWALITEIT_VALUE = 0;

	/**
	 * The '<em><b>SOCIALE LEEFBAARHEID</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIALE_LEEFBAARHEID
	 * @model literal="sociale leefbaarheid"
	 * @generated
	 * @ordered
	 */
	public static final int SOCIALE_LEEFBAARHEID_VALUE = 1;

	/**
	 * The '<em><b>SOCIALE INFRASTRUCTUUR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIALE_INFRASTRUCTUUR
	 * @model literal="sociale infrastructuur"
	 * @generated
	 * @ordered
	 */
	public static final int SOCIALE_INFRASTRUCTUUR_VALUE = 2;

	/**
	 * An array of all the '<em><b>Status Aspect</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final StatusAspect[] VALUES_ARRAY =
		new StatusAspect[]
		{
			FYSIEKE_KWALITEIT,
			SOCIALE_LEEFBAARHEID,
			SOCIALE_INFRASTRUCTUUR,
		};

	/**
	 * A public read-only list of all the '<em><b>Status Aspect</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<StatusAspect> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Status Aspect</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StatusAspect get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			StatusAspect result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Status Aspect</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StatusAspect getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			StatusAspect result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Status Aspect</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static StatusAspect get(int value)
	{
		switch (value)
		{
			case FYSIEKE_KWALITEIT_VALUE: return FYSIEKE_KWALITEIT;
			case SOCIALE_LEEFBAARHEID_VALUE: return SOCIALE_LEEFBAARHEID;
			case SOCIALE_INFRASTRUCTUUR_VALUE: return SOCIALE_INFRASTRUCTUUR;
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
	private StatusAspect(int value, String name, String literal)
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
	
} //StatusAspect
