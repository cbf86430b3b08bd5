package nl.veerkracht.gis.core.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;

import nl.veerkracht.gis.core.feature.AttributeDescriptor;
import nl.veerkracht.gis.core.feature.AttributeType;
import nl.veerkracht.gis.core.feature.Feature;
import nl.veerkracht.gis.core.feature.FeatureSchema;

class FeatureRowsTest {

	private static final FeatureSchema SCHEMA = new FeatureSchema("t", List.of(
			new AttributeDescriptor("naam", AttributeType.STRING), new AttributeDescriptor("inwoners", AttributeType.INTEGER),
			new AttributeDescriptor("aandeel", AttributeType.REAL)));

	private final List<Feature> features = List.of(
			row("Oude Westen", 9_000L, 12.5), row("Cool", 4_500L, null), row("Bospolder", 100L, 2.0),
			row("Afrikaanderwijk", null, -99997.0), row("Carnisse", 10_000L, 30.25), row("Överschie", 9_000L, 7.0));

	@Test
	void numbersSortNumericallyAndMissingValuesComeLastBothWays() {
		FeatureRows rows = new FeatureRows(features);
		rows.sort(1, true, (f, v) -> false);
		assertEquals(List.of("Bospolder", "Cool", "Oude Westen", "Överschie", "Carnisse", "Afrikaanderwijk"), names(rows));
		rows.sort(1, false, (f, v) -> false);
		assertEquals(List.of("Carnisse", "Oude Westen", "Överschie", "Cool", "Bospolder", "Afrikaanderwijk"), names(rows),
				"equal values keep their original order, missing stays last");
	}

	@Test
	void valuesTheCallerDeclaresMissingSortLastToo() {
		FeatureRows rows = new FeatureRows(features);
		rows.sort(2, true, (f, v) -> ((Double) v) <= -99990);
		assertEquals(List.of("Bospolder", "Överschie", "Oude Westen", "Carnisse", "Cool", "Afrikaanderwijk"), names(rows));
	}

	@Test
	void textSortsWithDutchCollation() {
		FeatureRows rows = new FeatureRows(features);
		rows.sort(0, true, (f, v) -> false);
		assertEquals(List.of("Afrikaanderwijk", "Bospolder", "Carnisse", "Cool", "Oude Westen", "Överschie"), names(rows));
	}

	@Test
	void filterKeepsTheOrderAndRowsMapBackToFeatures() {
		FeatureRows rows = new FeatureRows(features);
		rows.sort(0, false, (f, v) -> false);
		rows.filter(f -> ((String) f.getAttribute(0)).contains("o"));
		assertEquals(List.of("Cool", "Bospolder"), names(rows));
		assertEquals(1, rows.rowOf(features.get(2)));
		assertEquals(-1, rows.rowOf(features.get(0)), "filtered out");
		rows.filter(null);
		rows.unsort();
		assertEquals(features.size(), rows.size());
		assertEquals(3, rows.rowOf(features.get(3)));
	}

	@Test
	void dutchFormatGroupsFromFiveDigitsAndUsesADecimalComma() {
		AttributeValueFormat format = AttributeValueFormat.dutch();
		assertEquals("2014", format.format(2014L));
		assertEquals("12.345", format.format(12_345L));
		assertEquals("-99.999.997", format.format(-99_999_997L));
		assertEquals("2,4", format.format(2.4));
		assertEquals("0,3", format.format(0.1 + 0.2));
		assertEquals("ja", format.format(Boolean.TRUE));
		assertEquals("", format.format(null));
		assertEquals("BU05990110", format.format("BU05990110"));
	}

	private static List<String> names(FeatureRows rows) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			names.add((String) rows.get(i).getAttribute(0));
		}
		return names;
	}

	private static Feature row(String name, Long inhabitants, Double share) {
		return new Feature(name, new GeometryFactory().createPoint(), SCHEMA, new Object[] { name, inhabitants, share });
	}
}
