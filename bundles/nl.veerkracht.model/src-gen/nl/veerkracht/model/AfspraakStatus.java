/**
 */
package nl.veerkracht.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Afspraak Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The status of a performance agreement.
 * <!-- end-model-doc -->
 * @see nl.veerkracht.model.VeerkrachtPackage#getAfspraakStatus()
 * @model
 * @generated
 */
public enum AfspraakStatus implements Enumerator
{
	/**
	 * The '<em><b>CONCEPT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONCEPT_VALUE
	 * @generated
	 * @ordered
	 */
	CONCEPT(0, "CONCEPT", "concept"),

	/**
	 * The '<em><b>AFGESPROKEN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AFGESPROKEN_VALUE
	 * @generated
	 * @ordered
	 */
	AFGESPROKEN(1, "AFGESPROKEN", "afgesproken"),

	/**
	 * The '<em><b>IN UITVOERING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_UITVOERING_VALUE
	 * @generated
	 * @ordered
	 */
	IN_UITVOERING(2, "IN_UITVOERING", "in uitvoering"),

	/**
	 * The '<em><b>GEREALISEERD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GEREALISEERD_VALUE
	 * @generated
	 * @ordered
	 */
	GEREALISEERD(3, "GEREALISEERD", "gerealiseerd"),

	/**
	 * The '<em><b>NIET GEREALISEERD</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NIET_GEREALISEERD_VALUE
	 * @generated
	 * @ordered
	 */
	NIET_GEREALISEERD(4, "NIET_GEREALISEERD", "niet gerealiseerd");

	/**
	 * The '<em><b>CONCEPT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONCEPT
	 * @model literal="concept"
	 * @generated
	 * @ordered
	 */
	public static final int CONCEPT_VALUE = 0;

	/**
	 * The '<em><b>AFGESPROKEN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AFGESPROKEN
	 * @model literal="afgesproken"
	 * @generated
	 * @ordered
	 */
	public static final int AFGESPROKEN_VALUE = 1;

	/**
	 * The '<em><b>IN UITVOERING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_UITVOERING
	 * @model literal="in uitvoering"
	 * @generated
	 * @ordered
	 */
	public static final int IN_UITVOERING_VALUE = 2;

	/**
	 * The '<em><b>GEREALISEERD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GEREALISEERD
	 * @model literal="gerealiseerd"
	 * @generated
	 * @ordered
	 */
	public static final int GEREALISEERD_VALUE = 3;

	/**
	 * The '<em><b>NIET GEREALISEERD</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NIET_GEREALISEERD
	 * @model literal="niet gerealiseerd"
	 * @generated
	 * @ordered
	 */
	public static final int NIET_GEREALISEERD_VALUE = 4;

	/**
	 * An array of all the '<em><b>Afspraak Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AfspraakStatus[] VALUES_ARRAY =
		new AfspraakStatus[]
		{
			CONCEPT,
			AFGESPROKEN,
			IN_UITVOERING,
			GEREALISEERD,
			NIET_GEREALISEERD,
		};

	/**
	 * A public read-only list of all the '<em><b>Afspraak Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AfspraakStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Afspraak Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AfspraakStatus get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			AfspraakStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Afspraak Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AfspraakStatus getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			AfspraakStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Afspraak Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AfspraakStatus get(int value)
	{
		switch (value)
		{
			case CONCEPT_VALUE: return CONCEPT;
			case AFGESPROKEN_VALUE: return AFGESPROKEN;
			case IN_UITVOERING_VALUE: return IN_UITVOERING;
			case GEREALISEERD_VALUE: return GEREALISEERD;
			case NIET_GEREALISEERD_VALUE: return NIET_GEREALISEERD;
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
	private AfspraakStatus(int value, String name, String literal)
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
	
} //AfspraakStatus
