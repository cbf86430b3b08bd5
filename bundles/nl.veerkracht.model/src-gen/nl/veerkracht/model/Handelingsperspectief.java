/**
 */
package nl.veerkracht.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Handelingsperspectief</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The four handelingsperspectieven: mens/fysiek against omgaan met/tegengaan van.
 * <!-- end-model-doc -->
 * @see nl.veerkracht.model.VeerkrachtPackage#getHandelingsperspectief()
 * @model
 * @generated
 */
public enum Handelingsperspectief implements Enumerator
{
	/**
	 * The '<em><b>SOCIALE AANPAK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIALE_AANPAK_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIALE_AANPAK(0, "SOCIALE_AANPAK", "Sociale aanpak"),

	/**
	 * The '<em><b>LEEFOMGEVING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEEFOMGEVING_VALUE
	 * @generated
	 * @ordered
	 */
	LEEFOMGEVING(1, "LEEFOMGEVING", "Leefomgeving"),

	/**
	 * The '<em><b>WONINGPROGRAMMA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WONINGPROGRAMMA_VALUE
	 * @generated
	 * @ordered
	 */
	WONINGPROGRAMMA(2, "WONINGPROGRAMMA", "Woningprogramma"),

	/**
	 * The '<em><b>HERPOSITIONERING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HERPOSITIONERING_VALUE
	 * @generated
	 * @ordered
	 */
	HERPOSITIONERING(3, "HERPOSITIONERING", "Herpositionering bestaande voorraad");

	/**
	 * The '<em><b>SOCIALE AANPAK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIALE_AANPAK
	 * @model literal="Sociale aanpak"
	 * @generated
	 * @ordered
	 */
	public static final int SOCIALE_AANPAK_VALUE = 0;

	/**
	 * The '<em><b>LEEFOMGEVING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEEFOMGEVING
	 * @model literal="Leefomgeving"
	 * @generated
	 * @ordered
	 */
	public static final int LEEFOMGEVING_VALUE = 1;

	/**
	 * The '<em><b>WONINGPROGRAMMA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WONINGPROGRAMMA
	 * @model literal="Woningprogramma"
	 * @generated
	 * @ordered
	 */
	public static final int WONINGPROGRAMMA_VALUE = 2;

	/**
	 * The '<em><b>HERPOSITIONERING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HERPOSITIONERING
	 * @model literal="Herpositionering bestaande voorraad"
	 * @generated
	 * @ordered
	 */
	public static final int HERPOSITIONERING_VALUE = 3;

	/**
	 * An array of all the '<em><b>Handelingsperspectief</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Handelingsperspectief[] VALUES_ARRAY =
		new Handelingsperspectief[]
		{
			SOCIALE_AANPAK,
			LEEFOMGEVING,
			WONINGPROGRAMMA,
			HERPOSITIONERING,
		};

	/**
	 * A public read-only list of all the '<em><b>Handelingsperspectief</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Handelingsperspectief> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Handelingsperspectief</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Handelingsperspectief get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Handelingsperspectief result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Handelingsperspectief</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Handelingsperspectief getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Handelingsperspectief result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Handelingsperspectief</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Handelingsperspectief get(int value)
	{
		switch (value)
		{
			case SOCIALE_AANPAK_VALUE: return SOCIALE_AANPAK;
			case LEEFOMGEVING_VALUE: return LEEFOMGEVING;
			case WONINGPROGRAMMA_VALUE: return WONINGPROGRAMMA;
			case HERPOSITIONERING_VALUE: return HERPOSITIONERING;
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
	private Handelingsperspectief(int value, String name, String literal)
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
	
} //Handelingsperspectief
