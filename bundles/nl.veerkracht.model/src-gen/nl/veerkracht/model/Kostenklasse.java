/**
 */
package nl.veerkracht.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Kostenklasse</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * A rough cost class of a measure.
 * <!-- end-model-doc -->
 * @see nl.veerkracht.model.VeerkrachtPackage#getKostenklasse()
 * @model
 * @generated
 */
public enum Kostenklasse implements Enumerator
{
	/**
	 * The '<em><b>ONBEKEND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ONBEKEND_VALUE
	 * @generated
	 * @ordered
	 */
	ONBEKEND(0, "ONBEKEND", "onbekend"),

	/**
	 * The '<em><b>LAAG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAAG_VALUE
	 * @generated
	 * @ordered
	 */
	LAAG(1, "LAAG", "laag"),

	/**
	 * The '<em><b>MIDDEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIDDEN_VALUE
	 * @generated
	 * @ordered
	 */
	MIDDEN(2, "MIDDEN", "midden"),

	/**
	 * The '<em><b>HOOG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOOG_VALUE
	 * @generated
	 * @ordered
	 */
	HOOG(3, "HOOG", "hoog");

	/**
	 * The '<em><b>ONBEKEND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ONBEKEND
	 * @model literal="onbekend"
	 * @generated
	 * @ordered
	 */
	public static final int ONBEKEND_VALUE = 0;

	/**
	 * The '<em><b>LAAG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAAG
	 * @model literal="laag"
	 * @generated
	 * @ordered
	 */
	public static final int LAAG_VALUE = 1;

	/**
	 * The '<em><b>MIDDEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIDDEN
	 * @model literal="midden"
	 * @generated
	 * @ordered
	 */
	public static final int MIDDEN_VALUE = 2;

	/**
	 * The '<em><b>HOOG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOOG
	 * @model literal="hoog"
	 * @generated
	 * @ordered
	 */
	public static final int HOOG_VALUE = 3;

	/**
	 * An array of all the '<em><b>Kostenklasse</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Kostenklasse[] VALUES_ARRAY =
		new Kostenklasse[]
		{
			ONBEKEND,
			LAAG,
			MIDDEN,
			HOOG,
		};

	/**
	 * A public read-only list of all the '<em><b>Kostenklasse</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Kostenklasse> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Kostenklasse</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Kostenklasse get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Kostenklasse result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kostenklasse</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Kostenklasse getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Kostenklasse result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kostenklasse</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Kostenklasse get(int value)
	{
		switch (value)
		{
			case ONBEKEND_VALUE: return ONBEKEND;
			case LAAG_VALUE: return LAAG;
			case MIDDEN_VALUE: return MIDDEN;
			case HOOG_VALUE: return HOOG;
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
	private Kostenklasse(int value, String name, String literal)
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
	
} //Kostenklasse
