package nl.veerkracht.gis.shapefile.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.h2.value.Value;
import org.h2gis.functions.io.dbf.internal.DbaseFileHeader;

import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.AttributeType;
import nl.veerkracht.gis.core.io.DataSourceException;

/**
 * The columns of a {@code .dbf} as typed attributes: C STRING; N without decimals INTEGER when every value
 * fits a long, else REAL; N with decimals and F REAL; L BOOLEAN; D STRING {@code yyyy-MM-dd}.
 */
final class DbfColumns {

	private static final int DATE_LENGTH = 8;

	private final DatedDbaseFileReader table;
	private final FileChannel dates;
	private final Path dbf;
	private final List<String> names = new ArrayList<>();
	private final char[] types;
	private final boolean[] integral;
	private final boolean[] sawReal;

	DbfColumns(DatedDbaseFileReader table, FileChannel dates, Path dbf) throws DataSourceException {
		this.table = table;
		this.dates = dates;
		this.dbf = dbf;
		DbaseFileHeader header = table.getHeader();
		int count = header.getNumFields();
		types = new char[count];
		integral = new boolean[count];
		sawReal = new boolean[count];
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < count; i++) {
			char type = Character.toUpperCase(header.getFieldType(i));
			if ("CNFLD".indexOf(type) < 0) {
				throw new DataSourceException(dbf, "field '" + header.getFieldName(i) + "' has dBase type '" + type
						+ "', which is not supported (only C, N, F, L and D)", null);
			}
			types[i] = type;
			integral[i] = type == 'N' && header.getFieldDecimalCount(i) == 0;
			String name = header.getFieldName(i).isBlank() ? "field" + (i + 1) : header.getFieldName(i);
			while (!seen.add(name.toLowerCase(Locale.ROOT))) {
				name = name + "_" + (i + 1);
			}
			names.add(name);
		}
	}

	/** Reads the values of one record: String, Long, Double or Boolean, or null. */
	Object[] row(int record) throws IOException {
		Object[] values = new Object[types.length];
		for (int field = 0; field < types.length; field++) {
			values[field] = types[field] == 'D' ? date(record, field) : value(table.getFieldValue(record, field), field);
		}
		return values;
	}

	private Object value(Value value, int field) {
		if (value == null || value.getValueType() == Value.NULL) {
			return null;
		}
		return switch (types[field]) {
			case 'C' -> value.getString();
			case 'L' -> value.getBoolean();
			case 'N', 'F' -> {
				int valueType = value.getValueType();
				if (integral[field] && (valueType == Value.INTEGER || valueType == Value.BIGINT)) {
					yield value.getLong();
				}
				sawReal[field] = true;
				yield value.getDouble();
			}
			default -> throw new IllegalStateException("type " + types[field]);
		};
	}

	private String date(int record, int field) throws IOException {
		ByteBuffer bytes = ByteBuffer.allocate(DATE_LENGTH);
		dates.read(bytes, table.positionOf(record, field));
		String digits = new String(bytes.array(), 0, bytes.position(), StandardCharsets.US_ASCII).strip();
		if (digits.length() != DATE_LENGTH || !digits.chars().allMatch(Character::isDigit)
				|| digits.equals("00000000")) {
			return null;
		}
		return digits.substring(0, 4) + "-" + digits.substring(4, 6) + "-" + digits.substring(6);
	}

	/** @return the attributes, known once every record is read */
	List<AttributeDescriptor> attributes() {
		List<AttributeDescriptor> attributes = new ArrayList<>(types.length);
		for (int i = 0; i < types.length; i++) {
			attributes.add(new AttributeDescriptor(names.get(i), type(i)));
		}
		return attributes;
	}

	private AttributeType type(int field) {
		return switch (types[field]) {
			case 'L' -> AttributeType.BOOLEAN;
			case 'N', 'F' -> integral[field] && !sawReal[field] ? AttributeType.INTEGER : AttributeType.REAL;
			default -> AttributeType.STRING;
		};
	}

	/** Converts a row read earlier to the final column types. */
	Object[] complete(Object[] row) {
		Object[] values = row.clone();
		for (int i = 0; i < values.length; i++) {
			if (values[i] instanceof Long number && type(i) == AttributeType.REAL) {
				values[i] = number.doubleValue();
			}
		}
		return values;
	}

	@Override
	public String toString() {
		return dbf.getFileName() + " " + names;
	}
}
