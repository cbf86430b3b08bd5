package nl.veerkracht.gis.geopackage.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;

import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.extension.rtree.RTreeIndexExtension;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureTable;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryType;
import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;

/**
 * Writes one layer as a feature table: mil.nga creates the table with its {@code gpkg_contents} row
 * (with the layer's extent), {@code gpkg_geometry_columns} row and spatial reference system; the rows
 * and the R-tree spatial index entries are inserted with prepared statements in one transaction, and
 * the R-tree extension's triggers are added afterwards.
 * <p>
 * Feature ids that are all distinct integers become the primary key values; otherwise the rows are
 * numbered 1, 2, ... in feature order. Features with an empty geometry collection (no location) get a
 * NULL geometry.
 */
public final class FeatureTableWriter {

	private static final String PRIMARY_KEY = "fid";
	private static final String GEOMETRY = "geom";

	private final GeoPackage geoPackage;
	private final GeoPackageBinary binary;

	/**
	 * @param geoPackage the GeoPackage being written
	 * @param binary     encodes the geometries
	 */
	public FeatureTableWriter(GeoPackage geoPackage, GeoPackageBinary binary) {
		this.geoPackage = geoPackage;
		this.binary = binary;
	}

	/**
	 * Writes a layer.
	 *
	 * @param layer     the layer
	 * @param tableName the (unique) table name
	 * @param progress  counts the features written
	 * @return the name of the table's geometry column
	 * @throws SQLException when the database refuses a statement
	 */
	public String write(FeatureCollection layer, String tableName, FeatureProgress progress) throws SQLException {
		SpatialReferenceSystem srs = SpatialReferenceSystems.getOrCreate(geoPackage, layer.getCrs());
		List<String> attributeNames = layer.getSchema().getAttributes().stream().map(AttributeDescriptor::name)
				.toList();
		TableNames columnNames = new TableNames(attributeNames);
		String pkColumn = columnNames.unique(PRIMARY_KEY);
		String geometryColumn = columnNames.unique(GEOMETRY);

		GeometryColumns geometryColumns = new GeometryColumns();
		geometryColumns.setId(new TableColumnKey(tableName, geometryColumn));
		geometryColumns.setGeometryType(geometryType(layer));
		geometryColumns.setZ((byte) 0);
		geometryColumns.setM((byte) 0);
		geometryColumns.setSrs(srs);
		List<FeatureColumn> columns = new ArrayList<>();
		for (AttributeDescriptor attribute : layer.getSchema().getAttributes()) {
			columns.add(FeatureColumn.createColumn(attribute.name(), ColumnTypes.dataType(attribute.type())));
		}
		FeatureTable table = geoPackage.createFeatureTable(
				FeatureTableMetadata.create(geometryColumns, pkColumn, columns, boundingBox(layer.getEnvelope())));

		RTreeIndexExtension rtree = new RTreeIndexExtension(geoPackage);
		rtree.getOrCreate(table);
		rtree.createRTreeIndex(table);
		insertRows(layer, tableName, pkColumn, geometryColumn, (int) srs.getSrsId(), progress);
		rtree.createAllTriggers(table);
		return geometryColumn;
	}

	private void insertRows(FeatureCollection layer, String tableName, String pkColumn, String geometryColumn,
			int srsId, FeatureProgress progress) throws SQLException {
		int attributeCount = layer.getSchema().size();
		boolean keepIds = idsAreDistinctIntegers(layer.getFeatures());
		Connection connection = geoPackage.getConnection().getConnection();
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try (PreparedStatement insert = connection.prepareStatement(insertSql(tableName, pkColumn, geometryColumn,
				layer.getSchema().getAttributes()));
				PreparedStatement index = connection.prepareStatement("INSERT INTO "
						+ SqlNames.quote("rtree_" + tableName + "_" + geometryColumn) + " VALUES (?, ?, ?, ?, ?)")) {
			long rowNumber = 0;
			for (Feature feature : layer.getFeatures()) {
				rowNumber++;
				long fid = keepIds ? Long.parseLong(feature.getId()) : rowNumber;
				insert.setLong(1, fid);
				Geometry geometry = feature.getGeometry();
				if (isWithoutLocation(geometry)) {
					insert.setNull(2, Types.BLOB);
				} else {
					insert.setBytes(2, binary.write(geometry, srsId));
				}
				for (int i = 0; i < attributeCount; i++) {
					setValue(insert, i + 3, feature.getAttribute(i));
				}
				insert.executeUpdate();
				if (!geometry.isEmpty()) {
					Envelope envelope = geometry.getEnvelopeInternal();
					index.setLong(1, fid);
					index.setDouble(2, envelope.getMinX());
					index.setDouble(3, envelope.getMaxX());
					index.setDouble(4, envelope.getMinY());
					index.setDouble(5, envelope.getMaxY());
					index.executeUpdate();
				}
				progress.featureDone();
			}
			connection.commit();
		} catch (SQLException | RuntimeException e) {
			connection.rollback();
			throw e;
		} finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	private static void setValue(PreparedStatement insert, int parameter, Object value) throws SQLException {
		if (value == null) {
			insert.setNull(parameter, Types.NULL);
		} else if (value instanceof Long number) {
			insert.setLong(parameter, number);
		} else if (value instanceof Double number) {
			insert.setDouble(parameter, number);
		} else if (value instanceof Boolean truth) {
			insert.setInt(parameter, truth ? 1 : 0);
		} else {
			insert.setString(parameter, value.toString());
		}
	}

	private static String insertSql(String tableName, String pkColumn, String geometryColumn,
			List<AttributeDescriptor> attributes) {
		StringBuilder names = new StringBuilder(SqlNames.quote(pkColumn)).append(", ")
				.append(SqlNames.quote(geometryColumn));
		StringBuilder values = new StringBuilder("?, ?");
		for (AttributeDescriptor attribute : attributes) {
			names.append(", ").append(SqlNames.quote(attribute.name()));
			values.append(", ?");
		}
		return "INSERT INTO " + SqlNames.quote(tableName) + " (" + names + ") VALUES (" + values + ")";
	}

	private static boolean isWithoutLocation(Geometry geometry) {
		return geometry.isEmpty() && geometry.getClass() == GeometryCollection.class;
	}

	private static boolean idsAreDistinctIntegers(List<Feature> features) {
		Set<Long> seen = new HashSet<>();
		for (Feature feature : features) {
			String id = feature.getId();
			try {
				long value = Long.parseLong(id);
				if (!String.valueOf(value).equals(id) || !seen.add(value)) {
					return false;
				}
			} catch (NumberFormatException notAnInteger) {
				return false;
			}
		}
		return true;
	}

	/** The single geometry type of all located features, or GEOMETRY when they differ or there are none. */
	private static GeometryType geometryType(FeatureCollection layer) {
		String type = null;
		for (Feature feature : layer.getFeatures()) {
			Geometry geometry = feature.getGeometry();
			if (isWithoutLocation(geometry)) {
				continue;
			}
			String featureType = geometry.getGeometryType();
			if (type == null) {
				type = featureType;
			} else if (!type.equals(featureType)) {
				return GeometryType.GEOMETRY;
			}
		}
		GeometryType known = type == null ? null : GeometryType.fromName(type.toUpperCase(Locale.ROOT));
		return known == null ? GeometryType.GEOMETRY : known;
	}

	private static BoundingBox boundingBox(Envelope envelope) {
		if (envelope.isNull()) {
			return null;
		}
		return new BoundingBox(envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(), envelope.getMaxY());
	}
}
