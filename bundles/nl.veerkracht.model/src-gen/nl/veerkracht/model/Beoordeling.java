/**
 */
package nl.veerkracht.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Beoordeling</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The fixed five-point rating scale of a status, from 1 (zeer zwak) to 5 (goed).
 * <!-- end-model-doc -->
 * @see nl.veerkracht.model.VeerkrachtPackage#getBeoordeling()
 * @model
 * @generated
 */
public enum Beoordeling implements Enumerator
{
	/**
	 * The '<em><b>ZEER ZWAK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZEER_ZWAK_VALUE
	 * @generated
	 * @ordered
	 */
	ZEER_ZWAK(1, "ZEER_ZWAK", "zeer zwak"),

	/**
	 * The '<em><b>ZWAK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZWAK_VALUE
	 * @generated
	 * @ordered
	 */
	ZWAK(2, "ZWAK", "zwak"),

	/**
	 * The '<em><b>MATIG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MATIG_VALUE
	 * @generated
	 * @ordered
	 */
	MATIG(3, "MATIG", "matig"),

	/**
	 * The '<em><b>VOLDOENDE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLDOENDE_VALUE
	 * @generated
	 * @ordered
	 */
	VOLDOENDE(4, "VOLDOENDE", "voldoende"),

	/**
	 * The '<em><b>GOED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOED_VALUE
	 * @generated
	 * @ordered
	 */
	GOED(5, "GOED", "goed");

	/**
	 * The '<em><b>ZEER ZWAK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZEER_ZWAK
	 * @model literal="zeer zwak"
	 * @generated
	 * @ordered
	 */
	public static final int ZEER_ZWAK_VALUE = 1;

	/**
	 * The '<em><b>ZWAK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ZWAK
	 * @model literal="zwak"
	 * @generated
	 * @ordered
	 */
	public static final int ZWAK_VALUE = 2;

	/**
	 * The '<em><b>MATIG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MATIG
	 * @model literal="matig"
	 * @generated
	 * @ordered
	 */
	public static final int MATIG_VALUE = 3;

	/**
	 * The '<em><b>VOLDOENDE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLDOENDE
	 * @model literal="voldoende"
	 * @generated
	 * @ordered
	 */
	public static final int VOLDOENDE_VALUE = 4;

	/**
	 * The '<em><b>GOED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GOED
	 * @model literal="goed"
	 * @generated
	 * @ordered
	 */
	public static final int GOED_VALUE = 5;

	/**
	 * An array of all the '<em><b>Beoordeling</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Beoordeling[] VALUES_ARRAY =
		new Beoordeling[]
		{
			ZEER_ZWAK,
			ZWAK,
			MATIG,
			VOLDOENDE,
			GOED,
		};

	/**
	 * A public read-only list of all the '<em><b>Beoordeling</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Beoordeling> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Beoordeling</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Beoordeling get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Beoordeling result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Beoordeling</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Beoordeling getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Beoordeling result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Beoordeling</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Beoordeling get(int value)
	{
		switch (value)
		{
			case ZEER_ZWAK_VALUE: return ZEER_ZWAK;
			case ZWAK_VALUE: return ZWAK;
			case MATIG_VALUE: return MATIG;
			case VOLDOENDE_VALUE: return VOLDOENDE;
			case GOED_VALUE: return GOED;
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
	private Beoordeling(int value, String name, String literal)
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
	
} //Beoordeling
