/**
 */
package nl.veerkracht.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Partij Rol</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The kind of party to a performance agreement.
 * <!-- end-model-doc -->
 * @see nl.veerkracht.model.VeerkrachtPackage#getPartijRol()
 * @model
 * @generated
 */
public enum PartijRol implements Enumerator
{
	/**
	 * The '<em><b>GEMEENTE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GEMEENTE_VALUE
	 * @generated
	 * @ordered
	 */
	GEMEENTE(0, "GEMEENTE", "gemeente"),

	/**
	 * The '<em><b>WONINGCORPORATIE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WONINGCORPORATIE_VALUE
	 * @generated
	 * @ordered
	 */
	WONINGCORPORATIE(1, "WONINGCORPORATIE", "woningcorporatie"),

	/**
	 * The '<em><b>HUURDERSORGANISATIE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HUURDERSORGANISATIE_VALUE
	 * @generated
	 * @ordered
	 */
	HUURDERSORGANISATIE(2, "HUURDERSORGANISATIE", "huurdersorganisatie"),

	/**
	 * The '<em><b>OVERIG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OVERIG_VALUE
	 * @generated
	 * @ordered
	 */
	OVERIG(3, "OVERIG", "overig");

	/**
	 * The '<em><b>GEMEENTE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GEMEENTE
	 * @model literal="gemeente"
	 * @generated
	 * @ordered
	 */
	public static final int GEMEENTE_VALUE = 0;

	/**
	 * The '<em><b>WONINGCORPORATIE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WONINGCORPORATIE
	 * @model literal="woningcorporatie"
	 * @generated
	 * @ordered
	 */
	public static final int WONINGCORPORATIE_VALUE = 1;

	/**
	 * The '<em><b>HUURDERSORGANISATIE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HUURDERSORGANISATIE
	 * @model literal="huurdersorganisatie"
	 * @generated
	 * @ordered
	 */
	public static final int HUURDERSORGANISATIE_VALUE = 2;

	/**
	 * The '<em><b>OVERIG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OVERIG
	 * @model literal="overig"
	 * @generated
	 * @ordered
	 */
	public static final int OVERIG_VALUE = 3;

	/**
	 * An array of all the '<em><b>Partij Rol</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PartijRol[] VALUES_ARRAY =
		new PartijRol[]
		{
			GEMEENTE,
			WONINGCORPORATIE,
			HUURDERSORGANISATIE,
			OVERIG,
		};

	/**
	 * A public read-only list of all the '<em><b>Partij Rol</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PartijRol> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Partij Rol</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartijRol get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			PartijRol result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Partij Rol</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartijRol getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			PartijRol result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Partij Rol</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PartijRol get(int value)
	{
		switch (value)
		{
			case GEMEENTE_VALUE: return GEMEENTE;
			case WONINGCORPORATIE_VALUE: return WONINGCORPORATIE;
			case HUURDERSORGANISATIE_VALUE: return HUURDERSORGANISATIE;
			case OVERIG_VALUE: return OVERIG;
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
	private PartijRol(int value, String name, String literal)
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
	
} //PartijRol
