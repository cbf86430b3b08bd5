/**
 */
package nl.veerkracht.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Strategie</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The second axis of the perspectives: coping with a concentration of low self-reliance, or counteracting it.
 * <!-- end-model-doc -->
 * @see nl.veerkracht.model.VeerkrachtPackage#getStrategie()
 * @model
 * @generated
 */
public enum Strategie implements Enumerator
{
	/**
	 * The '<em><b>OMGAAN MET</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OMGAAN_MET_VALUE
	 * @generated
	 * @ordered
	 */
	OMGAAN_MET(0, "OMGAAN_MET", "omgaan met"),

	/**
	 * The '<em><b>TEGENGAAN VAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEGENGAAN_VAN_VALUE
	 * @generated
	 * @ordered
	 */
	TEGENGAAN_VAN(1, "TEGENGAAN_VAN", "tegengaan van");

	/**
	 * The '<em><b>OMGAAN MET</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OMGAAN_MET
	 * @model literal="omgaan met"
	 * @generated
	 * @ordered
	 */
	public static final int OMGAAN_MET_VALUE = 0;

	/**
	 * The '<em><b>TEGENGAAN VAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEGENGAAN_VAN
	 * @model literal="tegengaan van"
	 * @generated
	 * @ordered
	 */
	public static final int TEGENGAAN_VAN_VALUE = 1;

	/**
	 * An array of all the '<em><b>Strategie</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Strategie[] VALUES_ARRAY =
		new Strategie[]
		{
			OMGAAN_MET,
			TEGENGAAN_VAN,
		};

	/**
	 * A public read-only list of all the '<em><b>Strategie</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Strategie> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Strategie</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Strategie get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Strategie result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Strategie</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Strategie getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			Strategie result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Strategie</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Strategie get(int value)
	{
		switch (value)
		{
			case OMGAAN_MET_VALUE: return OMGAAN_MET;
			case TEGENGAAN_VAN_VALUE: return TEGENGAAN_VAN;
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
	private Strategie(int value, String name, String literal)
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
	
} //Strategie
