/**
 */
package nl.veerkracht.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Project Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How far a key project is.
 * <!-- end-model-doc -->
 * @see nl.veerkracht.model.VeerkrachtPackage#getProjectStatus()
 * @model
 * @generated
 */
public enum ProjectStatus implements Enumerator
{
	/**
	 * The '<em><b>GEPLAND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GEPLAND_VALUE
	 * @generated
	 * @ordered
	 */
	GEPLAND(0, "GEPLAND", "gepland"),

	/**
	 * The '<em><b>LOPEND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOPEND_VALUE
	 * @generated
	 * @ordered
	 */
	LOPEND(1, "LOPEND", "lopend"),

	/**
	 * The '<em><b>AFGEROND</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AFGEROND_VALUE
	 * @generated
	 * @ordered
	 */
	AFGEROND(2, "AFGEROND", "afgerond"),

	/**
	 * The '<em><b>GESTOPT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GESTOPT_VALUE
	 * @generated
	 * @ordered
	 */
	GESTOPT(3, "GESTOPT", "gestopt");

	/**
	 * The '<em><b>GEPLAND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GEPLAND
	 * @model literal="gepland"
	 * @generated
	 * @ordered
	 */
	public static final int GEPLAND_VALUE = 0;

	/**
	 * The '<em><b>LOPEND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOPEND
	 * @model literal="lopend"
	 * @generated
	 * @ordered
	 */
	public static final int LOPEND_VALUE = 1;

	/**
	 * The '<em><b>AFGEROND</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AFGEROND
	 * @model literal="afgerond"
	 * @generated
	 * @ordered
	 */
	public static final int AFGEROND_VALUE = 2;

	/**
	 * The '<em><b>GESTOPT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GESTOPT
	 * @model literal="gestopt"
	 * @generated
	 * @ordered
	 */
	public static final int GESTOPT_VALUE = 3;

	/**
	 * An array of all the '<em><b>Project Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ProjectStatus[] VALUES_ARRAY =
		new ProjectStatus[]
		{
			GEPLAND,
			LOPEND,
			AFGEROND,
			GESTOPT,
		};

	/**
	 * A public read-only list of all the '<em><b>Project Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ProjectStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Project Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProjectStatus get(String literal)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ProjectStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Project Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProjectStatus getByName(String name)
	{
		for (int i = 0; i < VALUES_ARRAY.length; ++i)
		{
			ProjectStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name))
			{
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Project Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProjectStatus get(int value)
	{
		switch (value)
		{
			case GEPLAND_VALUE: return GEPLAND;
			case LOPEND_VALUE: return LOPEND;
			case AFGEROND_VALUE: return AFGEROND;
			case GESTOPT_VALUE: return GESTOPT;
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
	private ProjectStatus(int value, String name, String literal)
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
	
} //ProjectStatus
