package nl.veerkracht.gis.core.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.AttributeType;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureCollection;
import nl.veerkracht.gis.core.io.DataFormatRegistry;
import nl.veerkracht.gis.core.io.DataSourceException;
import nl.veerkracht.gis.core.io.ProgressListener;
import nl.veerkracht.testsupport.SharedData;

class CsvReaderTest {

	private static final String AMSTERDAM = "amsterdam/SES_WOA_scores_per_wijk_en_buurt_25042023_160857.csv";
	private static final String CODE = "Regiocode (gemeente, wijk, buurt) (code)";
	private static final String SES = "SES-WOA/Totaalscore/Gemiddelde score (Getal)";

	@TempDir
	Path folder;

	private FeatureCollection read(String name, String content, Charset charset) throws Exception {
		Path file = folder.resolve(name);
		Files.write(file, content.getBytes(charset));
		return new CsvReader().read(file);
	}

	private static Feature row(FeatureCollection table, String attribute, Object value) {
		return table.getFeatures().stream().filter(f -> value.equals(f.getAttribute(attribute))).findFirst()
				.orElseThrow();
	}

	@Test
	void amsterdamSesTableIsTypedTrimmedAndKeepsMissingValuesMissing() throws Exception {
		FeatureCollection table = new CsvReader().read(SharedData.file(AMSTERDAM));

		assertEquals(579, table.size());
		assertEquals(9, table.getSchema().size());
		assertEquals("Perioden", table.getSchema().attribute(0).name(), "the byte order mark is not part of the name");
		assertEquals(List.of(AttributeType.INTEGER, AttributeType.STRING, AttributeType.STRING, AttributeType.INTEGER,
				AttributeType.REAL, AttributeType.REAL, AttributeType.REAL, AttributeType.REAL, AttributeType.REAL),
				table.getSchema().getAttributes().stream().map(AttributeDescriptor::type).toList());
		Feature kopZeedijk = row(table, CODE, "BU03630000");
		assertEquals("Kop Zeedijk", kopZeedijk.getAttribute("Wijken en buurten"));
		assertEquals(700L, kopZeedijk.getAttribute("Particuliere huishoudens (Aantal)"));
		assertEquals(0.045, kopZeedijk.getAttribute(SES));
		Feature stationsplein = row(table, CODE, "BU03630100");
		assertEquals(0L, stationsplein.getAttribute("Particuliere huishoudens (Aantal)"));
		assertNull(stationsplein.getAttribute(SES), "'.' is missing, never 0");
		assertEquals(90, table.getFeatures().stream().filter(f -> f.getAttribute(SES) == null).count());
		assertEquals("Chassébuurt", row(table, "Wijken en buurten", "Chassébuurt").getAttribute("Wijken en buurten"));
		assertTrue(table.getFeatures().stream().allMatch(f -> f.getGeometry().isEmpty()));
		assertEquals(StandardCharsets.UTF_8, new CsvReader().detectCharset(SharedData.file(AMSTERDAM)));
	}

	@Test
	void baarnCodesWithLeadingZerosStayText() throws Exception {
		FeatureCollection table = new CsvReader().read(SharedData.file("baarn/cbs_baarn_buurten.csv"));

		assertEquals(21, table.size());
		assertEquals(List.of(new AttributeDescriptor("Buurt2024", AttributeType.STRING),
				new AttributeDescriptor("buurtnaam2024", AttributeType.STRING)), table.getSchema().getAttributes());
		assertEquals("03080000", table.getFeatures().get(0).getAttribute("Buurt2024"));
		assertEquals("cbs_baarn_buurten", table.getSchema().getName());
	}

