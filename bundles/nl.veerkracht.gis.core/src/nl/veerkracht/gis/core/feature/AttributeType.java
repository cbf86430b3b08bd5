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
}
