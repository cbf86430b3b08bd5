package nl.veerkracht.gis.geopackage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.style.CategorizedStyle;
import nl.veerkracht.gis.core.style.Category;
import nl.veerkracht.gis.core.style.SimpleStyle;
import nl.veerkracht.gis.core.style.SingleSymbolStyle;
import nl.veerkracht.gis.core.style.classify.NoDataStyle;
import nl.veerkracht.gis.geopackage.internal.GeoPackageFiles;

/**
 * The {@code layer_styles} table of a styled GeoPackage, read back with plain SQLite JDBC: QGIS's DDL, its
 * {@code gpkg_contents} row, a row per style with the right table, geometry column and default flag, and both
 * the QML and the SLD document.
 */
class GeoPackageStylesTest {

	/** The DDL QGIS 3.22 (through GDAL 3.6) creates, as sqlite_master keeps it. */
	private static final String QGIS_DDL = "CREATE TABLE \"layer_styles\" ( \"id\" INTEGER PRIMARY KEY AUTOINCREMENT "
			+ "NOT NULL, \"f_table_catalog\" TEXT(256), \"f_table_schema\" TEXT(256), \"f_table_name\" TEXT(256), "
			+ "\"f_geometry_column\" TEXT(256), \"styleName\" TEXT(30), \"styleQML\" TEXT, \"styleSLD\" TEXT, "
			+ "\"useAsDefault\" BOOLEAN, \"description\" TEXT, \"owner\" TEXT(30), \"ui\" TEXT(30), "
			+ "\"update_time\" DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))";

	private static final SimpleStyle RED = new SimpleStyle(Color.RED, Color.DARK_GRAY, 1f, 1.0, 6);

	@TempDir
	Path dir;

	@Test
	void everyStyleIsARowWithQmlAndSldAndTheFirstIsTheDefault() throws Exception {
		FeatureCollection points = SampleLayers.everyGeometryType();
		FeatureCollection buurten = SampleLayers.buurtenWithTextIds("buurten", 4);
		CategorizedStyle byCode = new CategorizedStyle("code", List.of(new Category("BU0", "eerste", RED)), null,
				RED.withFill(NoDataStyle.COLOUR), null);
		Path file = dir.resolve("styled.gpkg");
		new GeoPackageWriter().writeStyled(file, List.of(
				new StyledTable(buurten, List.of(new NamedStyle("per code", "op code", byCode),
						new NamedStyle("rood", "", SingleSymbolStyle.of(RED)))),
				StyledTable.of(points, SingleSymbolStyle.of(RED))), (done, total) -> true);

		try (Connection connection = open(file); Statement statement = connection.createStatement()) {
			assertEquals(QGIS_DDL, single(statement, "SELECT sql FROM sqlite_master WHERE name = 'layer_styles'"));
			assertEquals("attributes|layer_styles|0", single(statement, "SELECT data_type || '|' || identifier || '|' "
					+ "|| srs_id FROM gpkg_contents WHERE table_name = 'layer_styles'"));
			List<String> rows = new ArrayList<>();
			try (ResultSet result = statement.executeQuery("SELECT f_table_name, f_geometry_column, styleName, "
					+ "useAsDefault, description, styleQML, styleSLD, update_time FROM layer_styles ORDER BY id")) {
				while (result.next()) {
					rows.add(String.join("|", result.getString(1), result.getString(2), result.getString(3),
							Boolean.toString(result.getBoolean(4)), result.getString(5)));
					assertTrue(result.getString(6).contains("<qgis "), "QML: " + result.getString(6));
					assertTrue(result.getString(7).contains("StyledLayerDescriptor"), "SLD: " + result.getString(7));
					assertTrue(result.getString(7).contains("<Name>" + result.getString(1) + "</Name>"),
							"the SLD names the table");
					assertTrue(result.getString(8).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"),
							result.getString(8));
				}
			}
			String pointsTable = points.getSchema().getName();
			assertEquals(List.of("buurten|geom|per code|true|op code", "buurten|geom|rood|false|",
					pointsTable + "|geom|" + pointsTable + "|true|"), rows);
			assertTrue(single(statement, "SELECT styleQML FROM layer_styles WHERE styleName = 'per code'")
					.contains("type=\"categorizedSymbol\""));
		}
		assertEquals(List.of("buurten", points.getSchema().getName()),
				new GeoPackageReader().read(file, (done, total) -> true).stream()
						.map(layer -> layer.getSchema().getName()).toList(),
				"layer_styles is no layer of its own");
	}

	@Test
	void aGeoPackageWithoutStylesHasNoStylesTable() throws Exception {
		Path file = dir.resolve("plain.gpkg");
		new GeoPackageWriter().write(file, List.of(SampleLayers.buurtenWithTextIds("buurten", 2)), (d, t) -> true);
		try (Connection connection = open(file); Statement statement = connection.createStatement()) {
			assertEquals("0", single(statement, "SELECT count(*) FROM sqlite_master WHERE name = 'layer_styles'"));
		}
	}

	@Test
	void aLayerNamedLayerStylesIsRenamedSoThatItsStylesHaveTheirTable() throws Exception {
		Path file = dir.resolve("clash.gpkg");
		new GeoPackageWriter().writeStyled(file, List.of(StyledTable.of(SampleLayers.buurtenWithTextIds("layer_styles", 2),
				SingleSymbolStyle.of(RED))), (d, t) -> true);
		try (Connection connection = open(file); Statement statement = connection.createStatement()) {
			assertEquals("layer_styles_2", single(statement, "SELECT f_table_name FROM layer_styles"));
			assertFalse(single(statement, "SELECT styleQML FROM layer_styles").isEmpty());
		}
	}

	@Test
	void twoStylesOfOneTableNeedDistinctNames() {
		FeatureCollection buurten = SampleLayers.buurtenWithTextIds("buurten", 1);
		assertThrows(IllegalArgumentException.class, () -> new StyledTable(buurten, List.of(
				new NamedStyle("a", "", SingleSymbolStyle.of(RED)), new NamedStyle("a", "", SingleSymbolStyle.of(RED)))));
	}

	private static Connection open(Path file) throws SQLException {
		GeoPackageFiles.loadDriver();
		return DriverManager.getConnection("jdbc:sqlite:" + file);
	}

	private static String single(Statement statement, String sql) throws SQLException {
		try (ResultSet result = statement.executeQuery(sql)) {
			assertTrue(result.next(), sql);
			return result.getString(1);
		}
	}
}
