package nl.veerkracht.gis.geopackage.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.style.qml.QmlWriter;
import nl.veerkracht.gis.core.style.sld.GeometryKind;
import nl.veerkracht.gis.core.style.sld.SldWriter;
import nl.veerkracht.gis.core.style.sld.StyledLayer;
import nl.veerkracht.gis.geopackage.NamedStyle;

/**
 * Writes the {@code layer_styles} table in which QGIS (and GDAL, which reads it as a plain attribute table)
 * keep the styles of a GeoPackage's layers: created with exactly the columns and DDL that QGIS 3.22 creates
 * through GDAL, registered in {@code gpkg_contents} as an {@code attributes} table as QGIS registers it (QGIS
 * adds no {@code gpkg_extensions} row for it), with one row per style holding both the QML and the SLD
 * document. QGIS applies the row marked {@code useAsDefault} when it opens the layer.
 */
public final class LayerStylesTable {

	/** The table's name, fixed by QGIS. */
	public static final String NAME = "layer_styles";

	private static final String CREATE = "CREATE TABLE \"layer_styles\" ( \"id\" INTEGER PRIMARY KEY AUTOINCREMENT "
			+ "NOT NULL, \"f_table_catalog\" TEXT(256), \"f_table_schema\" TEXT(256), \"f_table_name\" TEXT(256), "
			+ "\"f_geometry_column\" TEXT(256), \"styleName\" TEXT(30), \"styleQML\" TEXT, \"styleSLD\" TEXT, "
			+ "\"useAsDefault\" BOOLEAN, \"description\" TEXT, \"owner\" TEXT(30), \"ui\" TEXT(30), "
			+ "\"update_time\" DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))";

	private static final String REGISTER = "INSERT INTO gpkg_contents (table_name, data_type, identifier, "
			+ "description, last_change, srs_id) VALUES ('layer_styles', 'attributes', 'layer_styles', '', "
			+ "strftime('%Y-%m-%dT%H:%M:%fZ','now'), 0)";

	private static final String INSERT = "INSERT INTO \"layer_styles\" (f_table_catalog, f_table_schema, "
			+ "f_table_name, f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, owner) "
			+ "VALUES ('', '', ?, ?, ?, ?, ?, ?, ?, '')";

	private final Connection connection;
	private boolean created;

	/**
	 * @param connection the GeoPackage's JDBC connection
	 */
	public LayerStylesTable(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Adds the styles of a feature table, the first as its default; creates and registers the table on the
	 * first call.
	 *
	 * @param layer          the layer written as the table, whose geometries decide the symbolizers
	 * @param tableName      the feature table's name
	 * @param geometryColumn its geometry column
	 * @param styles         the styles, the default first
	 * @throws SQLException when the database refuses a statement
	 */
	public void add(FeatureCollection layer, String tableName, String geometryColumn, List<NamedStyle> styles)
			throws SQLException {
		if (styles.isEmpty()) {
			return;
		}
		createOnce();
		GeometryKind kind = GeometryKind.of(layer);
		try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
			boolean first = true;
			for (NamedStyle style : styles) {
				insert.setString(1, tableName);
				insert.setString(2, geometryColumn);
				insert.setString(3, style.name());
				insert.setString(4, QmlWriter.toXml(style.style(), kind));
				insert.setString(5, SldWriter.toXml(List.of(new StyledLayer(tableName, style.style(), kind))));
				insert.setBoolean(6, first);
				insert.setString(7, style.description());
				insert.executeUpdate();
				first = false;
			}
		}
	}

	private void createOnce() throws SQLException {
		if (created) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.executeUpdate(CREATE);
			statement.executeUpdate(REGISTER);
		}
		created = true;
	}
}