	@Test
	void semicolonFilesTakeADecimalCommaAndCbsSymbolsAreMissing() throws Exception {
		FeatureCollection table = read("t.csv", "code;aandeel;aantal;vlag\nBU1;12,5;3;true\nBU2;.;x;false\nBU3;-;;\n",
				StandardCharsets.UTF_8);

		assertEquals(AttributeType.REAL, table.getSchema().attribute("aandeel").orElseThrow().type());
		assertEquals(AttributeType.INTEGER, table.getSchema().attribute("aantal").orElseThrow().type());
		assertEquals(AttributeType.BOOLEAN, table.getSchema().attribute("vlag").orElseThrow().type());
		assertEquals(12.5, table.getFeatures().get(0).getAttribute("aandeel"));
		for (int i = 1; i < 3; i++) {
			assertNull(table.getFeatures().get(i).getAttribute("aandeel"));
			assertNull(table.getFeatures().get(i).getAttribute("aantal"));
		}
	}

	@Test
	void commaFilesDoNotReadACommaAsDecimalAndMixedNumbersAreReal() throws Exception {
		FeatureCollection table = read("t.csv", "a,b,c\n1,\"2,5\",1\n2,3,1.5\n", StandardCharsets.UTF_8);

		assertEquals(AttributeType.STRING, table.getSchema().attribute("b").orElseThrow().type());
		assertEquals("2,5", table.getFeatures().get(0).getAttribute("b"));
		assertEquals("3", table.getFeatures().get(1).getAttribute("b"));
		assertEquals(AttributeType.REAL, table.getSchema().attribute("c").orElseThrow().type());
		assertEquals(1.0, table.getFeatures().get(0).getAttribute("c"));
	}

	@Test
	void tabsQuotesAndLineBreaksInsideQuotes() throws Exception {
		FeatureCollection table = read("t.csv", "naam\topmerking\n\"De \"\"Buurt\"\"\"\t\"twee\nregels\"\r\nB\tc\r\n",
				StandardCharsets.UTF_8);

		assertEquals(2, table.size());
		assertEquals("De \"Buurt\"", table.getFeatures().get(0).getAttribute("naam"));
		assertEquals("twee\nregels", table.getFeatures().get(0).getAttribute("opmerking"));
	}

	@Test
	void windows1252FilesAreRecognised() throws Exception {
		Charset windows1252 = Charset.forName("windows-1252");
		Path file = folder.resolve("w.csv");
		Files.write(file, "buurt;naam\nBU1;Belgiëplein e.o.\n".getBytes(windows1252));

		assertEquals("Belgiëplein e.o.", new CsvReader().read(file).getFeatures().get(0).getAttribute("naam"));
		assertEquals(windows1252, new CsvReader().detectCharset(file));
	}

	@Test
	void aFirstRowWithNumbersIsDataNotAHeader() throws Exception {
		FeatureCollection table = read("t.csv", "BU1,12\nBU2,13\n", StandardCharsets.UTF_8);

		assertEquals(2, table.size());
		assertEquals(List.of("column1", "column2"),
				table.getSchema().getAttributes().stream().map(AttributeDescriptor::name).toList());
	}

	@Test
	void aRowWithTooManyValuesNamesItsLine() throws Exception {
		DataSourceException e = assertThrows(DataSourceException.class,
				() -> read("t.csv", "a;b\n1;2\n3;4;5\n", StandardCharsets.UTF_8));
		assertEquals("t.csv, line 3: this row has 3 values but the table has 2 columns", e.getMessage());
	}

	@Test
	void anUnclosedQuoteNamesItsLine() throws Exception {
		DataSourceException e = assertThrows(DataSourceException.class,
				() -> read("t.csv", "a;b\n1;2\n3;\"4\n5;6\n", StandardCharsets.UTF_8));
		assertEquals("t.csv, line 3: a quoted value that starts here is never closed", e.getMessage());
	}

	@Test
	void csvIsContributedThroughTheExtensionPoint() throws Exception {
		assertEquals("nl.veerkracht.gis.core.csv",
				DataFormatRegistry.getDefault().forFile(Path.of("tabel.CSV")).orElseThrow().getId());
		List<FeatureCollection> tables = DataFormatRegistry.getDefault()
				.read(SharedData.file("baarn/cbs_baarn_buurten.csv"), ProgressListener.NONE);
		assertEquals(21, tables.get(0).size());
	}
}
