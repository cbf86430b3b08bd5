package nl.veerkracht.cbs.online;

import java.util.Objects;

/**
 * The description of one column of a CBS OData table, from its {@code DataProperties} resource.
 *
 * @param key the column key as used in {@code TypedDataSet} rows, for example {@code "AantalInwoners_5"}
 * @param title the Dutch title, for example {@code "Aantal inwoners"}
 * @param type the CBS property type: {@code "Topic"} for a figure, {@code "Dimension"} or
 *        {@code "GeoDimension"} for a classification such as {@code WijkenEnBuurten}
 * @param unit the unit of a topic, for example {@code "aantal"} or {@code "%"}; {@code null} if none
 * @param decimals the number of decimals CBS publishes for a topic; {@code null} if not given
 */
public record DataProperty(String key, String title, String type, String unit, Integer decimals) {

	/**
	 * Validates the components.
	 *
	 * @throws NullPointerException if the key, title or type is {@code null}
	 */
	public DataProperty {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(type, "type");
	}
}
