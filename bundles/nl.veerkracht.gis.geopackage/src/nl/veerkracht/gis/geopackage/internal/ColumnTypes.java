package nl.veerkracht.gis.geopackage.internal;

import java.util.Optional;

import mil.nga.geopackage.db.GeoPackageDataType;
import nl.veerkracht.gis.core.feature.AttributeType;

/**
 * Maps GeoPackage column data types to attribute types and back. DATE and DATETIME columns are read as
 * text (their ISO 8601 form); BLOB columns other than the geometry have no attribute type and are not
 * read.
 */
public final class ColumnTypes {

	private ColumnTypes() {
	}

	/**
	 * @param dataType a column's declared data type, {@code null} when SQLite knows it by another name
	 * @return the attribute type, or empty for BLOB columns
	 */
	public static Optional<AttributeType> attributeType(GeoPackageDataType dataType) {
		if (dataType == null) {
			return Optional.of(AttributeType.STRING);
		}
		return switch (dataType) {
			case BOOLEAN -> Optional.of(AttributeType.BOOLEAN);
			case TINYINT, SMALLINT, MEDIUMINT, INT, INTEGER -> Optional.of(AttributeType.INTEGER);
			case FLOAT, DOUBLE, REAL -> Optional.of(AttributeType.REAL);
			case TEXT, DATE, DATETIME -> Optional.of(AttributeType.STRING);
			case BLOB -> Optional.empty();
		};
	}

	/**
	 * @param type an attribute type
	 * @return the column data type it is written as
	 */
	public static GeoPackageDataType dataType(AttributeType type) {
		return switch (type) {
			case STRING -> GeoPackageDataType.TEXT;
			case INTEGER -> GeoPackageDataType.INTEGER;
			case REAL -> GeoPackageDataType.REAL;
			case BOOLEAN -> GeoPackageDataType.BOOLEAN;
		};
	}

	/**
	 * Converts a value as the JDBC driver returns it (Integer, Long, Double, String or byte[]) to the Java
	 * type of an attribute; SQLite does not enforce declared column types, so text in a numeric column is
	 * parsed.
	 *
	 * @param value the value, or {@code null}
	 * @param type  the attribute type
	 * @return the converted value, or {@code null}
	 * @throws IllegalArgumentException when the value cannot be converted
	 */
	public static Object convert(Object value, AttributeType type) {
		if (value == null) {
			return null;
		}
		return switch (type) {
			case STRING -> value instanceof byte[] ? null : value.toString();
			case INTEGER -> value instanceof Number number ? number.longValue() : Long.valueOf(text(value).trim());
			case REAL -> value instanceof Number number ? number.doubleValue() : Double.valueOf(text(value).trim());
			case BOOLEAN -> value instanceof Number number ? number.longValue() != 0 : parseBoolean(text(value));
		};
	}

	private static String text(Object value) {
		if (value instanceof byte[]) {
			throw new IllegalArgumentException("binary value in a non-binary column");
		}
		return value.toString();
	}

	private static Boolean parseBoolean(String text) {
		String trimmed = text.trim();
		if (trimmed.equals("1") || trimmed.equalsIgnoreCase("true")) {
			return Boolean.TRUE;
		}
		if (trimmed.equals("0") || trimmed.equalsIgnoreCase("false")) {
			return Boolean.FALSE;
		}
		throw new IllegalArgumentException("'" + text + "' is not a boolean");
	}
}
