package nl.veerkracht.gis.geopackage.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;

import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureTable;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import nl.veerkracht.gis.core.crs.Crs;
import nl.veerkracht.gis.core.crs.UnknownCrsException;
import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.AttributeType;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.feature.FeatureSchema;
import nl.veerkracht.gis.core.io.DataSourceException;

/**
 * Reads one feature table of an open GeoPackage: its columns (described by mil.nga) become the schema,
 * its rows are read with one plain JDBC query and the geometries decoded straight from WKB into JTS.
 * Feature ids are the primary key values; a NULL geometry becomes an empty geometry collection.
 */
public final class FeatureTableReader {

	private final Path file;
	private final GeometryFactory geometryFactory;

	/**
	 * @param file            the GeoPackage, named in error messages
	 * @param geometryFactory builds the geometries
	 */
	public FeatureTableReader(Path file, GeometryFactory geometryFactory) {
		this.file = file;
		this.geometryFactory = geometryFactory;
	}

	/**
	 * Reads a feature table.
	 *
	 * @param dao        mil.nga's access to the table
	 * @param connection the JDBC connection of the GeoPackage
	 * @param progress   counts the features read
	 * @return the table as a layer named after the table
	 * @throws DataSourceException when the table, its CRS or a row cannot be read
	 * @throws SQLException        when the query fails
	 */
	public FeatureCollection read(FeatureDao dao, Connection connection, FeatureProgress progress)
			throws DataSourceException, SQLException {
		FeatureTable table = dao.getTable();
		String tableName = table.getTableName();
		String geometryColumn = table.getGeometryColumnName();
		String pkColumn = table.getPkColumnName();
		List<String> columnNames = new ArrayList<>();
		List<AttributeDescriptor> attributes = new ArrayList<>();
		for (FeatureColumn column : table.getColumns()) {
			if (column.isPrimaryKey() || column.getName().equals(geometryColumn)) {
				continue;
			}
			Optional<AttributeType> type = ColumnTypes.attributeType(column.getDataType());
			if (type.isPresent()) {
				columnNames.add(column.getName());
				attributes.add(new AttributeDescriptor(column.getName(), type.get()));
			}
		}
		FeatureSchema schema = new FeatureSchema(tableName, attributes);
		Crs crs = crsOf(tableName, dao.getSrs());
		List<Feature> features = new ArrayList<>();
		GeoPackageBinary binary = new GeoPackageBinary(geometryFactory);
		try (PreparedStatement query = connection.prepareStatement(selectAll(tableName, pkColumn, geometryColumn,
				columnNames)); ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				features.add(readRow(rows, schema, binary));
				progress.featureDone();
			}
		}
		return new FeatureCollection(schema, features, crs);
	}

	private Feature readRow(ResultSet rows, FeatureSchema schema, GeoPackageBinary binary)
			throws SQLException, DataSourceException {
		String id = pkValue(rows);
		byte[] blob = rows.getBytes(2);
		Geometry geometry;
		try {
			geometry = blob == null ? geometryFactory.createGeometryCollection() : binary.read(blob);
		} catch (ParseException | RuntimeException e) {
			throw fault(schema, id, "its geometry cannot be decoded (" + e.getMessage() + ")", e);
		}
		Object[] values = new Object[schema.size()];
		for (int i = 0; i < values.length; i++) {
			AttributeDescriptor attribute = schema.attribute(i);
			try {
				values[i] = ColumnTypes.convert(rows.getObject(i + 3), attribute.type());
			} catch (IllegalArgumentException e) {
				throw fault(schema, id, "column '" + attribute.name() + "' holds a value that is not "
						+ attribute.type() + " (" + e.getMessage() + ")", e);
			}
		}
		return new Feature(id, geometry, schema, values);
	}

	private static String pkValue(ResultSet rows) throws SQLException {
		Object pk = rows.getObject(1);
		return String.valueOf(pk);
	}

	private DataSourceException fault(FeatureSchema schema, String id, String problem, Exception cause) {
		return new DataSourceException(file, "table '" + schema.getName() + "', feature " + id + ": " + problem,
				cause);
	}

	private Crs crsOf(String tableName, SpatialReferenceSystem srs) throws DataSourceException {
		if (srs == null) {
			throw new DataSourceException(file, "table '" + tableName + "' has no spatial reference system", null);
		}
		String organization = srs.getOrganization();
		if (organization == null || !organization.equalsIgnoreCase(SpatialReferenceSystems.EPSG)) {
			throw new DataSourceException(file, "table '" + tableName + "' uses spatial reference system "
					+ srs.getSrsId() + " (" + organization + " " + srs.getOrganizationCoordsysId()
					+ "), which has no EPSG code", null);
		}
		try {
			return Crs.forCode("EPSG:" + srs.getOrganizationCoordsysId());
		} catch (UnknownCrsException e) {
			throw new DataSourceException(file, "table '" + tableName + "': " + e.getMessage(), e);
		}
	}

	private static String selectAll(String tableName, String pkColumn, String geometryColumn, List<String> columns) {
		StringBuilder sql = new StringBuilder("SELECT ").append(SqlNames.quote(pkColumn)).append(", ")
				.append(SqlNames.quote(geometryColumn));
		for (String column : columns) {
			sql.append(", ").append(SqlNames.quote(column));
		}
		return sql.append(" FROM ").append(SqlNames.quote(tableName)).append(" ORDER BY ")
				.append(SqlNames.quote(pkColumn)).toString();
	}
}
