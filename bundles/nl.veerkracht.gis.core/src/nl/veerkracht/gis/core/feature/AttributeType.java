package nl.veerkracht.gis.core.feature;

/**
 * The value types an attribute of a {@link Feature} can have.
 */
public enum AttributeType {

	/** Text values, held as {@link String}. */
	STRING(String.class),

	/** Integral numbers, held as {@link Long}. */
	INTEGER(Long.class),

	/** Real numbers, held as {@link Double}. */
	REAL(Double.class),

	/** Truth values, held as {@link Boolean}. */
	BOOLEAN(Boolean.class);

	private final Class<?> javaType;

	AttributeType(Class<?> javaType) {
		this.javaType = javaType;
	}

	/**
	 * Returns the Java class of the values of this type.
	 *
	 * @return the value class, for example {@code Long.class} for {@link #INTEGER}
	 */
	public Class<?> javaType() {
		return javaType;
	}

	/**
	 * Tells whether a value may be stored in an attribute of this type.
	 *
	 * @param value the value, {@code null} meaning missing
	 * @return {@code true} if the value is {@code null} or an instance of {@link #javaType()}
	 */
	public boolean accepts(Object value) {
		return value == null || javaType.isInstance(value);
	}

	/**
	 * The type of a value as the readers infer it.
	 *
	 * @param value a value of one of the types' Java types, or {@code null}
	 * @return its type, or {@code null} for {@code null} (a missing value says nothing about the type)
	 * @throws IllegalArgumentException for a value of another Java type
	 */
	public static AttributeType of(Object value) {
		if (value == null) {
			return null;
		}
		for (AttributeType type : values()) {
			if (type.javaType.isInstance(value)) {
				return type;
			}
		}
		throw new IllegalArgumentException("No attribute type for " + value.getClass().getName());
	}

	/**
	 * Widens the type inferred for a column so far to hold a newly seen value's type as well: equal
	 * types stay, INTEGER and REAL make REAL, anything else mixed makes STRING.
	 *
	 * @param current  the type so far, {@code null} when only missing values were seen
	 * @param observed the type of the new value, {@code null} for a missing value
	 * @return the type that holds both
	 */
	public static AttributeType widen(AttributeType current, AttributeType observed) {
		if (observed == null || observed == current) {
			return current;
		}
		if (current == null) {
			return observed;
		}
		return current.isNumeric() && observed.isNumeric() ? REAL : STRING;
	}

	/** @return whether values of this type are numbers */
	public boolean isNumeric() {
		return this == INTEGER || this == REAL;
	}

	/**
	 * Converts a value of a narrower type into this type, as a column widened by {@link #widen} needs:
	 * whole numbers become doubles for REAL, anything becomes its text for STRING.
	 *
	 * @param value a value, or {@code null}
	 * @return the value in this type's Java type, or {@code null}
	 */
	public Object coerce(Object value) {
		if (accepts(value)) {
			return value;
		}
		if (this == REAL && value instanceof Number number) {
			return number.doubleValue();
		}
		if (this == STRING) {
			return String.valueOf(value);
		}
		throw new IllegalArgumentException(value + " cannot be a " + this);
	}
}
